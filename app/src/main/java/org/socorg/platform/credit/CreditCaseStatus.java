package org.socorg.platform.credit;

/** Where a credit case (one listing reason of one organization) stands. */
public enum CreditCaseStatus {
    /** Proposed, waiting for an official to confirm it (认定). */
    PROPOSED,
    /** Rejected by the official: never listed. */
    REJECTED,
    /** The cause was cleared before anyone confirmed it: never listed. */
    WITHDRAWN,
    /** The listing is in force. */
    LISTED,
    /** The listing was removed (移出): on application, on objection, or because its cause was cleared. */
    REMOVED,
    /** The abnormal-activity listing was moved to the serious-dishonesty list after its 2-year period. */
    ESCALATED
}
