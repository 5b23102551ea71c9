package org.socorg.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The UI speaks Chinese (zh-CN) unless the person switched to English: the language is kept in the session, not
 * taken from the browser, because the authority's working language comes first. Also sets {@code <html lang>}, so
 * screen readers pronounce the page in its language.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final String ATTRIBUTE = UiLanguage.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : CHINESE;
    }

    static boolean english() {
        return ENGLISH.getLanguage().equals(current().getLanguage());
    }

    /** Switches to the other language and reloads the page in it. */
    static void toggle() {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, english() ? CHINESE : ENGLISH);
        UI.getCurrent().getPage().reload();
    }

    private static void apply(UI ui) {
        Locale locale = current();
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.toLanguageTag());
    }
}
