package org.socorg.platform.credit;

import java.time.Instant;

/** An objection (异议) or removal application (移出申请) an organization filed, and its answer. */
public record CreditRequest(String id, String caseId, long listingId, CreditRequestKind kind, String filedBy,
        String statement, CreditRequestStatus status, String decidedBy, String decisionComment, Instant filedAt,
        Instant decidedAt) {
}
