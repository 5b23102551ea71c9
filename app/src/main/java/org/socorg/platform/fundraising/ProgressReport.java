package org.socorg.platform.fundraising;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress report of a filed plan: the amount raised so far; {@code closing} marks the closing report. */
public record ProgressReport(LocalDate reportedOn, BigDecimal amountRaised, String note, boolean closing,
        String reportedBy) {
}
