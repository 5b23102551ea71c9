package org.socorg.platform.complaint;

/** An enforcement case (执法监察案件): investigated, proposed to the director, closed with the decided outcome. */
public enum EnforcementCaseStatus {
    INVESTIGATING, AWAITING_DECISION, CLOSED
}
