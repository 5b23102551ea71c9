package org.socorg.platform.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.socorg.platform.complaint.ComplaintService;
import org.socorg.platform.complaint.ComplaintTracking;
import org.socorg.platform.shared.PlatformException;

/**
 * 举报查询: whoever holds a tracking code sees where the complaint stands and how it ended — status, the
 * organization and subject it concerns, the outcome with its decision number and reasons — and nothing about who
 * reported it or what they wrote (the service's {@link ComplaintTracking} carries no such field).
 */
@Route(value = "complaint/track/:trackingCode?", layout = MainLayout.class)
@AnonymousAllowed
class ComplaintTrackView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ComplaintService complaints;
    private final TextField code = new TextField();
    private final Div result = new Div();

    ComplaintTrackView(ComplaintService complaints) {
        this.complaints = complaints;
        setMaxWidth("48em");
        getStyle().set("margin", "0 auto");
        H1 title = new H1(getTranslation("public.complaint.track.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        code.setId("track-code");
        code.setLabel(getTranslation("public.complaint.track.code"));
        code.setHelperText(getTranslation("public.complaint.track.code.helper"));
        code.setMaxLength(40);
        code.setWidth("22em");
        code.addKeyPressListener(Key.ENTER, e -> show());
        Button look = new Button(getTranslation("public.complaint.track.submit"), e -> show());
        look.setId("track-submit");
        look.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout ask = new HorizontalLayout(code, look);
        ask.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        ask.getStyle().set("flex-wrap", "wrap");
        result.setId("track-result");
        result.getElement().setAttribute("aria-live", "polite");
        RouterLink report = new RouterLink(getTranslation("public.complaint.title"), ComplaintView.class);
        add(title, ask, result, report);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.complaint.track.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("trackingCode").ifPresent(c -> {
            code.setValue(c);
            show();
        });
    }

    private void show() {
        result.removeAll();
        String value = code.getValue() == null ? "" : code.getValue().strip().toUpperCase();
        if (value.isEmpty()) {
            code.setErrorMessage(getTranslation("public.complaint.track.code.required"));
            code.setInvalid(true);
            return;
        }
        ComplaintTracking t;
        try {
            t = complaints.track(value);
        } catch (PlatformException refused) {
            code.setErrorMessage(refused.kind() == PlatformException.Kind.NOT_FOUND
                    ? getTranslation("public.complaint.track.notFound")
                    : UiLanguage.english() ? refused.messageEn() : refused.messageZh());
            code.setInvalid(true);
            return;
        }
        code.setInvalid(false);
        Div facts = new Div();
        facts.setId("track-facts");
        facts.getElement().setAttribute("role", "list");
        fact(facts, "public.complaint.track.status", getTranslation("public.complaint.status." + t.status().name())
                + (t.merged() ? " · " + getTranslation("public.complaint.track.merged") : ""));
        fact(facts, "public.complaint.track.organization", t.organizationName());
        fact(facts, "public.complaint.track.category", getTranslation("public.complaint.category." + t.category().name()));
        fact(facts, "public.complaint.track.received", time(t.receivedAt()));
        fact(facts, "public.complaint.track.updated", time(t.updatedAt()));
        if (t.outcome() != null) {
            fact(facts, "public.complaint.track.outcome", getTranslation("public.complaint.outcome."
                    + t.outcome().name()));
        }
        if (t.decisionNumber() != null) {
            fact(facts, "public.complaint.track.decisionNumber", t.decisionNumber());
        }
        if (t.decidedOn() != null) {
            fact(facts, "public.complaint.track.decidedOn", t.decidedOn().toString());
        }
        if (t.reason() != null) {
            fact(facts, "public.complaint.track.reason", t.reason());
        }
        if (t.legalBasis() != null) {
            fact(facts, "public.complaint.track.legalBasis", t.legalBasis());
        }
        result.add(new H2(getTranslation("public.complaint.track.heading")), facts,
                new Paragraph(getTranslation("public.complaint.track.privacy")));
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + "：");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div row = new Div(label, new Span(value == null ? "—" : value));
        row.getElement().setAttribute("role", "listitem");
        facts.add(row);
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }
}
