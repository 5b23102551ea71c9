package org.socorg.platform.evaluation;

import java.time.LocalDate;

/** A grade was confirmed (评估等级): other features (commendations, purchase of services) may listen. */
public record EvaluationGraded(String evaluationId, String creditCode, String divisionCode, String grade,
        LocalDate validFrom, LocalDate validTo) {
}
