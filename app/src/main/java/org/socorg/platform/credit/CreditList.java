package org.socorg.platform.credit;

/** The two public credit lists. */
public enum CreditList {
    /** 活动异常名录 */
    ABNORMAL_ACTIVITY,
    /** 严重违法失信名单 */
    SERIOUS_DISHONESTY
}
