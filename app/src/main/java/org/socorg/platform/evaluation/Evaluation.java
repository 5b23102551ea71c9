package org.socorg.platform.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.socorg.platform.calendar.StatutoryClock;

/**
 * An evaluation as its applicant and the officials see it.
 *
 * @param panelExperts the experts the official named (shown to officials only; empty for the applicant)
 * @param round 1, then one more for each upheld objection or referral back to the panel
 * @param criterionScores the panel's mean score per criterion of the current round, once every expert scored
 * @param grade 1A..5A once proposed; null before or when the total reaches no grade
 */
public record Evaluation(String id, String creditCode, String organizationName, String divisionCode,
        String applicantId, EvaluationStatus status, SelfAssessment selfAssessment, String processInstanceId,
        List<String> panelExperts, int round, Map<String, BigDecimal> criterionScores, BigDecimal totalScore,
        String grade, List<EvaluationReason> reasons, LocalDate noticeEndsOn, LocalDate validFrom, LocalDate validTo,
        Instant submittedAt, Instant decidedAt, List<StatutoryClock> deadlines) {
}
