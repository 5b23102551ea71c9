package org.socorg.platform.organization;

import java.io.Serializable;

/**
 * The outcome of {@link CreditCode#check(String)}: either valid, or the first
 * {@link CreditCodeError} found with messages a person can act on.
 *
 * @param valid     whether the input is a valid unified social credit code
 * @param error     what is wrong; {@code null} when valid
 * @param messageZh what is wrong, in Chinese; {@code null} when valid
 * @param messageEn what is wrong, in English; {@code null} when valid
 * @param position  the 1-based position of the offending character, or {@code null} when the
 *                  problem is not at one position (valid, missing, wrong length)
 */
public record CreditCodeCheck(
        boolean valid, CreditCodeError error, String messageZh, String messageEn, Integer position)
        implements Serializable {

    private static final CreditCodeCheck VALID = new CreditCodeCheck(true, null, null, null, null);

    /** Rejects combinations that would let a caller see "valid" next to an error, or vice versa. */
    public CreditCodeCheck {
        if (valid && (error != null || messageZh != null || messageEn != null || position != null)) {
            throw new IllegalArgumentException("a valid check carries no error, message or position");
        }
        if (!valid && (error == null || messageZh == null || messageEn == null)) {
            throw new IllegalArgumentException("an invalid check needs an error and both messages");
        }
    }

    /** The result for a valid code. */
    public static CreditCodeCheck ok() {
        return VALID;
    }

    /**
     * The result for an invalid code.
     *
     * @param error    what is wrong
     * @param position 1-based position of the offending character, or {@code null}
     * @param args     the message arguments documented on {@code error}
     */
    public static CreditCodeCheck invalid(CreditCodeError error, Integer position, Object... args) {
        return new CreditCodeCheck(false, error, error.messageZh(args), error.messageEn(args), position);
    }
}
