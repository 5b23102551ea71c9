package org.socorg.platform.fundraising;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A fundraising plan filing, with its progress reports (oldest first). */
public record FundraisingPlan(String id, String creditCode, String organizationName, String divisionCode,
        String applicantId, PlanStatus status, String title, String purpose, BigDecimal targetAmount,
        LocalDate startDate, LocalDate endDate, String region, String bankAccount, boolean emergency,
        String filingNumber, BigDecimal amountRaised, String closingSummary, List<Reason> outcomeReasons,
        String processInstanceId, LocalDate submittedOn, Instant filedAt, Instant closedAt,
        List<ProgressReport> progress) {
}
