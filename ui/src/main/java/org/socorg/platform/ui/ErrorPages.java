package org.socorg.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.ui.workspace.Ui;

/**
 * The pages a user sees when a page does not exist or something breaks, in place of Vaadin's developer pages (which
 * list every route, or show the stack trace): what happened in words, what to do, the way back to the search; for a
 * failure an incident number that the log carries with the full trace, so support can find it.
 */
final class ErrorPages {

    private ErrorPages() {
    }

    private static VerticalLayout page(VerticalLayout view, Texts texts, String title, String text) {
        view.removeAll();
        view.setId("error-page");
        H1 heading = new H1(title);
        // a plain link to the start page: it works even when the router is what failed
        view.add(heading, new Paragraph(text), new Anchor("/", texts.get("public.error.home")));
        return view;
    }

    /** A page that does not exist, or that the signed-in user may not open (which it does not tell apart). */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static class NotFound extends VerticalLayout implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            Texts texts = Ui.texts();
            page(this, texts, texts.get("public.error.notFound.title"), texts.get("public.error.notFound.text"));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** Anything that fails while a page is built: logged with its incident number, shown without any detail. */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static class Failure extends VerticalLayout implements HasErrorParameter<Exception> {
        private static final Logger log = LoggerFactory.getLogger(Failure.class);

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            String incident = show(parameter.getCaughtException());
            log.error("Incident {} while opening /{}", incident, event.getLocation().getPathWithQueryParameters(),
                    parameter.getCaughtException());
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }

        /** Shows the page for {@code failure} and returns its incident number; nothing of the failure is shown. */
        String show(Throwable failure) {
            Texts texts = Ui.texts();
            String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            page(this, texts, texts.get("public.error.failure.title"), texts.get("public.error.failure.text"));
            Span number = new Span(texts.get("public.error.failure.incident", incident));
            number.setId("error-incident");
            add(number);
            return incident;
        }
    }
}
