package org.socorg.platform.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.calendar.HolidayNotice;
import org.socorg.platform.calendar.HolidayNoticeSaved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seals the working-day calendar's administration: which holiday notice an administrator entered for which year,
 * whole, since every statutory deadline computed afterwards depends on it. Listens synchronously, so the seal joins
 * the transaction that stored the notice; business key {@code calendar:<year>} lists a year's changes.
 */
@Component
class CalendarSealing {

    static final String KIND = "calendar.notice-saved";

    private final LogAppender appender;

    CalendarSealing(LogAppender appender) {
        this.appender = appender;
    }

    @EventListener
    void on(HolidayNoticeSaved saved) {
        HolidayNotice notice = saved.notice();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("year", notice.year());
        data.put("title", notice.title());
        data.put("holidays", notice.holidays().stream().map(h -> {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("name", h.name());
            range.put("first", h.first().toString());
            range.put("last", h.last().toString());
            return (Object) range;
        }).toList());
        data.put("workingWeekends", notice.workingWeekends().stream().map(Object::toString).toList());
        data.put("replaced", saved.replaced());
        appender.add(new AuditRecord(KIND, notice.savedBy(), notice.savedAt(), null, null,
                "calendar:" + notice.year(), String.valueOf(notice.year()), "calendar",
                saved.replaced() ? "REPLACED" : "ADDED", null, data));
    }
}
