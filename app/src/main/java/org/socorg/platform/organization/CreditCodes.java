package org.socorg.platform.organization;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Check-character arithmetic and code construction for the unified social credit code
 * (统一社会信用代码, GB 32100-2015).
 *
 * <p>Two different check schemes live in one code and use two different character-to-value
 * mappings; mixing them up is the classic bug here:
 * <ul>
 *   <li>position 18 (GB 32100, ISO 7064-style mod 31) values the 31 characters of
 *       {@link #ALPHABET} 0..30, so {@code M} is 21;</li>
 *   <li>position 17 (GB 11714-1997, the organization code's own check) values {@code A-Z} as
 *       10..35 including the letters GB 32100 leaves out, so {@code M} is 22.</li>
 * </ul>
 */
public final class CreditCodes {

    /**
     * The characters a credit code may contain, in value order 0..30. I, O, Z, S and V are left
     * out because they are easily mistaken for 1, 0, 2, 5 and U.
     */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Registration-authority code of civil affairs (民政), the only one this platform issues. */
    public static final char CIVIL_AFFAIRS = '5';

    /** Default prefix for {@link #organizationBody(String, long)}: MJ for 民间组织. */
    public static final String DEFAULT_BODY_PREFIX = "MJ";

    /** Length of the organization-code body (positions 9-16), without its check character. */
    public static final int BODY_LENGTH = 8;

    /** 3^(i-1) mod 31 for positions i = 1..17; 3 is a primitive root mod 31, see CreditCodeProperties. */
    static final int[] GB32100_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static final int[] GB11714_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /**
     * Registration authorities (position 1) and the categories (position 2) each registers.
     * GB 32100-2015 as first published listed only 1, 5, 9 and Y; the other authorities were added
     * from 2016 on, and codes such as 31… (law firms), 81… (trade unions) and N2… (village
     * collectives) are in everyday use, so rejecting them would turn away real organizations, for
     * example a law firm that sponsors a social organization.
     */
    static final Map<Character, String> CATEGORIES_BY_AUTHORITY = Map.ofEntries(
            Map.entry('1', "1239"),   // 机构编制: 机关, 事业单位, 中央编办管理的群众团体, 其他
            Map.entry('2', "19"),     // 外交: 外国常驻新闻机构, 其他
            Map.entry('3', "123459"), // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
            Map.entry('4', "19"),     // 文化: 外国在华文化中心, 其他
            Map.entry('5', "1239"),   // 民政: 社会团体, 民办非企业单位 (社会服务机构), 基金会, 其他
            Map.entry('6', "129"),    // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地代表机构, 其他
            Map.entry('7', "129"),    // 宗教: 宗教活动场所, 宗教院校, 其他
            Map.entry('8', "19"),     // 工会: 基层工会, 其他
            Map.entry('9', "123"),    // 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
            Map.entry('A', "19"),     // 中央军委改革和编制办公室: 军队事业单位, 其他
            Map.entry('N', "1239"),   // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
            Map.entry('Y', "1"));     // 其他: not subdivided

    /** GB/T 2260 province-level codes (first two digits of a division code). */
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15,
            21, 22, 23,
            31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54,
            61, 62, 63, 64, 65,
            71, 81, 82);

    /** Division code used by national-level registration authorities such as 民政部. */
    static final String NATIONAL_DIVISION = "100000";

    private CreditCodes() {
    }

    /**
     * The GB 32100 check character (position 18) for the first 17 characters of a code.
     *
     * @param first17 exactly 17 characters from {@link #ALPHABET}
     * @throws IllegalArgumentException if {@code first17} has another length or other characters
     */
    public static char gb32100CheckCharacter(String first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new IllegalArgumentException(
                    "GB 32100 check needs 17 characters, got " + first17.length() + ": " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = valueOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' at position "
                        + (i + 1) + " is not in the credit-code alphabet " + ALPHABET);
            }
            sum += value * GB32100_WEIGHTS[i];
        }
        // 31 - (sum mod 31) is 31 when sum is a multiple of 31; the standard writes that as 0.
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714-1997 check character (position 9 of the organization code, position 17 of the
     * credit code) for an 8-character organization-code body.
     *
     * <p>Accepts the whole GB 11714 body alphabet, digits and {@code A-Z}; whether the body may be
     * used in a credit code is a separate question that {@link #compose} answers. The result is
     * always a digit or {@code X}, all of which are in {@link #ALPHABET}.
     *
     * @param body8 exactly 8 characters from {@code 0-9} and {@code A-Z}
     * @throws IllegalArgumentException if {@code body8} has another length or other characters
     */
    public static char gb11714CheckCharacter(String body8) {
        Objects.requireNonNull(body8, "body8");
        if (body8.length() != BODY_LENGTH) {
            throw new IllegalArgumentException(
                    "GB 11714 check needs 8 characters, got " + body8.length() + ": " + body8);
        }
        int sum = 0;
        for (int i = 0; i < BODY_LENGTH; i++) {
            char c = body8.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("character '" + c + "' at position " + (i + 1)
                        + " of the organization-code body is neither a digit nor a capital letter");
            }
            sum += value * GB11714_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    /**
     * Builds the credit code of a social organization from its parts.
     *
     * @param authority          registration-authority code; must be {@link #CIVIL_AFFAIRS}
     *                           ({@code '5'}), because {@link OrganizationType}'s category codes are
     *                           civil-affairs categories and would mean something else under another
     *                           authority ({@code 91…} is a company)
     * @param type               supplies the category code (position 2)
     * @param divisionCode6      GB/T 2260 code of the registering authority's division, e.g.
     *                           {@code 110000} or {@code 100000} for 民政部
     * @param organizationBody8  8 characters from {@link #ALPHABET}, usually from
     *                           {@link #organizationBody(String, long)}; GB 11714 itself would also
     *                           allow I, O, Z, S, V, but the credit code cannot carry them
     * @return the complete, valid code
     * @throws IllegalArgumentException if any input is unusable; nothing is silently corrected
     */
    public static CreditCode compose(
            char authority, OrganizationType type, String divisionCode6, String organizationBody8) {
        if (authority != CIVIL_AFFAIRS) {
            throw new IllegalArgumentException("authority must be '" + CIVIL_AFFAIRS
                    + "' (民政): organization types are civil-affairs categories, got '" + authority + "'");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(divisionCode6, "divisionCode6");
        if (!isPlausibleDivisionCode(divisionCode6)) {
            throw new IllegalArgumentException("division code must be 6 digits starting with a GB/T 2260 "
                    + "province-level code, or 100000; got '" + divisionCode6 + "'");
        }
        requireBody(organizationBody8, "organization body");
        // The GB 11714 check is a digit or X, always inside ALPHABET, so the composed code cannot
        // end up with an illegal position 17 (CreditCodeProperties proves it for every sum).
        String first17 = new StringBuilder(17)
                .append(authority)
                .append(type.categoryCode())
                .append(divisionCode6)
                .append(organizationBody8)
                .append(gb11714CheckCharacter(organizationBody8))
                .toString();
        return new CreditCode(first17 + gb32100CheckCharacter(first17));
    }

    /** {@link #organizationBody(String, long)} with {@link #DEFAULT_BODY_PREFIX}. */
    public static String organizationBody(long sequence) {
        return organizationBody(DEFAULT_BODY_PREFIX, sequence);
    }

    /**
     * An 8-character organization-code body: {@code prefix} followed by {@code sequence},
     * zero-padded to fill the remaining places ({@code "MJ", 42 -> "MJ000042"}).
     *
     * <p>The 9-character organization code (body plus GB 11714 check) is meant to be unique
     * nationwide, independently of the division code in positions 3-8. A sequence kept per
     * division therefore needs a prefix that is also per division (or a single national
     * sequence); two divisions drawing 42 from their own sequences with the same prefix would
     * issue the same organization code. Codes are never reused, so the sequence must never be
     * reset or rolled back after a code has been handed out.
     *
     * @param prefix   0 to 7 characters from {@link #ALPHABET}; not normalised
     * @param sequence non-negative and at most {@code 8 - prefix.length()} decimal digits
     * @throws IllegalArgumentException if the prefix has a character outside the alphabet or leaves
     *                                  no room, or the sequence is negative or too large
     */
    public static String organizationBody(String prefix, long sequence) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.length() >= BODY_LENGTH) {
            throw new IllegalArgumentException("prefix '" + prefix + "' leaves no room for the sequence "
                    + "in an " + BODY_LENGTH + "-character body");
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (valueOf(prefix.charAt(i)) < 0) {
                throw new IllegalArgumentException("prefix '" + prefix + "' has '" + prefix.charAt(i)
                        + "' at position " + (i + 1) + ", which is not in the credit-code alphabet " + ALPHABET);
            }
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, got " + sequence);
        }
        int width = BODY_LENGTH - prefix.length();
        String digits = Long.toString(sequence);
        if (digits.length() > width) {
            throw new IllegalArgumentException("sequence " + sequence + " does not fit in the " + width
                    + " digits left after prefix '" + prefix + "' (at most " + "9".repeat(width) + ")");
        }
        return prefix + "0".repeat(width - digits.length()) + digits;
    }

    /** The value 0..30 of {@code c} in {@link #ALPHABET}, or -1 if it is not in it. */
    static int valueOf(char c) {
        return ALPHABET.indexOf(c);
    }

    /** Six ASCII digits with a known province prefix, or the national 100000. */
    static boolean isPlausibleDivisionCode(String division) {
        if (division.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (division.charAt(i) < '0' || division.charAt(i) > '9') {
                return false;
            }
        }
        return NATIONAL_DIVISION.equals(division)
                || PROVINCES.contains(Integer.parseInt(division.substring(0, 2)));
    }

    private static void requireBody(String body, String what) {
        Objects.requireNonNull(body, what);
        if (body.length() != BODY_LENGTH) {
            throw new IllegalArgumentException(what + " must have " + BODY_LENGTH + " characters, got "
                    + body.length() + ": '" + body + "'");
        }
        for (int i = 0; i < BODY_LENGTH; i++) {
            if (valueOf(body.charAt(i)) < 0) {
                throw new IllegalArgumentException(what + " '" + body + "' has '" + body.charAt(i)
                        + "' at position " + (i + 1) + ", which is not in the credit-code alphabet " + ALPHABET);
            }
        }
    }
}
