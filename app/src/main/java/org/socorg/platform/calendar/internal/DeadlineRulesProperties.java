package org.socorg.platform.calendar.internal;

import java.util.Map;
import org.socorg.platform.calendar.DayCount;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code platform.deadlines.<rule>}: statutory limits are data, each saying whether it counts working days. */
@ConfigurationProperties("platform")
public record DeadlineRulesProperties(Map<String, Rule> deadlines) {

    public DeadlineRulesProperties {
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
    }

    public record Rule(Integer amount, DayCount unit, Integer reminderBefore) {
    }
}
