package org.socorg.platform.organization;

/**
 * The three kinds of social organization that civil-affairs authorities register.
 * The category character is position 2 of the unified social credit code (GB 32100).
 */
public enum OrganizationType {
    /** 社会团体 */
    ASSOCIATION('1', "社会团体", "Social association"),
    /** 社会服务机构 (formerly 民办非企业单位) */
    SOCIAL_SERVICE('2', "社会服务机构", "Social service organization"),
    /** 基金会 */
    FOUNDATION('3', "基金会", "Foundation");

    private final char categoryCode;
    private final String nameZh;
    private final String nameEn;

    OrganizationType(char categoryCode, String nameZh, String nameEn) {
        this.categoryCode = categoryCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The category character in the credit code. */
    public char categoryCode() {
        return categoryCode;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
