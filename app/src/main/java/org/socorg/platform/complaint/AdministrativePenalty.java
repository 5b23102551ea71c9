package org.socorg.platform.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An administrative penalty (行政处罚) decided in an enforcement case: public, with its decision number (文号),
 * reason, legal basis, outcome and date (DOMAIN.md, "What the public can query").
 */
public record AdministrativePenalty(long id, String decisionNumber, String caseId, String creditCode,
        String organizationName, String divisionCode, EnforcementOutcome outcome, BigDecimal fineAmount,
        String reason, String legalBasis, LocalDate decidedOn) {
}
