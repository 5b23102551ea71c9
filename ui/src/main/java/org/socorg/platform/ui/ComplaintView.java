package org.socorg.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.socorg.platform.complaint.ComplaintCategory;
import org.socorg.platform.complaint.ComplaintReceipt;
import org.socorg.platform.complaint.ComplaintRequest;
import org.socorg.platform.complaint.ComplaintService;
import org.socorg.platform.complaint.PublicSubmissionLimit;
import org.socorg.platform.disclosure.PublicOrganizationSummary;
import org.socorg.platform.disclosure.PublicQuery;
import org.socorg.platform.disclosure.PublicQueryService;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.shared.PlatformException;

/**
 * 投诉举报: anyone reports an organization without signing in. The organization is found by a fragment of its name
 * or its code (or, not registered at all, typed by name); what it is about, what happened, and a contact unless the
 * report is anonymous. Checked as it is typed with the API's own limits; on submission the tracking code is shown
 * once, with the page that follows it. Filing goes through the same per-address limit as the API.
 */
@Route(value = "complaint", layout = MainLayout.class)
@AnonymousAllowed
class ComplaintView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int DESCRIPTION_MIN = 10;
    static final int DESCRIPTION_MAX = 5000;

    private final ComplaintService complaints;
    private final PublicSubmissionLimit limit;
    private final PublicQueryService query;
    private final CurrentUser currentUser;
    private final ComboBox<PublicOrganizationSummary> organization = new ComboBox<>();
    private final TextField organizationName = new TextField();
    // radio buttons, not a Select: all eight are seen at once, and axe flags vaadin-select's value button
    // (aria-allowed-attr, critical)
    private final RadioButtonGroup<ComplaintCategory> category = new RadioButtonGroup<>();
    private final TextArea description = new TextArea();
    private final Checkbox anonymous = new Checkbox();
    private final TextField contact = new TextField();
    private final Div form = new Div();
    private final Div receipt = new Div();

    ComplaintView(ComplaintService complaints, PublicSubmissionLimit limit, PublicQueryService query,
            CurrentUser currentUser) {
        this.complaints = complaints;
        this.limit = limit;
        this.query = query;
        this.currentUser = currentUser;
        setMaxWidth("48em");
        getStyle().set("margin", "0 auto");
        H1 title = new H1(getTranslation("public.complaint.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");

        organization.setId("complaint-organization");
        organization.setLabel(getTranslation("public.complaint.organization"));
        organization.setHelperText(getTranslation("public.complaint.organization.helper"));
        organization.setWidthFull();
        organization.setItemLabelGenerator(o -> o.name() + " · " + o.creditCode());
        organization.setItems(q -> search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()));
        organization.addValueChangeListener(e -> {
            organizationName.setVisible(e.getValue() == null);
            validateOrganization();
        });
        organizationName.setId("complaint-organization-name");
        organizationName.setLabel(getTranslation("public.complaint.organizationName"));
        organizationName.setHelperText(getTranslation("public.complaint.organizationName.helper"));
        organizationName.setMaxLength(100);
        organizationName.setWidthFull();
        organizationName.setValueChangeMode(ValueChangeMode.EAGER);
        organizationName.addValueChangeListener(e -> validateOrganization());

        category.setId("complaint-category");
        category.setLabel(getTranslation("public.complaint.category"));
        category.setItems(ComplaintCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("public.complaint.category." + c.name()));
        category.setRequiredIndicatorVisible(true);
        category.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        category.addValueChangeListener(e -> validateCategory());

        description.setId("complaint-description");
        description.setLabel(getTranslation("public.complaint.description"));
        description.setHelperText(getTranslation("public.complaint.description.helper",
                String.valueOf(DESCRIPTION_MIN), String.valueOf(DESCRIPTION_MAX)));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(DESCRIPTION_MAX);
        description.setMinHeight("8em");
        description.setWidthFull();
        description.setValueChangeMode(ValueChangeMode.EAGER);
        description.addValueChangeListener(e -> validateDescription());

        anonymous.setId("complaint-anonymous");
        anonymous.setLabel(getTranslation("public.complaint.anonymous"));
        anonymous.addValueChangeListener(e -> {
            contact.setEnabled(!e.getValue());
            if (e.getValue()) {
                contact.clear();
            }
        });
        contact.setId("complaint-contact");
        contact.setLabel(getTranslation("public.complaint.contact"));
        contact.setHelperText(getTranslation("public.complaint.contact.helper"));
        contact.setMaxLength(200);
        contact.setWidthFull();

        Button submit = new Button(getTranslation("public.complaint.submit"), e -> submit());
        submit.setId("complaint-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph privacy = new Paragraph(getTranslation("public.complaint.privacy"));
        privacy.getStyle().set("color", "var(--lumo-secondary-text-color)");
        form.add(organization, organizationName, category, description, anonymous, contact, privacy, submit);
        receipt.setId("complaint-receipt");
        receipt.setVisible(false);
        receipt.getElement().setAttribute("role", "status");
        receipt.getElement().setAttribute("aria-live", "polite");
        RouterLink track = new RouterLink(getTranslation("public.complaint.track.link"), ComplaintTrackView.class);
        track.setId("complaint-track-link");
        add(title, new Paragraph(getTranslation("public.complaint.intro")), form, receipt, track);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.complaint.title");
    }

    /** {@code ?creditCode=} (the organization page's "report this organization") picks the organization. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> codes = event.getLocation().getQueryParameters().getParameters().getOrDefault("creditCode",
                List.of());
        if (!codes.isEmpty() && codes.get(0).matches("[0-9A-Z]{18}")) {
            query.search(PublicQuery.byText(codes.get(0))).items().stream()
                    .filter(o -> o.creditCode().equals(codes.get(0))).findFirst().ifPresent(organization::setValue);
        }
    }

    private Stream<PublicOrganizationSummary> search(String text, int offset, int max) {
        String fragment = text.strip();
        if (fragment.length() < 2) {
            return Stream.empty();
        }
        int size = Math.min(Math.max(max, 1), PublicQuery.MAX_SIZE);
        try {
            return query.search(new PublicQuery(fragment, null, null, null, null, null, null, offset / size, size))
                    .items().stream();
        } catch (PlatformException unusable) {
            return Stream.empty();
        }
    }

    private boolean validateOrganization() {
        boolean ok = organization.getValue() != null || !organizationName.getValue().isBlank();
        organizationName.setErrorMessage(ok ? null : getTranslation("public.complaint.organization.required"));
        organizationName.setInvalid(!ok);
        return ok;
    }

    private boolean validateCategory() {
        boolean ok = category.getValue() != null;
        category.setErrorMessage(ok ? null : getTranslation("public.complaint.category.required"));
        category.setInvalid(!ok);
        return ok;
    }

    private boolean validateDescription() {
        int length = description.getValue().strip().length();
        boolean ok = length >= DESCRIPTION_MIN && length <= DESCRIPTION_MAX;
        description.setErrorMessage(ok ? null : getTranslation("public.complaint.description.length",
                String.valueOf(DESCRIPTION_MIN), String.valueOf(DESCRIPTION_MAX), String.valueOf(length)));
        description.setInvalid(!ok);
        return ok;
    }

    private void submit() {
        boolean ok = validateOrganization() & validateCategory() & validateDescription();
        if (!ok) {
            return;
        }
        PublicOrganizationSummary chosen = organization.getValue();
        ComplaintRequest request = new ComplaintRequest(chosen == null ? null : chosen.creditCode(),
                chosen == null ? organizationName.getValue().strip() : null, category.getValue(),
                description.getValue().strip(), anonymous.getValue(),
                anonymous.getValue() || contact.getValue().isBlank() ? null : contact.getValue().strip());
        VaadinRequest http = VaadinRequest.getCurrent();
        String client = http == null ? null : http.getRemoteAddr();
        ComplaintReceipt filed;
        try {
            filed = limit.file(client, () -> complaints.file(currentUser.get(), request));
        } catch (PlatformException refused) {
            String message = UiLanguage.english() ? refused.messageEn() : refused.messageZh();
            Object field = refused.details().get("field");
            if ("contact".equals(field)) {
                contact.setErrorMessage(message);
                contact.setInvalid(true);
            } else if ("organizationName".equals(field) || "creditCode".equals(field)) {
                organizationName.setVisible(true);
                organizationName.setErrorMessage(message);
                organizationName.setInvalid(true);
            }
            Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.getElement().setAttribute("role", "alert");
            return;
        }
        form.setVisible(false);
        receipt.removeAll();
        Span code = new Span(filed.trackingCode());
        code.setId("complaint-tracking-code");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("font-weight", "600").set("letter-spacing", "0.05em");
        RouterLink follow = new RouterLink(getTranslation("public.complaint.track.now"), ComplaintTrackView.class,
                new RouteParameters("trackingCode", filed.trackingCode()));
        follow.setId("complaint-follow");
        receipt.add(new H2(getTranslation("public.complaint.received")),
                new Paragraph(getTranslation("public.complaint.code.label")), code,
                new Paragraph(getTranslation("public.complaint.code.keep")), follow);
        receipt.setVisible(true);
        UI.getCurrent().getPage().executeJs("window.scrollTo(0, 0)");
    }
}
