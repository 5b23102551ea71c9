package org.socorg.platform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socorg.platform.annualreport.internal.AnnualReportProperties;
import org.socorg.platform.organization.OrganizationType;

/** Due dates are configuration per organization type, with a default for the types not named. */
class AnnualReportDueDatesTest {

    @Test
    void a_type_with_its_own_due_date_uses_it_and_the_others_the_default() {
        AnnualReportProperties properties = new AnnualReportProperties(
                Map.of("default", "05-31", "FOUNDATION", "04-30"), List.of(7, 30));
        assertThat(properties.dueOn(OrganizationType.FOUNDATION, 2026)).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(properties.dueOn(OrganizationType.ASSOCIATION, 2026)).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(properties.reminderDaysBefore()).containsExactly(7, 30);
    }

    @Test
    void defaults_to_31_may_and_reminders_30_and_7_days_before() {
        AnnualReportProperties properties = new AnnualReportProperties(null, null);
        assertThat(properties.dueOn(OrganizationType.SOCIAL_SERVICE, 2025)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(properties.reminderDaysBefore()).containsExactly(7, 30);
    }

    @Test
    void refuses_a_due_date_that_is_not_a_month_and_day() {
        assertThatThrownBy(() -> new AnnualReportProperties(Map.of("default", "31-05"), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("due-dates.default");
    }
}
