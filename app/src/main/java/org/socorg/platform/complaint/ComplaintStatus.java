package org.socorg.platform.complaint;

/** Where a complaint stands, as its reporter sees it through the tracking code. */
public enum ComplaintStatus {
    /** 已受理，待分办: waiting for triage */
    RECEIVED,
    /** 不予立案: dismissed at triage, with reasons */
    DISMISSED,
    /** 已合并: merged into an open complaint about the same organization and subject; follows that one */
    MERGED,
    /** 已立案调查: an enforcement case is open */
    UNDER_INVESTIGATION,
    /** 调查终结，不予处罚 */
    CLOSED_NO_PENALTY,
    /** 已作出行政处罚 */
    PENALTY_IMPOSED
}
