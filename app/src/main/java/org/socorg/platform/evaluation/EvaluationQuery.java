package org.socorg.platform.evaluation;

/** Filters for listing evaluations; {@code limit} is capped at 200. */
public record EvaluationQuery(EvaluationStatus status, String creditCode, int offset, int limit) {

    public EvaluationQuery {
        offset = Math.max(0, offset);
        limit = Math.min(200, Math.max(1, limit));
    }
}
