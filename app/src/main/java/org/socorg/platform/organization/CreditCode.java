package org.socorg.platform.organization;

import java.util.Objects;

/**
 * A valid unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character identifier
 * an organization receives at establishment registration and keeps for life. Codes are never
 * reused, even after deregistration.
 *
 * <pre>
 *  5 1 100000 MJ000001 8 U
 *  | | |      |        | +- 18   GB 32100 check character
 *  | | |      +--------+--- 9-17 organization code (GB 11714); 17 is its own check character
 *  | | +------------------- 3-8  division of the registering authority (GB/T 2260), 100000 = national
 *  | +--------------------- 2    category: 1 社会团体, 2 社会服务机构, 3 基金会, 9 其他 (under authority 5)
 *  +----------------------- 1    registration authority: 5 = 民政 (civil affairs)
 * </pre>
 *
 * <p>Every instance is valid: the constructor runs {@link #check(String)} and throws otherwise.
 * Input is normalised before checking, so that codes copied from documents or typed on a phone
 * are accepted: surrounding whitespace (including full-width and no-break spaces) is removed and
 * letters are upper-cased. Nothing else is corrected; in particular a letter O is not read as a
 * zero, because guessing would hide a typo that the check characters exist to catch.
 *
 * @param value the normalised 18-character code
 */
public record CreditCode(String value) {

    private static final int LENGTH = 18;

    /**
     * @param value a credit code, normalised as described on the class
     * @throws InvalidCreditCodeException if it is not a valid code
     */
    public CreditCode {
        CreditCodeCheck result = check(value);
        if (!result.valid()) {
            throw new InvalidCreditCodeException(result);
        }
        value = normalise(value);
    }

    /**
     * Parses a credit code.
     *
     * @param text the code as entered; normalised as described on the class
     * @return the code
     * @throws InvalidCreditCodeException carrying the first problem found
     */
    public static CreditCode parse(String text) {
        return new CreditCode(text);
    }

    /**
     * Checks a credit code without throwing, for form validation and batch imports.
     *
     * <p>Problems are looked for in {@link CreditCodeError} declaration order and only the first
     * is reported.
     *
     * @param text the code as entered, may be {@code null}; normalised as described on the class
     * @return whether it is valid and, if not, why
     */
    public static CreditCodeCheck check(String text) {
        if (text == null) {
            return CreditCodeCheck.invalid(CreditCodeError.MISSING, null);
        }
        String code = normalise(text);
        if (code.isEmpty()) {
            return CreditCodeCheck.invalid(CreditCodeError.MISSING, null);
        }
        // Count and report by code point so that a stray emoji or CJK extension character is one
        // position, as the person sees it, not two UTF-16 units.
        int[] codePoints = code.codePoints().toArray();
        if (codePoints.length != LENGTH) {
            return CreditCodeCheck.invalid(CreditCodeError.WRONG_LENGTH, null, codePoints.length);
        }
        for (int i = 0; i < LENGTH; i++) {
            int cp = codePoints[i];
            if (cp > Character.MAX_VALUE || CreditCodes.valueOf((char) cp) < 0) {
                return CreditCodeCheck.invalid(CreditCodeError.ILLEGAL_CHARACTER, i + 1, i + 1, visible(cp));
            }
        }
        // From here on every character is one of the 31 ASCII alphabet characters.

        char authority = code.charAt(0);
        String categories = CreditCodes.CATEGORIES_BY_AUTHORITY.get(authority);
        if (categories == null) {
            return CreditCodeCheck.invalid(CreditCodeError.UNKNOWN_AUTHORITY_CODE, 1, authority);
        }
        char category = code.charAt(1);
        if (categories.indexOf(category) < 0) {
            return CreditCodeCheck.invalid(CreditCodeError.UNKNOWN_CATEGORY, 2,
                    authority, category, String.join("/", categories.split("")));
        }

        String division = code.substring(2, 8);
        for (int i = 0; i < division.length(); i++) {
            char c = division.charAt(i);
            if (c < '0' || c > '9') {
                return CreditCodeCheck.invalid(CreditCodeError.INVALID_DIVISION_CODE, 3 + i, division);
            }
        }
        if (!CreditCodes.isPlausibleDivisionCode(division)) {
            return CreditCodeCheck.invalid(CreditCodeError.INVALID_DIVISION_CODE, 3, division);
        }

        char expectedOrganizationCheck = CreditCodes.gb11714CheckCharacter(code.substring(8, 16));
        if (code.charAt(16) != expectedOrganizationCheck) {
            return CreditCodeCheck.invalid(CreditCodeError.ORGANIZATION_CODE_CHECK_MISMATCH, 17,
                    expectedOrganizationCheck, code.charAt(16));
        }

        char expectedCheck = CreditCodes.gb32100CheckCharacter(code.substring(0, 17));
        if (code.charAt(17) != expectedCheck) {
            return CreditCodeCheck.invalid(CreditCodeError.CHECK_CHARACTER_MISMATCH, 18,
                    expectedCheck, code.charAt(17));
        }
        return CreditCodeCheck.ok();
    }

    /** Position 1: the registration authority, {@code '5'} for civil affairs (民政). */
    public char authorityCode() {
        return value.charAt(0);
    }

    /** Position 2: the category within the authority; see {@link OrganizationType#categoryCode()}. */
    public char categoryCode() {
        return value.charAt(1);
    }

    /** Positions 3-8: GB/T 2260 division code of the registering authority. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9-17: the 9-character GB 11714 organization code, including its own check character. */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    /** Position 18: the GB 32100 check character. */
    public char checkCharacter() {
        return value.charAt(17);
    }

    /** The 18-character code. */
    @Override
    public String toString() {
        return value;
    }

    /**
     * Strips surrounding whitespace and upper-cases letters one code point at a time.
     * String.toUpperCase is avoided because it can change the length (ß becomes SS), which would
     * turn a 17-character typo into an "18-character" code with an error at a position the person
     * never typed.
     */
    private static String normalise(String text) {
        Objects.requireNonNull(text);
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        StringBuilder normalised = new StringBuilder(end - start);
        text.substring(start, end).codePoints().map(Character::toUpperCase).forEach(normalised::appendCodePoint);
        return normalised.toString();
    }

    // isWhitespace alone misses the no-break space (U+00A0) that web pages put around pasted text.
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The character itself, or U+XXXX when it would be invisible or confusing in a message. */
    private static String visible(int cp) {
        boolean invisible = isSpace(cp)
                || Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT
                || !Character.isDefined(cp);
        return invisible ? String.format("U+%04X", cp) : Character.toString(cp);
    }
}
