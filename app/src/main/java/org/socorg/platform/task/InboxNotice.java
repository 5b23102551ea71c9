package org.socorg.platform.task;

import java.time.Instant;

/**
 * A notice in the caller's inbox: what a reminder told them, about which case.
 *
 * @param kind {@code DEADLINE_NEAR} (a statutory limit of a case they handle), {@code EVALUATION_EXPIRY},
 *     {@code ANNUAL_REPORT_REMINDER}, {@code ANNUAL_REPORT_OVERDUE}
 * @param businessKey the case (application, report, evaluation …) or, for annual reports, the credit code
 * @param read whether the caller marked it read (each reader of a group's notice on their own)
 * @param readAt when they did, or {@code null}
 */
public record InboxNotice(long id, String kind, String businessKey, String processInstanceId, String subject,
        String messageZh, String messageEn, Instant createdAt, boolean read, Instant readAt) {
}
