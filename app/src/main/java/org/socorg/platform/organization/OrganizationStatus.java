package org.socorg.platform.organization;

/** Registration status of an organization as the public query shows it. */
public enum OrganizationStatus {
    /** 正常 */
    ACTIVE,
    /** 已注销 */
    DEREGISTERED,
    /** 已撤销（登记证书被撤销） */
    REVOKED
}
