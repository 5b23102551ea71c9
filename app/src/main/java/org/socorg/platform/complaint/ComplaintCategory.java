package org.socorg.platform.complaint;

/** What a complaint is about; together with the organization it decides what counts as a duplicate. */
public enum ComplaintCategory {
    /** 违规募捐 */
    ILLEGAL_FUNDRAISING,
    /** 未经登记擅自以社会组织名义活动 */
    UNREGISTERED_ACTIVITY,
    /** 超出业务范围活动 */
    BEYOND_BUSINESS_SCOPE,
    /** 财务违规、侵占私分财产 */
    FINANCIAL_IRREGULARITY,
    /** 违规收费、摊派 */
    ILLEGAL_FEES,
    /** 内部治理问题 */
    GOVERNANCE,
    /** 弄虚作假、提供虚假材料 */
    FALSE_INFORMATION,
    /** 其他 */
    OTHER
}
