package org.socorg.platform.disclosure;

/** The sections (tabs) of an organization's public page, in the order DOMAIN.md lists them. */
public final class PublicSections {
    /** 成立、变更、注销登记公告 */
    public static final String REGISTRATION_NOTICES = "registration-notices";
    /** 年度检查结果与年度报告 */
    public static final String ANNUAL_REPORTS = "annual-reports";
    /** 评估等级 */
    public static final String EVALUATION = "evaluation";
    /** 表彰 */
    public static final String COMMENDATIONS = "commendations";
    /** 行政处罚 */
    public static final String PENALTIES = "penalties";
    /** 活动异常名录、严重违法失信名单 */
    public static final String CREDIT_LISTINGS = "credit-listings";
    /** 公开募捐资格 */
    public static final String FUNDRAISING_QUALIFICATION = "fundraising-qualification";
    /** 募捐方案备案及进展 */
    public static final String FUNDRAISING_PLANS = "fundraising-plans";

    private PublicSections() {
    }
}
