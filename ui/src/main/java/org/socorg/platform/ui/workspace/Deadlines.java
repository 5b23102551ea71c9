package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.calendar.WorkingDayCalendar;
import org.socorg.platform.ui.forms.Texts;

/** Working days left until a statutory deadline, as a badge: amber from 3 days left, red when overdue. */
final class Deadlines {

    static final int AMBER_FROM = 3;

    private Deadlines() {
    }

    /** Working days from today to the deadline's day; negative when overdue, null without a deadline. */
    static Integer workingDaysLeft(WorkingDayCalendar calendar, Instant dueAt, LocalDate today) {
        if (dueAt == null) {
            return null;
        }
        LocalDate due = dueAt.atZone(Ui.ZONE).toLocalDate();
        if (!due.isBefore(today)) {
            return calendar.workingDaysBetween(today, due).value();
        }
        return -calendar.workingDaysBetween(due, today).value();
    }

    static Span badge(Texts texts, Integer left) {
        if (left == null) {
            return Ui.badge(texts.get("workspace.deadline.none"), "contrast");
        }
        Span badge;
        if (left < 0) {
            badge = Ui.badge(texts.get("workspace.deadline.overdue", -left), "error primary");
        } else if (left <= AMBER_FROM) {
            badge = Ui.amberBadge(texts.get("workspace.deadline.left", left));
        } else {
            badge = Ui.badge(texts.get("workspace.deadline.left", left), "success");
        }
        badge.addClassName("deadline");
        return badge;
    }
}
