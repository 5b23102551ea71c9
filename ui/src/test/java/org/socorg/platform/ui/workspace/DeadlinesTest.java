package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socorg.platform.ui.forms.Texts;

/** The deadline badge: green with time to spare, amber from three working days left, red once overdue. */
class DeadlinesTest {

    private static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);

    private static String theme(Span badge) {
        return badge.getElement().getAttribute("theme");
    }

    @Test
    void the_badge_turns_amber_at_three_working_days_and_red_when_overdue() {
        Span plenty = Deadlines.badge(ZH, Deadlines.AMBER_FROM + 1);
        Span amber = Deadlines.badge(ZH, Deadlines.AMBER_FROM);
        Span lastDay = Deadlines.badge(ZH, 0);
        Span overdue = Deadlines.badge(ZH, -2);

        assertThat(theme(plenty)).contains("success");
        assertThat(plenty.getText()).isEqualTo("剩 4 个工作日");
        assertThat(amber.getText()).isEqualTo("剩 3 个工作日");
        assertThat(theme(amber)).doesNotContain("success", "error");
        assertThat(amber.getStyle().get("background-color")).as("amber").isEqualTo("#fff0c2");
        assertThat(lastDay.getStyle().get("background-color")).isEqualTo("#fff0c2");
        assertThat(plenty.getStyle().get("background-color")).isNull();
        assertThat(theme(overdue)).contains("error", "primary");
        assertThat(overdue.getText()).contains("2");
        assertThat(theme(Deadlines.badge(ZH, null))).contains("contrast");
    }
}
