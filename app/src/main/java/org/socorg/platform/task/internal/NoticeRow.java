package org.socorg.platform.task.internal;

import java.time.Instant;

/** A row of {@code inbox_notice}. */
public class NoticeRow {
    public long id;
    public String recipientUser;
    public String recipientGroup;
    public String divisionCode;
    public String kind;
    public String businessKey;
    public String processInstanceId;
    public String subject;
    public String messageZh;
    public String messageEn;
    public Instant createdAt;
    /** When the reading user read it; {@code null} while unread. */
    public Instant readAt;
}
