package org.socorg.platform.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socorg.platform.calendar.CalendarDataException;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CalendarConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CalendarConfiguration.class);

    @Test
    void default_location_loads_the_shipped_schedule() {
        context.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(WorkingDayCalendar.class);
            assertThat(ctx.getBean(WorkingDayCalendar.class).knownYears()).containsExactly(2025, 2026);
        });
    }

    @Test
    void location_property_selects_another_file_and_invalid_data_stops_the_context() {
        context.withPropertyValues("platform.calendar.location=classpath:calendars-bad/adjusted-working-day-not-weekend.json")
                .run(ctx -> assertThat(ctx).getFailure()
                        .rootCause()
                        .isInstanceOf(CalendarDataException.class)
                        .hasMessageContaining("classpath:calendars-bad/adjusted-working-day-not-weekend.json")
                        .hasMessageContaining("\"2025-01-27\" is a MONDAY"));
    }

    @Test
    void missing_file_stops_the_context_naming_the_location_and_the_property() {
        context.withPropertyValues("platform.calendar.location=classpath:calendars/no-such-file.json")
                .run(ctx -> assertThat(ctx).getFailure()
                        .rootCause()
                        .isInstanceOf(CalendarDataException.class)
                        .hasMessageContaining("classpath:calendars/no-such-file.json")
                        .hasMessageContaining("platform.calendar.location"));
    }
}
