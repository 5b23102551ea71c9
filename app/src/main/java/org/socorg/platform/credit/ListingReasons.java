package org.socorg.platform.credit;

/**
 * Reason codes of credit listings that more than one flow names (the MCA's 2018 measures on social organization
 * credit information). The credit module's DMN maps each to its list, legal basis and wording.
 */
public final class ListingReasons {
    /** 未按规定报送年度工作报告 — abnormal-activity list; cleared when the report is filed and accepted. */
    public static final String ANNUAL_REPORT_NOT_FILED = "ANNUAL_REPORT_NOT_FILED";
    /** 未按登记管理机关责令改正要求改正 — abnormal-activity list. */
    public static final String RECTIFICATION_NOT_DONE = "RECTIFICATION_NOT_DONE";
    /** 通过登记的住所无法与社会组织取得联系 — abnormal-activity list. */
    public static final String UNREACHABLE_AT_ADDRESS = "UNREACHABLE_AT_ADDRESS";
    /** 受到警告或者不满5万元罚款处罚 — abnormal-activity list. */
    public static final String WARNING_OR_SMALL_FINE = "WARNING_OR_SMALL_FINE";
    /** 被列入活动异常名录满2年 — serious-dishonesty list, by escalation. */
    public static final String ABNORMAL_FOR_TWO_YEARS = "ABNORMAL_FOR_TWO_YEARS";
    /** 受到5万元以上罚款处罚 — serious-dishonesty list. */
    public static final String LARGE_FINE = "LARGE_FINE";
    /** 被责令停止活动 — serious-dishonesty list. */
    public static final String ORDERED_TO_STOP_ACTIVITIES = "ORDERED_TO_STOP_ACTIVITIES";
    /** 三年内两次以上受到警告或者不满5万元罚款处罚 — serious-dishonesty list. */
    public static final String REPEATED_WARNINGS = "REPEATED_WARNINGS";
    /** 被撤销登记证书 — serious-dishonesty list. */
    public static final String CERTIFICATE_REVOKED = "CERTIFICATE_REVOKED";
    /** 被人民法院列为失信被执行人 — serious-dishonesty list. */
    public static final String DISHONEST_JUDGMENT_DEBTOR = "DISHONEST_JUDGMENT_DEBTOR";
    /** 弄虚作假办理变更登记，被撤销变更登记 — serious-dishonesty list. */
    public static final String FRAUDULENT_CHANGE_REVOKED = "FRAUDULENT_CHANGE_REVOKED";

    private ListingReasons() {
    }
}
