package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;

/**
 * 工作日历: the years the working-day calendar knows and each year's non-working weekdays (statutory holidays) and
 * working weekends (调休上班). Read-only: the calendar is a data file ({@code config/calendars/china-public-holidays.json}),
 * so a new year's State Council notice is added there and the platform restarted.
 */
@Route(value = "workspace/admin/calendar", layout = MainLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    record Day(LocalDate date, boolean holiday) {
    }

    private final Texts texts = Ui.texts();

    CalendarView(WorkingDayCalendar calendar) {
        add(new H2(texts.get("workspace.calendar.title")), Ui.note(texts.get("workspace.calendar.readOnly")));
        List<Integer> years = new ArrayList<>(calendar.knownYears());
        if (years.isEmpty()) {
            add(Ui.empty(texts.get("workspace.calendar.noYears")));
            return;
        }
        Select<Integer> year = new Select<>();
        year.setId("calendar-year");
        year.setLabel(texts.get("workspace.calendar.year"));
        year.setItems(years);
        Grid<Day> days = new Grid<>(Day.class, false);
        days.setId("calendar-days");
        days.getElement().setAttribute("aria-label", texts.get("workspace.calendar.title"));
        days.addColumn(Day::date).setHeader(texts.get("workspace.calendar.date"));
        days.addColumn(d -> d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, texts.locale()))
                .setHeader(texts.get("workspace.calendar.weekday"));
        days.addColumn(d -> texts.get(d.holiday() ? "workspace.calendar.holiday" : "workspace.calendar.adjusted"))
                .setHeader(texts.get("workspace.calendar.kind"));
        year.addValueChangeListener(e -> days.setItems(daysOf(calendar, e.getValue())));
        year.setValue(years.contains(LocalDate.now(Ui.ZONE).getYear()) ? LocalDate.now(Ui.ZONE).getYear()
                : years.get(years.size() - 1));
        add(Ui.note(texts.get("workspace.calendar.known", years.toString())), year, days);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.calendar.title");
    }

    static List<Day> daysOf(WorkingDayCalendar calendar, int year) {
        List<Day> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean working = calendar.isWorkingDay(d);
            if (weekend == working) {
                days.add(new Day(d, !working));
            }
        }
        return days;
    }
}
