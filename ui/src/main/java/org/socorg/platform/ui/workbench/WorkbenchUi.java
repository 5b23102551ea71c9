package org.socorg.platform.ui.workbench;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
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

/** What the workbench's views share: texts, times, refusals shown as messages in words (never ids or traces). */
final class WorkbenchUi {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final Logger log = LoggerFactory.getLogger(WorkbenchUi.class);

    private WorkbenchUi() {
    }

    static Texts texts() {
        UI ui = UI.getCurrent();
        return Texts.of(ui == null ? Texts.CHINESE : ui.getLocale());
    }

    static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** Runs an action; a refusal becomes a message in the user's language, anything else a generic one. */
    static boolean attempt(Texts texts, Runnable action) {
        try {
            action.run();
            return true;
        } catch (PlatformException refusal) {
            error(texts.english() ? refusal.messageEn() : refusal.messageZh());
        } catch (RuntimeException unexpected) {
            log.error("workbench action failed", unexpected);
            error(texts.get("workbench.error.unexpected"));
        }
        return false;
    }

    static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }

    static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }

    /** An empty state: what is (not) here and what to do. */
    static Component empty(String text) {
        Div box = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(" " + text));
        box.getStyle().set("padding", "var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        box.getElement().setAttribute("role", "status");
        return box;
    }

    /** A Lumo badge: {@code variant} one of "", "success", "error", "contrast". */
    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + variant).strip());
        return badge;
    }

    /** The file name a model downloads as: its resource name without the folders. */
    static String fileName(String resourceName) {
        String name = resourceName == null ? "model" : resourceName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
