package org.socorg.platform.annualreport.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.annual-report}: the due date of the annual report per organization type, as month and day of
 * the year after the report year ({@code "05-31"}; the key {@code default} covers the types not listed), and how
 * many days before it the account holders of organizations that have not filed are reminded.
 */
@ConfigurationProperties("platform.annual-report")
public record AnnualReportProperties(Map<String, String> dueDates, List<Integer> reminderDaysBefore) {

    static final String DEFAULT = "default";

    public AnnualReportProperties {
        dueDates = dueDates == null || dueDates.isEmpty() ? Map.of(DEFAULT, "05-31") : Map.copyOf(dueDates);
        reminderDaysBefore = (reminderDaysBefore == null ? List.of(30, 7) : reminderDaysBefore).stream()
                .sorted().toList();
        dueDates.forEach((type, value) -> monthDay(type, value));
    }

    /** The last day to file the report of {@code reportYear} on time for this type of organization. */
    public LocalDate dueOn(OrganizationType type, int reportYear) {
        String value = dueDates.getOrDefault(type.name(), dueDates.get(DEFAULT));
        if (value == null) {
            throw new IllegalStateException("No annual-report due date for " + type
                    + " and no default (platform.annual-report.due-dates)");
        }
        return monthDay(type.name(), value).atYear(reportYear + 1);
    }

    private static MonthDay monthDay(String key, String value) {
        try {
            return MonthDay.parse("--" + value.trim());
        } catch (DateTimeException e) {
            throw new IllegalStateException("platform.annual-report.due-dates." + key + " must be MM-dd, e.g. 05-31: "
                    + value, e);
        }
    }
}
