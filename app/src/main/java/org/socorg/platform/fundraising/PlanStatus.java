package org.socorg.platform.fundraising;

/** Where a fundraising plan filing stands. */
public enum PlanStatus {
    /** 已提交，待核对 */
    SUBMITTED,
    /** 待补正 */
    SUPPLEMENT_REQUESTED,
    /** 已备案: fundraising may go on; progress reports are due */
    FILED,
    /** 不予备案 (returned with reasons) */
    RETURNED,
    /** 已结项: the closing report is in */
    CLOSED
}
