package org.socorg.platform.complaint;

/** What an enforcement case ends with; every outcome but dismissal is an administrative penalty (行政处罚). */
public enum EnforcementOutcome {
    /** 不予处罚，结案 */
    DISMISSAL,
    /** 警告 */
    WARNING,
    /** 罚款 (with an amount) */
    FINE,
    /** 责令（限期）停止活动 */
    ORDER_TO_STOP,
    /** 撤销登记证书 */
    CERTIFICATE_REVOCATION;

    public boolean isPenalty() {
        return this != DISMISSAL;
    }
}
