package org.socorg.platform.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socorg.platform.calendar.StatutoryClock;

/**
 * One credit case: a proposed listing of an organization for one reason, from proposal to removal.
 *
 * @param legalBasis the legal basis in Chinese, from the DMN {@code credit-listing-reasons}
 * @param removalByApplication whether the organization may apply for removal once it has complied
 * @param removalAfterPeriod whether such an application waits until the listing's period is over
 * @param periodYears the period after which an abnormal-activity listing escalates, or a serious-dishonesty listing
 *        becomes removable; a new listing reason restarts it
 * @param listingId the listing once entered
 * @param deadlines the statutory clocks of the case (entry within 5 working days of the reason arising)
 */
public record CreditCase(String id, String creditCode, String organizationName, CreditList list, String reasonCode,
        String reason, String legalBasis, String legalBasisEn, boolean removalByApplication,
        boolean removalAfterPeriod, int periodYears, String divisionCode, LocalDate reasonAroseOn, String source,
        String sourceReference, String proposedBy, CreditCaseStatus status, Long listingId, String processInstanceId,
        String decidedBy, String decisionComment, Instant createdAt, Instant updatedAt,
        List<StatutoryClock> deadlines) {
}
