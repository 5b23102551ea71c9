package org.socorg.platform.evaluation;

/** Where an evaluation stands. */
public enum EvaluationStatus {
    /** Filed; the eligibility rules run before anyone sees it. */
    SUBMITTED,
    /** Refused by the eligibility rules, with the reasons. */
    INELIGIBLE,
    /** 初审: with an official. */
    UNDER_REVIEW,
    /** 补正: the applicant owes material; the review clock stops. */
    SUPPLEMENT_REQUESTED,
    /** 不予受理 after the preliminary review, with the reasons. */
    NOT_ACCEPTED,
    /** With the expert panel. */
    SCORING,
    /** The total reaches no grade: the evaluation ends without one. */
    NOT_GRADED,
    /** 公示: the proposed grade is public and open to objections. */
    PUBLIC_NOTICE,
    /** The notice ended without an upheld objection; the director confirms. */
    AWAITING_CONFIRMATION,
    /** The grade is valid ({@code validFrom}..{@code validTo}). */
    GRADED,
    /** A later evaluation's grade replaced it before it expired. */
    SUPERSEDED,
    /** The validity ended. */
    EXPIRED;

    /** Whether the case is still running towards a grade (an organization has at most one such case). */
    public boolean inProgress() {
        return switch (this) {
            case SUBMITTED, UNDER_REVIEW, SUPPLEMENT_REQUESTED, SCORING, PUBLIC_NOTICE, AWAITING_CONFIRMATION -> true;
            default -> false;
        };
    }
}
