package org.socorg.platform.disclosure;

/** The public query's credit-status filter. */
public enum CreditFilter {
    /** on no credit list now */
    CLEAR,
    /** on the abnormal-activity list now (活动异常名录) */
    ABNORMAL_ACTIVITY,
    /** on the serious-dishonesty list now (严重违法失信名单) */
    SERIOUS_DISHONESTY
}
