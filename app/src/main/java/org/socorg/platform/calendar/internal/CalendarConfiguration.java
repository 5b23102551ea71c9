package org.socorg.platform.calendar.internal;

import java.io.IOException;
import java.io.InputStream;

import org.socorg.platform.calendar.CalendarDataException;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Creates the {@link WorkingDayCalendar} bean. The data location is a property so that a
 * deployment can ship a newer schedule (e.g. once next year's notice is out) without a rebuild.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    static final String LOCATION_PROPERTY = "platform.calendar.location";
    static final String DEFAULT_LOCATION = "classpath:calendars/china-public-holidays.json";

    @Bean
    WorkingDayCalendar workingDayCalendar(ResourceLoader resourceLoader,
                                          @Value("${" + LOCATION_PROPERTY + ":" + DEFAULT_LOCATION + "}") String location) {
        Resource resource = resourceLoader.getResource(location);
        if (!resource.exists()) {
            throw new CalendarDataException("Working-day calendar " + location + " (" + LOCATION_PROPERTY
                    + ") does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            return WorkingDayCalendar.fromJson(in, location);
        } catch (IOException e) {
            throw new CalendarDataException("Working-day calendar " + location + " cannot be read: " + e, e);
        }
    }
}
