package org.socorg.platform.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone holding the tracking code sees: status and outcome, never who reported or what they wrote.
 *
 * @param status the status of the complaint that carries this report (for a merged report: the open complaint it
 *        was merged into)
 * @param merged whether this report was merged into another complaint about the same organization and subject
 * @param outcome the decided outcome of the enforcement case, if one closed
 * @param decisionNumber the administrative penalty's decision number (处罚决定书文号), if a penalty was imposed
 * @param reason the dismissal's reasons, or the penalty's reason
 */
public record ComplaintTracking(String trackingCode, ComplaintStatus status, boolean merged, String organizationName,
        ComplaintCategory category, Instant receivedAt, Instant updatedAt, EnforcementOutcome outcome,
        String decisionNumber, LocalDate decidedOn, String reason, String legalBasis) {
}
