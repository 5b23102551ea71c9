package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socorg.platform.calendar.HolidayNotice;
import org.socorg.platform.calendar.HolidayNotices;
import org.socorg.platform.calendar.HolidayRange;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;

/**
 * 工作日历: the years the working-day calendar knows, each year's non-working weekdays (statutory holidays) and working
 * weekends (调休上班), a warning for this year or next when no notice is in yet, and the form an administrator enters
 * a new year's State Council holiday notice with ({@link HolidayNotices}): checked as they type, stored, sealed and
 * in force at once. A year already known is replaced only when they tick "replace".
 */
@Route(value = "workspace/admin/calendar", layout = MainLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
public class CalendarView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    record Day(LocalDate date, boolean holiday) {
    }

    private final WorkingDayCalendar calendar;
    private final HolidayNotices notices;
    private final CurrentUser currentUser;
    private final Texts texts = Ui.texts();
    private final Div overview = new Div();

    private final IntegerField year = new IntegerField();
    private final TextField title = new TextField();
    private final VerticalLayout holidayRows = new VerticalLayout();
    private final VerticalLayout weekendRows = new VerticalLayout();
    private final Checkbox replace = new Checkbox();
    private final Div problems = new Div();
    private final List<HolidayRow> holidays = new ArrayList<>();
    private final List<DatePicker> weekends = new ArrayList<>();
    /** Problems show once the administrator starts typing, not on the empty form. */
    private boolean touched;

    private record HolidayRow(TextField name, DatePicker first, DatePicker last, HorizontalLayout row) {
    }

    CalendarView(WorkingDayCalendar calendar, HolidayNotices notices, CurrentUser currentUser) {
        this.calendar = calendar;
        this.notices = notices;
        this.currentUser = currentUser;
        setMaxWidth("70em");
        overview.setWidthFull();
        add(Ui.pageTitle(texts.get("workspace.calendar.title")), overview, noticeForm());
        showOverview(null);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.calendar.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.require();
    }

    /** The known years and one year's days: {@code preferred} (the year just saved), else this year, else the last. */
    private void showOverview(Integer preferred) {
        overview.removeAll();
        int thisYear = LocalDate.now(Ui.ZONE).getYear();
        for (int y : List.of(thisYear, thisYear + 1)) {
            if (!calendar.knownYears().contains(y)) {
                Div warning = new Div(VaadinIcon.WARNING.create(),
                        new com.vaadin.flow.component.html.Span(" " + texts.get("workspace.calendar.unknownYear", String.valueOf(y))));
                warning.addClassName("calendar-unknown-year");
                warning.getElement().setAttribute("role", "status");
                warning.getStyle().set("background-color", "#fff0c2").set("color", "#5c4400")
                        .set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                        .set("margin-bottom", "var(--lumo-space-s)");
                overview.add(warning);
            }
        }
        List<Integer> years = new ArrayList<>(calendar.knownYears());
        if (years.isEmpty()) {
            overview.add(Ui.empty(texts.get("workspace.calendar.noYears")));
            return;
        }
        Select<Integer> shownYear = new Select<>();
        shownYear.setId("calendar-year");
        shownYear.setLabel(texts.get("workspace.calendar.year"));
        shownYear.setItems(years);
        Div source = new Div();
        source.setId("calendar-source");
        Grid<Day> days = new Grid<>(Day.class, false);
        days.setId("calendar-days");
        days.setAllRowsVisible(true);
        days.getElement().setAttribute("aria-label", texts.get("workspace.calendar.title"));
        days.addColumn(Day::date).setHeader(texts.get("workspace.calendar.date"));
        days.addColumn(d -> d.date().getDayOfWeek().getDisplayName(TextStyle.FULL, texts.locale()))
                .setHeader(texts.get("workspace.calendar.weekday"));
        days.addColumn(d -> texts.get(d.holiday() ? "workspace.calendar.holiday" : "workspace.calendar.adjusted"))
                .setHeader(texts.get("workspace.calendar.kind"));
        List<HolidayNotice> stored = notices.list();
        shownYear.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            days.setItems(daysOf(calendar, e.getValue()));
            source.removeAll();
            source.add(Ui.note(stored.stream().filter(n -> n.year() == e.getValue()).findFirst()
                    .map(n -> texts.get("workspace.calendar.fromNotice", n.title(), n.savedBy(), Ui.time(n.savedAt())))
                    .orElse(texts.get("workspace.calendar.fromFile"))));
        });
        shownYear.setValue(preferred != null && years.contains(preferred) ? preferred
                : years.contains(thisYear) ? thisYear : years.get(years.size() - 1));
        overview.add(Ui.note(texts.get("workspace.calendar.known", years.toString())), shownYear, source, days);
    }

    private VerticalLayout noticeForm() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setId("calendar-notice-form");
        year.setId("notice-year");
        year.setLabel(texts.get("workspace.calendar.notice.year"));
        year.setRequiredIndicatorVisible(true);
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(Ui.ZONE).getYear() + 1);
        title.setId("notice-title");
        title.setLabel(texts.get("workspace.calendar.notice.title"));
        title.setPlaceholder(texts.get("workspace.calendar.notice.titleExample"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        title.setWidthFull();
        holidayRows.setPadding(false);
        holidayRows.setSpacing(false);
        weekendRows.setPadding(false);
        weekendRows.setSpacing(false);
        Button addHoliday = new Button(texts.get("workspace.calendar.notice.addHoliday"), VaadinIcon.PLUS.create(),
                e -> addHoliday());
        addHoliday.setId("notice-add-holiday");
        Button addWeekend = new Button(texts.get("workspace.calendar.notice.addWeekend"), VaadinIcon.PLUS.create(),
                e -> addWeekend());
        addWeekend.setId("notice-add-weekend");
        replace.setId("notice-replace");
        replace.setLabel(texts.get("workspace.calendar.notice.replace"));
        problems.setId("notice-problems");
        problems.getElement().setAttribute("aria-live", "polite");
        Button save = new Button(texts.get("workspace.calendar.notice.save"), e -> save());
        save.setId("notice-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        year.addValueChangeListener(e -> check());
        title.addValueChangeListener(e -> check());
        HorizontalLayout yearAndTitle = new HorizontalLayout(year, title);
        yearAndTitle.setWidthFull();
        yearAndTitle.expand(title);
        addHoliday();
        form.add(new H3(texts.get("workspace.calendar.notice.heading")),
                Ui.note(texts.get("workspace.calendar.notice.help")), yearAndTitle,
                new H3(texts.get("workspace.calendar.notice.holidays")), holidayRows, addHoliday,
                new H3(texts.get("workspace.calendar.notice.weekends")), weekendRows, addWeekend, replace, problems,
                save);
        validateShown();
        return form;
    }

    private void addHoliday() {
        int n = holidays.size() + 1;
        TextField name = new TextField(texts.get("workspace.calendar.notice.holidayName", n));
        name.setMaxLength(100);
        name.addClassName("notice-holiday-name");
        DatePicker first = datePicker(texts.get("workspace.calendar.notice.first", n));
        first.addClassName("notice-holiday-first");
        DatePicker last = datePicker(texts.get("workspace.calendar.notice.last", n));
        last.addClassName("notice-holiday-last");
        first.addValueChangeListener(e -> {
            if (e.getValue() != null && last.getValue() == null) {
                last.setValue(e.getValue());
            }
        });
        HorizontalLayout row = new HorizontalLayout(name, first, last);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HolidayRow holiday = new HolidayRow(name, first, last, row);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            holidays.remove(holiday);
            holidayRows.remove(row);
            check();
        });
        remove.setAriaLabel(texts.get("workspace.calendar.notice.remove", n));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        name.addValueChangeListener(e -> check());
        last.addValueChangeListener(e -> check());
        first.addValueChangeListener(e -> check());
        holidays.add(holiday);
        holidayRows.add(row);
    }

    private void addWeekend() {
        int n = weekends.size() + 1;
        DatePicker day = datePicker(texts.get("workspace.calendar.notice.weekend", n));
        day.addClassName("notice-weekend");
        HorizontalLayout row = new HorizontalLayout(day);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            weekends.remove(day);
            weekendRows.remove(row);
            check();
        });
        remove.setAriaLabel(texts.get("workspace.calendar.notice.remove", n));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        day.addValueChangeListener(e -> check());
        weekends.add(day);
        weekendRows.add(row);
    }

    private DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(texts.locale());
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    private HolidayNotice notice() {
        return new HolidayNotice(year.getValue() == null ? 0 : year.getValue(), title.getValue(),
                holidays.stream().map(h -> new HolidayRange(h.name().getValue(), h.first().getValue(),
                        h.last().getValue())).toList(),
                weekends.stream().map(DatePicker::getValue).filter(Objects::nonNull).toList(), null, null);
    }

    private boolean check() {
        touched = true;
        return validateShown();
    }

    /** Checks the notice as it is typed: the same rules the save applies, shown under the form. */
    private boolean validateShown() {
        problems.removeAll();
        HolidayNotice notice = notice();
        boolean known = calendar.knownYears().contains(notice.year());
        replace.setVisible(known);
        if (!known) {
            replace.setValue(false);
        }
        try {
            HolidayNotices.validate(notice);
            if (known) {
                problems.add(Ui.note(texts.get("workspace.calendar.notice.known", String.valueOf(notice.year()))));
            }
            return true;
        } catch (PlatformException invalid) {
            if (!touched) {
                return false;
            }
            Div message = new Div(Ui.message(texts, invalid));
            message.getStyle().set("color", "var(--lumo-error-text-color)");
            problems.add(message);
            return false;
        }
    }

    private void save() {
        if (!check()) {
            return;
        }
        HolidayNotice notice = notice();
        if (Ui.attempt(texts, () -> notices.save(currentUser.require(), notice, replace.getValue()))) {
            Ui.success(texts.get("workspace.calendar.notice.saved", String.valueOf(notice.year())));
            showOverview(notice.year());
            validateShown();
        }
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
