package org.socorg.platform.complaint.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.complaint.AdministrativePenalty;
import org.socorg.platform.complaint.EnforcementOutcome;

/** One row of {@code administrative_penalty}. */
public class PenaltyRow {
    public Long id;
    public String decisionNumber;
    public String caseId;
    public String creditCode;
    public String organizationName;
    public String divisionCode;
    public EnforcementOutcome outcome;
    public BigDecimal fineAmount;
    public String reason;
    public String legalBasis;
    public LocalDate decidedOn;
    public String decidedBy;
    public String creditReasons;
    public Instant createdAt;

    public AdministrativePenalty toPenalty() {
        return new AdministrativePenalty(id, decisionNumber, caseId, creditCode, organizationName, divisionCode,
                outcome, fineAmount, reason, legalBasis, decidedOn);
    }
}
