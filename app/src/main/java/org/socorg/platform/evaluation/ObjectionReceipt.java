package org.socorg.platform.evaluation;

import java.time.Instant;

/** What the person objecting is given back: the objection's id and that it is pending. */
public record ObjectionReceipt(String id, String evaluationId, String status, Instant filedAt) {
}
