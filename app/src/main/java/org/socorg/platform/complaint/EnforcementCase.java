package org.socorg.platform.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.socorg.platform.calendar.StatutoryClock;

/** An enforcement case (执法监察案件) as its officers and director see it, with its statutory clocks. */
public record EnforcementCase(String id, String complaintId, EnforcementCaseStatus status, String divisionCode,
        String creditCode, String organizationName, EnforcementOutcome proposedOutcome, BigDecimal fineAmount,
        String findings, String reason, String legalBasis, String proposedBy, EnforcementOutcome outcome,
        String decidedBy, AdministrativePenalty penalty, String openedBy, String processInstanceId, Instant openedAt,
        Instant closedAt, List<StatutoryClock> clocks) {
}
