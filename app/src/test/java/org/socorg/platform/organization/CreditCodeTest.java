package org.socorg.platform.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /*
     * How the table was checked. Every code was computed twice: by CreditCodes and by a separate
     * throw-away script written from the standard's text (not from this code). Two were also done
     * by hand, as follows.
     *
     * 91350100M000100Y43 (widely cited sample; a company, 9 1, registered in Fuzhou 350100)
     *   GB 11714 on body M000100Y, values A=10..Z=35 so M=22, Y=34, weights 3 7 9 10 5 8 4 2:
     *     22·3 + 0 + 0 + 0 + 1·5 + 0 + 0 + 34·2 = 66 + 5 + 68 = 139;  139 mod 11 = 7;  11 − 7 = 4
     *     → position 17 must be '4'. It is.
     *   GB 32100 on 91350100M000100Y4, values from 0123456789ABCDEFGHJKLMNPQRTUWXY so M=21, Y=30,
     *   weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
     *     9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + 21·20 + 0·29 + 0·25 + 0·13 + 1·8
     *       + 0·24 + 0·10 + 30·30 + 4·28
     *     = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640;  1640 = 52·31 + 28;  31 − 28 = 3
     *     → position 18 must be '3'. It is. Valid.
     *
     * 51100000MJ0000018U (synthetic: what compose('5', ASSOCIATION, "100000", "MJ000001") gives)
     *   GB 11714 on MJ000001: M=22, J=19 → 66 + 133 + 1·2 = 201; 201 mod 11 = 3; 11 − 3 = 8 → '8'.
     *   GB 32100: 5 + 3 + 9 + 21·20 + 18·29 + 1·30 + 8·28 = 5 + 3 + 9 + 420 + 522 + 30 + 224 = 1213;
     *     1213 = 39·31 + 4; 31 − 4 = 27 → the 28th alphabet character, 'U'. Valid.
     *   Note J is 19 for GB 11714 but 18 for GB 32100: the two checks map letters differently.
     *
     * "51100000500000464T?" from the brief is not a code: it has 19 characters. Without the '?',
     * 51100000500000464T is still invalid: GB 11714 on 50000046 gives 5·3 + 4·4 + 6·2 = 43,
     * 43 mod 11 = 10, 11 − 10 = 1, so position 17 should be '1', not '4'; and even position 18
     * should be 'G' (sum 449 = 14·31 + 15, 31 − 15 = 16 → 'G'), not 'T'. It is in the invalid table.
     */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            91350100M000100Y43 | widely cited sample: company, Fuzhou
            92141127MA0KD1Y64A | publicly cited registered 个体工商户, Shanxi: org check 4 (sum 557), check A (2005 mod 31 = 21)
            12440600MB2C07549J | publicly cited 事业单位, Foshan: org check 9 (sum 365), check J (1842 mod 31 = 13)
            51100000MJ0000018U | synthetic 社会团体 registered by 民政部 (national 100000)
            52110000MJ0000026P | synthetic 社会服务机构, Beijing
            53440300MJ00001068 | synthetic 基金会, Shenzhen
            59820000MJ1234561M | synthetic 民政 其他 (category 9), Macau 820000
            51100000MJ000019XT | organization-code check is X (sum 221 mod 11 = 1)
            51100000MJ00000507 | organization-code check is 0 (sum 209 mod 11 = 0)
            52330100MJ00000690 | check character is 0 (sum 1519 = 49·31)
            52330100MJ00014400 | both check characters are 0
            31110000MJ00000182 | synthetic law firm (authority 3 司法行政), added to GB 32100 after 2015
            81440100MJ0000018J | synthetic trade union (authority 8 工会)
            N2350100MJ0000018E | synthetic village collective (authority N 农业)
            Y1110000MJ00000186 | synthetic authority Y 其他, whose only category is 1
            11100000MJ00000180 | synthetic 机关 (authority 1), check character 0
            """)
    void accepts_hand_checked_valid_code(String code, String why) {
        CreditCodeCheck result = CreditCode.check(code);

        assertThat(result.valid()).as(result.messageEn()).isTrue();
        assertThat(result.error()).isNull();
        assertThat(result.position()).isNull();
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{3}: {0} -> {1} at {2}")
    @CsvSource(delimiter = '|', textBlock = """
            5110000MJ0000018U     | WRONG_LENGTH                     |    | 17 characters
            51100000MJ0000018U0   | WRONG_LENGTH                     |    | 19 characters
            51100000500000464T?   | WRONG_LENGTH                     |    | the brief's example, with its question mark
            51100000MJO00018U     | WRONG_LENGTH                     |    | length comes before characters
            51100000MJO000018U    | ILLEGAL_CHARACTER                | 11 | letter O instead of zero
            51100000MJ00000I8U    | ILLEGAL_CHARACTER                | 16 | letter I instead of one
            5Z100000MJ0000018U    | ILLEGAL_CHARACTER                | 2  | letter Z
            S1100000MJ0000018U    | ILLEGAL_CHARACTER                | 1  | letter S
            51100000MJ0000018V    | ILLEGAL_CHARACTER                | 18 | letter V
            51100000-J0000018U    | ILLEGAL_CHARACTER                | 9  | punctuation
            51100000MJ00000 8U    | ILLEGAL_CHARACTER                | 16 | space inside the code
            ５1100000MJ0000018U    | ILLEGAL_CHARACTER                | 1  | full-width digit from a Chinese input method
            B1100000MJ000O018U    | ILLEGAL_CHARACTER                | 14 | characters come before the authority
            B1100000MJ0000018U    | UNKNOWN_AUTHORITY_CODE           | 1  | B is no authority
            01100000MJ0000018U    | UNKNOWN_AUTHORITY_CODE           | 1  | 0 is no authority
            Q1100000MJ0000018U    | UNKNOWN_AUTHORITY_CODE           | 1  | Q is no authority
            54100000MJ0000018U    | UNKNOWN_CATEGORY                 | 2  | civil affairs has no category 4
            5A100000MJ0000018U    | UNKNOWN_CATEGORY                 | 2  | civil affairs has no category A
            99100000MJ0000018U    | UNKNOWN_CATEGORY                 | 2  | 工商 has no category 9
            Y2100000MJ0000018U    | UNKNOWN_CATEGORY                 | 2  | authority Y has only category 1
            511A0000MJ0000018U    | INVALID_DIVISION_CODE            | 4  | letter in the division code
            5110000AMJ0000018U    | INVALID_DIVISION_CODE            | 8  | letter at the end of the division code
            51990000MJ0000018U    | INVALID_DIVISION_CODE            | 3  | no province 99
            51200000MJ0000018U    | INVALID_DIVISION_CODE            | 3  | no province 20
            51720000MJ0000018U    | INVALID_DIVISION_CODE            | 3  | no province 72
            51000000MJ0000018U    | INVALID_DIVISION_CODE            | 3  | 000000 is not a division
            51100001MJ0000018U    | INVALID_DIVISION_CODE            | 3  | 10xxxx other than the national 100000
            51100000500000464T    | ORGANIZATION_CODE_CHECK_MISMATCH | 17 | the brief's example without the question mark
            51100000MJ0000028U    | ORGANIZATION_CODE_CHECK_MISMATCH | 17 | typo in the body is reported at its check
            51100000MJ0000019U    | ORGANIZATION_CODE_CHECK_MISMATCH | 17 | wrong organization-code check
            51100000MJ0000019T    | ORGANIZATION_CODE_CHECK_MISMATCH | 17 | position 17 is reported before 18
            51100000MJ0000018T    | CHECK_CHARACTER_MISMATCH         | 18 | wrong check character
            91350100M000100Y44    | CHECK_CHARACTER_MISMATCH         | 18 | the cited sample with a wrong check character
            15100000MJ0000018U    | UNKNOWN_CATEGORY                 | 2  | 51 swapped: authority 1 has no category 5
            35440300MJ00001068    | CHECK_CHARACTER_MISMATCH         | 18 | 53 swapped: 35 is a valid pair, only the check catches it
            """)
    void rejects_invalid_code_with_first_error_and_position(
            String code, CreditCodeError error, Integer position, String why) {
        CreditCodeCheck result = CreditCode.check(code);

        assertThat(result.valid()).isFalse();
        assertThat(result.error()).isEqualTo(error);
        assertThat(result.position()).isEqualTo(position);
        assertThat(result.messageZh()).isNotBlank();
        assertThat(result.messageEn()).isNotBlank();
        assertThatThrownBy(() -> CreditCode.parse(code))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class,
                        e -> assertThat(e.check()).isEqualTo(result));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u3000", "\u00a0"})
    void reports_missing_code_for_null_and_blank_input(String input) {
        CreditCodeCheck result = CreditCode.check(input);

        assertThat(result.error()).isEqualTo(CreditCodeError.MISSING);
        assertThat(result.position()).isNull();
        assertThat(result.messageZh()).isEqualTo("请填写18位统一社会信用代码");
    }

    @Test
    void rejects_code_with_letter_O() {
        CreditCodeCheck result = CreditCode.check("51100000MJO000018U");

        assertThat(result.error()).isEqualTo(CreditCodeError.ILLEGAL_CHARACTER);
        assertThat(result.position()).isEqualTo(11);
        assertThat(result.messageZh()).startsWith("第11位的字符“O”不允许使用").contains("不使用 I、O、Z、S、V");
        assertThat(result.messageEn()).startsWith("Character 'O' at position 11 is not allowed");
    }

    @Test
    void wrong_length_message_states_the_actual_length() {
        CreditCodeCheck result = CreditCode.check("5110000MJ0000018U");

        assertThat(result.messageZh()).isEqualTo("统一社会信用代码应为18位，实际为17位");
        assertThat(result.messageEn()).isEqualTo("The unified social credit code has 18 characters, but this one has 17");
    }

    @Test
    void check_character_message_gives_expected_and_actual_and_asks_to_recheck_the_source() {
        CreditCodeCheck result = CreditCode.check("51100000MJ0000018T");

        assertThat(result.messageZh()).startsWith("第18位校验码应为 U，实际为 T；").contains("核对全部18位");
        assertThat(result.messageEn()).startsWith("Check character (position 18) should be U but is T;")
                .contains("registration certificate");
    }

    @Test
    void organization_check_message_gives_expected_and_actual() {
        CreditCodeCheck result = CreditCode.check("51100000500000464T");

        assertThat(result.messageZh()).startsWith("第17位组织机构代码校验码应为 1，实际为 4；");
        assertThat(result.messageEn()).startsWith("Organization code check character (position 17) should be 1 but is 4;");
    }

    @Test
    void unknown_category_message_lists_the_categories_of_that_authority() {
        CreditCodeCheck result = CreditCode.check("54100000MJ0000018U");

        assertThat(result.messageZh()).isEqualTo("第2位机构类别代码“4”不属于登记管理部门“5”，应为 1/2/3/9 之一");
        assertThat(result.messageEn()).contains("'4'", "authority '5'", "one of 1/2/3/9");
    }

    @Test
    void division_message_quotes_the_six_characters() {
        CreditCodeCheck result = CreditCode.check("51990000MJ0000018U");

        assertThat(result.messageZh()).startsWith("第3-8位登记管理机关行政区划码“990000”无效");
        assertThat(result.messageEn()).startsWith("Administrative division code (positions 3-8) '990000' is not valid");
    }

    @Test
    void invisible_character_is_named_by_its_code_point() {
        CreditCodeCheck result = CreditCode.check("51100000MJ00000\u200b8U");

        assertThat(result.position()).isEqualTo(16);
        assertThat(result.messageZh()).contains("“U+200B”");
        assertThat(result.messageEn()).contains("'U+200B'");
    }

    @Test
    void counts_positions_by_character_not_by_utf16_unit() {
        // the emoji is two chars in Java but one character on screen
        CreditCodeCheck result = CreditCode.check("51100000MJ000001\uD83D\uDE00U");

        assertThat(result.error()).isEqualTo(CreditCodeError.ILLEGAL_CHARACTER);
        assertThat(result.position()).isEqualTo(17);
        assertThat(result.messageEn()).contains("'\uD83D\uDE00'");
    }

    @Test
    void upper_cases_without_changing_the_length() {
        // "ß".toUpperCase() is "SS"; per-character upper-casing keeps the 18 characters the person typed
        CreditCodeCheck result = CreditCode.check("51100000mj00000ß8u");

        assertThat(result.error()).isEqualTo(CreditCodeError.ILLEGAL_CHARACTER);
        assertThat(result.position()).isEqualTo(16);
        assertThat(result.messageEn()).contains("'ß'");
    }

    @Test
    void accepts_lower_case_and_surrounding_whitespace_and_normalises_them() {
        CreditCode code = CreditCode.parse(" \u3000\t91350100m000100y43\u00a0\n");

        assertThat(code.value()).isEqualTo("91350100M000100Y43");
        assertThat(code).isEqualTo(CreditCode.parse("91350100M000100Y43"));
        assertThat(CreditCode.check("  91350100m000100y43 ").valid()).isTrue();
    }

    @Test
    void exposes_the_five_parts() {
        CreditCode code = CreditCode.parse("91350100M000100Y43");

        assertThat(code.authorityCode()).isEqualTo('9');
        assertThat(code.categoryCode()).isEqualTo('1');
        assertThat(code.divisionCode()).isEqualTo("350100");
        assertThat(code.organizationCode()).isEqualTo("M000100Y4");
        assertThat(code.checkCharacter()).isEqualTo('3');
        assertThat(code).hasToString("91350100M000100Y43");
    }

    @Test
    void constructor_validates_like_parse() {
        assertThatThrownBy(() -> new CreditCode("91350100M000100Y44"))
                .isInstanceOfSatisfying(InvalidCreditCodeException.class, e -> {
                    assertThat(e.check().error()).isEqualTo(CreditCodeError.CHECK_CHARACTER_MISMATCH);
                    assertThat(e).hasMessageContaining("第18位校验码应为 3，实际为 4")
                            .hasMessageContaining("should be 3 but is 4");
                });
        assertThatThrownBy(() -> new CreditCode(null)).isInstanceOf(InvalidCreditCodeException.class);
    }

    @Test
    void check_result_cannot_be_valid_and_carry_an_error() {
        assertThatThrownBy(() -> new CreditCodeCheck(true, CreditCodeError.MISSING, "x", "x", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditCodeCheck(false, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- check characters ----

    @ParameterizedTest
    @CsvSource({"91350100M000100Y4, 3", "51100000MJ0000018, U", "52330100MJ0000069, 0", "51100000500000464, G"})
    void computes_gb32100_check_character(String first17, char expected) {
        assertThat(CreditCodes.gb32100CheckCharacter(first17)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"M000100Y, 4", "MJ000001, 8", "MJ000019, X", "MJ000005, 0", "50000046, 1",
            // GB 11714 bodies may use letters a credit code may not: M=22, O=24 → 66 + 168 + 2 = 236 ≡ 5 → 6
            "MO000001, 6"})
    void computes_gb11714_check_character(String body, char expected) {
        assertThat(CreditCodes.gb11714CheckCharacter(body)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y", "91350100M000100Y43", "91350100M00010OY4", "91350100m000100Y4"})
    void gb32100_check_rejects_wrong_length_or_characters(String first17) {
        assertThatThrownBy(() -> CreditCodes.gb32100CheckCharacter(first17)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MJ00001", "MJ0000001", "mj000001", "MJ-00001"})
    void gb11714_check_rejects_wrong_length_or_characters(String body) {
        assertThatThrownBy(() -> CreditCodes.gb11714CheckCharacter(body)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- compose ----

    @ParameterizedTest
    @CsvSource({
            "ASSOCIATION,    100000, MJ000001, 51100000MJ0000018U",
            "SOCIAL_SERVICE, 110000, MJ000002, 52110000MJ0000026P",
            "FOUNDATION,     440300, MJ000010, 53440300MJ00001068",
            "ASSOCIATION,    100000, MJ000019, 51100000MJ000019XT",
            "ASSOCIATION,    100000, MJ000005, 51100000MJ00000507"})
    void composes_the_code_from_its_parts(OrganizationType type, String division, String body, String expected) {
        assertThat(CreditCodes.compose('5', type, division, body).value()).isEqualTo(expected);
    }

    @Test
    void composes_from_an_allocated_body() {
        String body = CreditCodes.organizationBody(1);

        assertThat(CreditCodes.compose('5', OrganizationType.ASSOCIATION, "100000", body))
                .hasToString("51100000MJ0000018U");
    }

    @ParameterizedTest
    @ValueSource(chars = {'1', '9', 'Y', '6'})
    void compose_rejects_authorities_other_than_civil_affairs(char authority) {
        assertThatThrownBy(() -> CreditCodes.compose(authority, OrganizationType.ASSOCIATION, "100000", "MJ000001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("民政");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MJ00000O", "MJ00000I", "MZ000001", "MS000001", "MV000001", "mj000001", "MJ00001", "MJ0000001", "MJ 00001"})
    void compose_rejects_body_outside_the_credit_code_alphabet_or_of_wrong_length(String body) {
        assertThatThrownBy(() -> CreditCodes.compose('5', OrganizationType.FOUNDATION, "110000", body))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"990000", "200000", "11000", "1100000", "11000A", "100001", ""})
    void compose_rejects_implausible_division_codes(String division) {
        assertThatThrownBy(() -> CreditCodes.compose('5', OrganizationType.FOUNDATION, division, "MJ000001"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compose_rejects_missing_parts() {
        assertThatNullPointerException().isThrownBy(() -> CreditCodes.compose('5', null, "110000", "MJ000001"));
        assertThatNullPointerException().isThrownBy(
                () -> CreditCodes.compose('5', OrganizationType.FOUNDATION, null, "MJ000001"));
        assertThatNullPointerException().isThrownBy(
                () -> CreditCodes.compose('5', OrganizationType.FOUNDATION, "110000", null));
    }

    // ---- organizationBody ----

    @ParameterizedTest
    @CsvSource({
            "MJ,   1,        MJ000001",
            "MJ,   0,        MJ000000",
            "MJ,   999999,   MJ999999",
            "MJ11, 42,       MJ110042",
            "'',   99999999, 99999999",
            "MJ1234Y, 7,     MJ1234Y7"})
    void builds_body_from_prefix_and_zero_padded_sequence(String prefix, long sequence, String expected) {
        assertThat(CreditCodes.organizationBody(prefix, sequence)).isEqualTo(expected);
    }

    @Test
    void default_prefix_is_MJ() {
        assertThat(CreditCodes.organizationBody(42)).isEqualTo("MJ000042");
    }

    @ParameterizedTest
    @CsvSource({
            "MJ,      1000000",
            "MJ,      -1",
            "MJ,      9223372036854775807",
            "'',      100000000",
            "MJ1234Y, 10"})
    void rejects_sequence_that_does_not_fit(String prefix, long sequence) {
        assertThatThrownBy(() -> CreditCodes.organizationBody(prefix, sequence))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MO", "MI", "mj", "M-", "民间", "MJ123456"})
    void rejects_prefix_outside_the_alphabet_or_without_room(String prefix) {
        assertThatThrownBy(() -> CreditCodes.organizationBody(prefix, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_missing_prefix() {
        assertThatNullPointerException().isThrownBy(() -> CreditCodes.organizationBody(null, 1));
    }
}
