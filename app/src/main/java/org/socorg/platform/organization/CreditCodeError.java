package org.socorg.platform.organization;

import java.util.Locale;

/**
 * The ways a string can fail to be a unified social credit code (统一社会信用代码, GB 32100-2015).
 *
 * <p>{@link CreditCode#check(String)} tests for these in declaration order and reports only the
 * first one found, so that the message points at the most basic problem: a person who typed 17
 * characters needs to hear about the length, not about a check character computed from a
 * truncated code.
 *
 * <p>Each constant carries a Chinese and an English {@link java.util.Formatter} template. The
 * templates use explicit argument indices ({@code %1$s}) because the two languages put the
 * arguments in a different order; the arguments each constant expects are listed on it.
 */
public enum CreditCodeError {

    /** The input is null, empty or only whitespace. No arguments. */
    MISSING(
            "请填写18位统一社会信用代码",
            "Enter the 18-character unified social credit code"),

    /** Not 18 characters after trimming. Argument 1: the actual length. */
    WRONG_LENGTH(
            "统一社会信用代码应为18位，实际为%1$d位",
            "The unified social credit code has 18 characters, but this one has %1$d"),

    /**
     * A character outside {@value CreditCodes#ALPHABET}. Argument 1: the 1-based position;
     * argument 2: the character as typed, or {@code U+XXXX} when it is invisible.
     */
    ILLEGAL_CHARACTER(
            "第%1$d位的字符“%2$s”不允许使用：统一社会信用代码只由半角数字0-9和大写字母组成，且不使用 I、O、Z、S、V",
            "Character '%2$s' at position %1$d is not allowed: the code uses only the digits 0-9 "
                    + "and the capital letters A-Z except I, O, Z, S and V"),

    /** Position 1 is not a registration-authority code. Argument 1: the character. */
    UNKNOWN_AUTHORITY_CODE(
            "第1位登记管理部门代码“%1$s”不存在，应为 1-9、A、N 或 Y（民政部门登记的社会组织为 5）",
            "Registration authority code (position 1) '%1$s' does not exist; it must be one of "
                    + "1-9, A, N or Y (5 for social organizations registered by civil affairs)"),

    /**
     * Position 2 is not a category that the authority in position 1 registers. Argument 1: the
     * authority code; argument 2: the category character; argument 3: the valid categories.
     */
    UNKNOWN_CATEGORY(
            "第2位机构类别代码“%2$s”不属于登记管理部门“%1$s”，应为 %3$s 之一",
            "Category code (position 2) '%2$s' does not exist for registration authority '%1$s'; "
                    + "it must be one of %3$s"),

    /**
     * Positions 3-8 are not a plausible GB/T 2260 administrative division code. Argument 1: the
     * six characters as given.
     */
    INVALID_DIVISION_CODE(
            "第3-8位登记管理机关行政区划码“%1$s”无效：应为6位数字的行政区划代码（GB/T 2260），"
                    + "前两位为省级代码，全国性组织为 100000",
            "Administrative division code (positions 3-8) '%1$s' is not valid: it must be a 6-digit "
                    + "GB/T 2260 code that starts with a province-level code, or 100000 for national organizations"),

    /**
     * Position 17 does not match the GB 11714 check of positions 9-16. Argument 1: the expected
     * character; argument 2: the actual one.
     */
    ORGANIZATION_CODE_CHECK_MISMATCH(
            "第17位组织机构代码校验码应为 %1$s，实际为 %2$s；请对照登记证书核对第9-17位，不要只改校验码",
            "Organization code check character (position 17) should be %1$s but is %2$s; "
                    + "compare positions 9-17 with the registration certificate rather than just changing the check character"),

    /**
     * Position 18 does not match the GB 32100 check of positions 1-17. Argument 1: the expected
     * character; argument 2: the actual one.
     */
    CHECK_CHARACTER_MISMATCH(
            "第18位校验码应为 %1$s，实际为 %2$s；请对照登记证书核对全部18位，不要只改校验码",
            "Check character (position 18) should be %1$s but is %2$s; "
                    + "compare all 18 characters with the registration certificate rather than just changing the check character");

    // The "don't just change the check character" advice is deliberate: a typo anywhere in the
    // code also makes the check character "wrong", and a person who copies the expected value we
    // print ends up with a well-formed code that belongs to some other organization or to none.

    private final String templateZh;
    private final String templateEn;

    CreditCodeError(String templateZh, String templateEn) {
        this.templateZh = templateZh;
        this.templateEn = templateEn;
    }

    /** The Chinese {@link java.util.Formatter} template. */
    public String templateZh() {
        return templateZh;
    }

    /** The English {@link java.util.Formatter} template. */
    public String templateEn() {
        return templateEn;
    }

    /** The Chinese message with the arguments documented on this constant filled in. */
    public String messageZh(Object... args) {
        // Locale.ROOT so that %d never renders with locale-specific digits.
        return String.format(Locale.ROOT, templateZh, args);
    }

    /** The English message with the arguments documented on this constant filled in. */
    public String messageEn(Object... args) {
        return String.format(Locale.ROOT, templateEn, args);
    }
}
