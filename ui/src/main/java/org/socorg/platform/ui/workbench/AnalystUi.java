package org.socorg.platform.ui.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.forms.Texts;

/** What the review and migration screens share: texts, times, refusals shown as messages (never stack traces). */
final class AnalystUi {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final Logger log = LoggerFactory.getLogger(AnalystUi.class);

    private AnalystUi() {
    }

    static Texts texts() {
        UI ui = UI.getCurrent();
        return Texts.of(ui == null ? Texts.CHINESE : ui.getLocale());
    }

    static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    static String message(Texts texts, PlatformException refusal) {
        return texts.english() ? refusal.messageEn() : refusal.messageZh();
    }

    /** Runs an action; a refusal becomes a message in the user's language, anything else a generic one. */
    static boolean attempt(Texts texts, Runnable action) {
        try {
            action.run();
            return true;
        } catch (PlatformException refusal) {
            error(message(texts, refusal));
        } catch (RuntimeException unexpected) {
            log.error("workbench action failed", unexpected);
            error(texts.get("workspace.error.unexpected"));
        }
        return false;
    }

    static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }

    static void success(String text) {
        Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }

    static Component empty(String text) {
        Div box = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(" " + text));
        box.getStyle().set("padding", "var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        box.getElement().setAttribute("role", "status");
        return box;
    }

    static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0.25em 0");
        return p;
    }

    /** A Lumo badge: {@code variant} one of "", "success", "error", "contrast". */
    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + variant).strip());
        return badge;
    }

    /** Amber: Lumo has no warning badge, so colours with AA contrast. */
    static Span amberBadge(String text) {
        Span badge = badge(text, "");
        badge.getStyle().set("background-color", "#fff0c2").set("color", "#5c4400");
        return badge;
    }
}
