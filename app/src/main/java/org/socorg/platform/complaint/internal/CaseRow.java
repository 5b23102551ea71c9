package org.socorg.platform.complaint.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.socorg.platform.complaint.EnforcementCaseStatus;
import org.socorg.platform.complaint.EnforcementOutcome;

/** One row of {@code enforcement_case}. */
public class CaseRow {
    public String id;
    public String complaintId;
    public EnforcementCaseStatus status;
    public String divisionCode;
    public String creditCode;
    public String organizationName;
    public EnforcementOutcome proposedOutcome;
    public BigDecimal fineAmount;
    public String findings;
    public String reason;
    public String legalBasis;
    public String proposedBy;
    public EnforcementOutcome outcome;
    public String decidedBy;
    public Long penaltyId;
    public String openedBy;
    public String processInstanceId;
    public Instant openedAt;
    public Instant closedAt;
    public Instant updatedAt;
}
