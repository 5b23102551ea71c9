package org.socorg.platform.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * What the two check characters guarantee, and where that guarantee ends.
 *
 * <p>The maths. Let v(k) be the value of the k-th character and w(k) = 3^(k-1) mod 31 for k = 1..17.
 * The check character C is chosen so that Σ v(k)·w(k) + C ≡ 0 (mod 31); in other words position
 * 18 behaves like a 18th position with weight 1. All arithmetic is in the field Z/31 (31 is prime),
 * and every value difference between two different characters is in ±1..±30, never ≡ 0.
 * <ul>
 *   <li>Substitution at k changes the sum by d·w(k), d ≢ 0; w(k) ≢ 0, and a product of two non-zero
 *       elements of a field is non-zero. So every single substitution is caught by position 18
 *       alone.</li>
 *   <li>Swapping adjacent k, k+1 (k ≤ 16) changes the sum by (a−b)(w(k)−w(k+1)) = (a−b)·w(k)·(1−3),
 *       which is non-zero because w(k) ≠ 0 and −2 ≠ 0 (mod 31). Swapping 17 and 18 changes it by
 *       (a−b)(w(17)−1) = 27(a−b) ≠ 0. So every adjacent transposition, including the one that
 *       moves the check character, is caught by position 18 alone. The reasoning "consecutive
 *       weights differ and 31 is prime" is right, and extends to position 18 because w(17) = 28 ≠ 1.</li>
 *   <li>Non-adjacent swaps are caught exactly when the two weights differ. 3 is a primitive root
 *       mod 31 (order 30), so w(1..17) are 17 distinct values; the only clash is w(1) = 1 = the
 *       implicit weight of position 18. A swap of positions 1 and 18 is therefore never seen by the
 *       mod-31 check, and positions 9-17 (the GB 11714 check) are untouched by it. Only the
 *       authority/category table can catch it, and often does not: see
 *       {@link #swapping_positions_1_and_18_can_yield_another_valid_code()}.</li>
 * </ul>
 * The GB 11714 check (mod 11 over values up to 35) is weaker on its own, e.g. two body characters
 * 11 apart swap unnoticed, which is why the properties below also assert that the mod-31 check
 * alone catches each error rather than only that "something" rejects the mutated code.
 */
class CreditCodeProperties {

    private static final String ALPHABET = CreditCodes.ALPHABET;

    // ---- generated properties ----

    @Property
    @Label("every composed code is valid and parses back into its parts")
    void every_composed_code_validates(
            @ForAll OrganizationType type,
            @ForAll("divisionCodes") String division,
            @ForAll("bodies") String body) {
        CreditCode code = CreditCodes.compose('5', type, division, body);

        assertThat(CreditCode.check(code.value())).isEqualTo(CreditCodeCheck.ok());
        assertThat(CreditCode.parse(code.toString())).isEqualTo(code);
        assertThat(code.authorityCode()).isEqualTo('5');
        assertThat(code.categoryCode()).isEqualTo(type.categoryCode());
        assertThat(code.divisionCode()).isEqualTo(division);
        assertThat(code.organizationCode()).startsWith(body).hasSize(9);
    }

    @Property
    @Label("any single-character substitution is rejected, and the mod-31 check alone would catch it")
    void any_single_substitution_is_detected(
            @ForAll("validCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int index,
            @ForAll("alphabetCharacters") char replacement) {
        Assume.that(code.charAt(index) != replacement);
        String mutated = code.substring(0, index) + replacement + code.substring(index + 1);

        assertThat(CreditCode.check(mutated).valid()).as(mutated).isFalse();
        assertThat(passesMod31(mutated)).as(mutated).isFalse();
    }

    @Property
    @Label("any transposition of two adjacent different characters is rejected, by the mod-31 check alone too")
    void any_adjacent_transposition_is_detected(
            @ForAll("validCodes") String code,
            @ForAll @IntRange(min = 0, max = 16) int index) {
        Assume.that(code.charAt(index) != code.charAt(index + 1));
        String swapped = swap(code, index, index + 1);

        assertThat(CreditCode.check(swapped).valid()).as(swapped).isFalse();
        assertThat(passesMod31(swapped)).as(swapped).isFalse();
    }

    @Property
    @Label("check never throws, whatever the input")
    void check_never_throws(@ForAll String anything) {
        CreditCodeCheck result = CreditCode.check(anything);
        assertThat(result.valid() || result.messageZh() != null).isTrue();
    }

    // ---- exhaustive proofs of the arithmetic the properties rely on (small enough to enumerate) ----

    @Example
    void weights_are_powers_of_3_mod_31() {
        int w = 1;
        for (int k = 0; k < 17; k++) {
            assertThat(CreditCodes.GB32100_WEIGHTS[k]).as("weight of position %d", k + 1).isEqualTo(w);
            w = w * 3 % 31;
        }
    }

    @Example
    void every_substitution_at_every_position_changes_the_sum_mod_31() {
        int[] weights = weightsIncludingCheckPosition();
        for (int k = 0; k < 18; k++) {
            for (int d = -30; d <= 30; d++) {
                if (d != 0) {
                    assertThat(Math.floorMod(d * weights[k], 31)).as("position %d, difference %d", k + 1, d).isNotZero();
                }
            }
        }
    }

    @Example
    void every_adjacent_transposition_changes_the_sum_mod_31() {
        int[] weights = weightsIncludingCheckPosition();
        for (int k = 0; k < 17; k++) {
            for (int a = 0; a < 31; a++) {
                for (int b = 0; b < 31; b++) {
                    if (a != b) {
                        int change = (a - b) * (weights[k] - weights[k + 1]);
                        assertThat(Math.floorMod(change, 31)).as("positions %d,%d", k + 1, k + 2).isNotZero();
                    }
                }
            }
        }
    }

    @Example
    void positions_1_and_18_are_the_only_pair_the_mod_31_check_cannot_tell_apart() {
        int[] weights = weightsIncludingCheckPosition();
        List<String> blind = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            for (int j = i + 1; j < 18; j++) {
                if (weights[i] == weights[j]) {
                    blind.add((i + 1) + "<->" + (j + 1));
                }
            }
        }
        assertThat(blind).containsExactly("1<->18");
    }

    @Example
    void swapping_positions_1_and_18_can_yield_another_valid_code() {
        // Found by search, kept as a reminder: the check characters cannot catch this swap, and
        // 7 (宗教) / 1 (宗教活动场所) is a real authority/category pair, so the result is a
        // different, perfectly valid code. Nothing a validator can do short of a registry lookup.
        CreditCode original = CreditCodes.compose('5', OrganizationType.ASSOCIATION, "100000", "MJ000005");
        assertThat(original.value()).isEqualTo("51100000MJ00000507");

        String swapped = swap(original.value(), 0, 17);

        assertThat(swapped).isEqualTo("71100000MJ00000505");
        assertThat(CreditCode.check(swapped).valid()).isTrue();
    }

    @Example
    void gb11714_check_characters_all_lie_in_the_credit_code_alphabet() {
        // compose relies on this instead of re-checking position 17: 11 − (sum mod 11) covers
        // 1..11, i.e. '1'..'9', 'X', '0'.
        for (int remainder = 0; remainder < 11; remainder++) {
            String body = bodyWithGb11714Remainder(remainder);
            assertThat(ALPHABET).contains(String.valueOf(CreditCodes.gb11714CheckCharacter(body)));
        }
    }

    // ---- generators ----

    @Provide
    Arbitrary<Character> alphabetCharacters() {
        return Arbitraries.of(ALPHABET.chars().mapToObj(c -> (char) c).toList());
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofLength(CreditCodes.BODY_LENGTH);
    }

    @Provide
    Arbitrary<String> divisionCodes() {
        Arbitrary<String> provincial = Combinators.combine(
                        Arbitraries.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
                                41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82),
                        Arbitraries.integers().between(0, 9999))
                .as((province, rest) -> String.format("%02d%04d", province, rest));
        return Arbitraries.frequencyOf(
                Tuple.of(9, provincial),
                Tuple.of(1, Arbitraries.just("100000")));
    }

    @Provide
    Arbitrary<String> validCodes() {
        return Combinators.combine(Arbitraries.of(OrganizationType.class), divisionCodes(), bodies())
                .as((type, division, body) -> CreditCodes.compose('5', type, division, body).value());
    }

    // ---- helpers ----

    /** Position 18 as an 18th weight of 1: the code is consistent iff the weighted sum is ≡ 0. */
    private static int[] weightsIncludingCheckPosition() {
        int[] weights = new int[18];
        System.arraycopy(CreditCodes.GB32100_WEIGHTS, 0, weights, 0, 17);
        weights[17] = 1;
        return weights;
    }

    private static boolean passesMod31(String code) {
        return CreditCodes.gb32100CheckCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    private static String swap(String s, int i, int j) {
        char[] chars = s.toCharArray();
        char t = chars[i];
        chars[i] = chars[j];
        chars[j] = t;
        return new String(chars);
    }

    /** A body "000000ba" whose GB 11714 sum 4b + 2a leaves the given remainder mod 11. */
    private static String bodyWithGb11714Remainder(int remainder) {
        for (int a = 0; a < 10; a++) {
            for (int b = 0; b < 10; b++) {
                if ((2 * a + 4 * b) % 11 == remainder) {
                    return "000000" + b + a;
                }
            }
        }
        throw new AssertionError("no body for remainder " + remainder);
    }
}
