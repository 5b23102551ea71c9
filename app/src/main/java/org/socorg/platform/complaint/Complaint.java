package org.socorg.platform.complaint;

import java.time.Instant;

/**
 * A complaint as the enforcement officers of its authority see it. The reporter's signed-in identity is never
 * shown, not even to them; the contact is, unless the report is anonymous.
 *
 * @param suggestedDuplicateOf an open complaint about the same organization and subject received earlier
 * @param mergedInto the complaint this one was merged into
 * @param caseId the enforcement case opened for it (or for the complaint it was merged into)
 */
public record Complaint(String id, ComplaintStatus status, String divisionCode, String creditCode,
        String organizationName, ComplaintCategory category, String description, boolean anonymous, String contact,
        String suggestedDuplicateOf, String mergedInto, String caseId, String outcomeReason, String triagedBy,
        String processInstanceId, Instant receivedAt, Instant updatedAt) {
}
