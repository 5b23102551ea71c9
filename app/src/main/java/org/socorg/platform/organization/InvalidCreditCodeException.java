package org.socorg.platform.organization;

import java.util.Objects;

/**
 * Thrown by {@link CreditCode#parse(String)} when the input is not a valid unified social credit
 * code. {@link #check()} says exactly what is wrong, in both languages, so handlers can show it
 * without parsing the exception message.
 */
public class InvalidCreditCodeException extends RuntimeException {

    private final CreditCodeCheck check;

    /** @param check a result with {@code valid() == false} */
    public InvalidCreditCodeException(CreditCodeCheck check) {
        super(Objects.requireNonNull(check, "check").messageZh() + " / " + check.messageEn());
        if (check.valid()) {
            throw new IllegalArgumentException("a valid check is no reason for an exception");
        }
        this.check = check;
    }

    /** What is wrong with the code. */
    public CreditCodeCheck check() {
        return check;
    }
}
