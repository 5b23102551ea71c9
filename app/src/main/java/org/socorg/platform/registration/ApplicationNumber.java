package org.socorg.platform.registration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application number (申请编号) printed on the receipt: the registration authority's division code, the year of
 * filing (Beijing time) and the filing serial, e.g. {@code 110100-2026-000042}. Short enough to read out on the
 * phone, unique because the serial is, and in filing order within an authority's year.
 */
public final class ApplicationNumber {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern SHAPE = Pattern.compile("(\\d{6})-(\\d{4})-(\\d{6,})");

    private ApplicationNumber() {
    }

    /** The number of an application filed with {@code divisionCode} at {@code submittedAt} under {@code serial}. */
    public static String format(String divisionCode, Instant submittedAt, Long serial) {
        if (serial == null) {
            return null;
        }
        return "%s-%d-%06d".formatted(divisionCode, submittedAt.atZone(BEIJING).getYear(), serial);
    }

    /** The serial in a number of the right shape, or empty when the text is not an application number. */
    public static Optional<Long> serial(String number) {
        Matcher m = number == null ? null : SHAPE.matcher(number.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(m.group(3)));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }
}
