package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.forms.Texts;

/** Small helpers every workspace and workbench view shares: texts, times, refusals shown as messages (never stack traces). */
public final class Ui {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final Logger log = LoggerFactory.getLogger(Ui.class);

    private Ui() {
    }

    public static Texts texts() {
        UI ui = UI.getCurrent();
        return Texts.of(ui == null ? Texts.CHINESE : ui.getLocale());
    }

    public static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** The refusal in the user's language. */
    public static String message(Texts texts, PlatformException refusal) {
        return texts.english() ? refusal.messageEn() : refusal.messageZh();
    }

    /** Runs an action; a refusal becomes a message in the user's language, anything else a generic one. */
    public static boolean attempt(Texts texts, Runnable action) {
        try {
            action.run();
            return true;
        } catch (PlatformException refusal) {
            error(message(texts, refusal));
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            error(String.join("；", invalid.getConstraintViolations().stream()
                    .map(v -> texts.pick(v.getMessage())).sorted().toList()));
        } catch (RuntimeException unexpected) {
            log.error("workspace action failed", unexpected);
            error(texts.get("workspace.error.unexpected"));
        }
        return false;
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }

    /** An empty state: what is (not) here and what to do. */
    public static Component empty(String text) {
        Div box = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(" " + text));
        box.getStyle().set("padding", "var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        box.getElement().setAttribute("role", "status");
        return box;
    }

    /** The page's single h1 (the shell's platform name is not a heading), sized like the workspace's headings. */
    public static com.vaadin.flow.component.html.H1 pageTitle(String text) {
        com.vaadin.flow.component.html.H1 title = new com.vaadin.flow.component.html.H1(text);
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin-top", "var(--lumo-space-m)");
        return title;
    }

    public static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0.25em 0");
        return p;
    }

    /** A badge (Lumo theme): {@code variant} one of "", "success", "error", "contrast". */
    public static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + variant).strip());
        return badge;
    }

    /** Amber badge: Lumo has no warning badge, so colours with AA contrast. */
    public static Span amberBadge(String text) {
        Span badge = badge(text, "");
        badge.getStyle().set("background-color", "#fff0c2").set("color", "#5c4400");
        return badge;
    }

    public static String statusLabel(Texts texts, Enum<?> status) {
        return texts.get("workspace.status." + status.name());
    }

    public static String divisionLabel(Texts texts, String code) {
        if (code == null) {
            return "—";
        }
        String key = "workspace.division." + code;
        String label = texts.get(key);
        return label.equals(key) ? code : label;
    }

    public static Locale locale() {
        return texts().locale();
    }

    /** An upload's own texts in the user's language: its button, its drop hint and its three refusals. */
    public static UploadI18N uploadTexts(Texts texts, String addKey, String dropKey, String tooBigKey,
            String wrongTypeKey, String tooManyKey) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.get(addKey)).setMany(texts.get(addKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.get(dropKey)).setMany(texts.get(dropKey)));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(texts.get(tooBigKey))
                .setIncorrectFileType(texts.get(wrongTypeKey)).setTooManyFiles(texts.get(tooManyKey)));
        return i18n;
    }
}
