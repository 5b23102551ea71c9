package org.socorg.platform.credit.internal;

/** Why a listing leaves its list (移出). */
public enum RemovalKind {
    /** Another flow confirmed the cause is gone ({@code ListingCauseCleared}). */
    CAUSE_CLEARED,
    /** The organization's objection was upheld: it was listed in error. */
    OBJECTION_UPHELD,
    /** The organization applied once it complied, and an official confirmed it. */
    ON_APPLICATION,
    /** Two years on the abnormal-activity list: moved to the serious-dishonesty list. */
    ESCALATED
}
