package org.socorg.platform.complaint.internal;

import java.time.Instant;
import org.socorg.platform.complaint.ComplaintCategory;
import org.socorg.platform.complaint.ComplaintStatus;

/** One row of {@code complaint}; a plain holder MyBatis fills and reads by field. */
public class ComplaintRow {
    public String id;
    public String trackingCode;
    public ComplaintStatus status;
    public String divisionCode;
    public String creditCode;
    public String organizationName;
    public String subjectKey;
    public ComplaintCategory category;
    public String description;
    public boolean anonymousReport;
    public String reporterId;
    public String contact;
    public String suggestedDuplicate;
    public String mergedInto;
    public String caseId;
    public String outcomeReason;
    public String triagedBy;
    public String processInstanceId;
    public Instant receivedAt;
    public Instant updatedAt;
}
