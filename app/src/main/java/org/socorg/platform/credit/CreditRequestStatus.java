package org.socorg.platform.credit;

/** The official's answer to an objection or removal application. */
public enum CreditRequestStatus {
    PENDING,
    /** Objection upheld (the listing was removed or corrected) or removal granted. */
    GRANTED,
    /** Objection rejected or removal refused: the listing stays. */
    REFUSED,
    /** The listing ended another way (cause cleared, escalation) before the answer. */
    CLOSED
}
