package org.socorg.platform.workspace;

/**
 * The kind of case a filed document belongs to. Whoever may see the case (as its own feature decides: the filer,
 * officials of its authority) may open its documents; nobody else learns they exist.
 */
public enum FiledCase {
    /** An establishment, change or deregistration application (成立 / 变更 / 注销登记). */
    REGISTRATION,
    /** An annual report (年度报告), e.g. its financial statements and audit report. */
    ANNUAL_REPORT,
    /** An evaluation application (评估), e.g. its self-assessment material. */
    EVALUATION,
    /** A public-fundraising qualification application (公开募捐资格). */
    QUALIFICATION,
    /** A public fundraising plan filing (募捐方案备案). */
    PLAN
}
