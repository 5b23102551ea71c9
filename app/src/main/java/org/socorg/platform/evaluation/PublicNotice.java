package org.socorg.platform.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An evaluation result under public notice (公示): what anyone may read and object to until {@code endsOn}. */
public record PublicNotice(String evaluationId, String creditCode, String organizationName, String divisionCode,
        String grade, BigDecimal totalScore, LocalDate endsOn) {
}
