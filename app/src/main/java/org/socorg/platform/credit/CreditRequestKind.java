package org.socorg.platform.credit;

/** What an organization asks of the authority about one of its listings. */
public enum CreditRequestKind {
    /** 异议: the listing is wrong. */
    OBJECTION,
    /** 移出申请: the organization has complied and asks to be removed. */
    REMOVAL
}
