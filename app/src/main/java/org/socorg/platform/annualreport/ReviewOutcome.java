package org.socorg.platform.annualreport;

/** The authority's conclusion on an annual report (年检结论), published with it. */
public enum ReviewOutcome {
    /** 合格 */
    QUALIFIED("合格", "Qualified"),
    /** 基本合格 */
    BASICALLY_QUALIFIED("基本合格", "Basically qualified"),
    /** 不合格 */
    UNQUALIFIED("不合格", "Unqualified");

    private final String labelZh;
    private final String labelEn;

    ReviewOutcome(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Whether the report counts as "in order" for other flows' conditions (fundraising, evaluation). */
    public boolean inOrder() {
        return this != UNQUALIFIED;
    }
}
