package org.socorg.platform.credit.internal;

import java.time.Instant;
import org.socorg.platform.credit.CreditRequest;
import org.socorg.platform.credit.CreditRequestKind;
import org.socorg.platform.credit.CreditRequestStatus;

/** A row of {@code credit_request}. */
public class RequestRow {
    public String id;
    public String caseId;
    public long listingId;
    public CreditRequestKind kind;
    public String filedBy;
    public String statement;
    public CreditRequestStatus status;
    public String decidedBy;
    public String decisionComment;
    public Instant filedAt;
    public Instant decidedAt;

    public CreditRequest toRequest() {
        return new CreditRequest(id, caseId, listingId, kind, filedBy, statement, status, decidedBy, decisionComment,
                filedAt, decidedAt);
    }
}
