package org.socorg.platform.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.socorg.platform.disclosure.CreditFilter;
import org.socorg.platform.disclosure.PublicOrganizationSummary;
import org.socorg.platform.disclosure.PublicQuery;
import org.socorg.platform.disclosure.PublicQueryService;
import org.socorg.platform.disclosure.PublicSearchResult;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.shared.PlatformException;

/**
 * 一网通查: anyone searches registered organizations by a fragment of the name or the code, with the public query's
 * filters, without signing in. Results are cards (one column on a phone), each name a link to its page.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class PublicQueryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int PAGE_SIZE = 20;

    private final PublicQueryService query;
    private final TextField text = new TextField();
    private final Select<Optional<OrganizationType>> type = new Select<>();
    private final Select<Optional<OrganizationStatus>> status = new Select<>();
    private final Select<Optional<CreditFilter>> credit = new Select<>();
    private final TextField region = new TextField();
    private final Checkbox charity = new Checkbox();
    private final Checkbox fundraising = new Checkbox();
    private final Div results = new Div();
    private final Button previous = new Button(getTranslation("public.search.previous"));
    private final Button next = new Button(getTranslation("public.search.next"));
    private final Span pageLabel = new Span();
    private int page;
    private final Span summary = new Span();
    private final Paragraph empty = new Paragraph();

    PublicQueryView(PublicQueryService query) {
        this.query = query;
        H1 title = new H1(getTranslation("public.search.title"));
        title.addClassName("public-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");

        text.setLabel(getTranslation("public.search.text"));
        text.setHelperText(getTranslation("public.search.text.helper"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        text.setId("public-search-text");
        text.addKeyPressListener(Key.ENTER, e -> refresh());
        options(type, "public.search.type", OrganizationType.values(), t -> getTranslation("public.type." + t.name()));
        options(status, "public.search.status", OrganizationStatus.values(),
                s -> getTranslation("public.status." + s.name()));
        options(credit, "public.search.credit", CreditFilter.values(),
                c -> getTranslation("public.credit." + c.name()));
        region.setLabel(getTranslation("public.search.region"));
        region.setHelperText(getTranslation("public.search.region.helper"));
        region.setAllowedCharPattern("[0-9]");
        region.setMaxLength(6);
        charity.setLabel(getTranslation("public.search.charity"));
        fundraising.setLabel(getTranslation("public.search.fundraising"));
        Button search = new Button(getTranslation("public.search.submit"), VaadinIcon.SEARCH.create(),
                e -> refresh());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("public-search-submit");

        FormLayout filters = new FormLayout(text, type, status, credit, region, charity, fundraising);
        filters.setColspan(text, 2);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2), new FormLayout.ResponsiveStep("1000px", 4));

        results.setId("public-search-results");
        results.getElement().setAttribute("role", "list");
        results.getElement().setAttribute("aria-label", getTranslation("public.search.title"));
        results.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)").set("width", "100%")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 340px), 1fr))");
        previous.addClickListener(e -> show(page - 1));
        next.addClickListener(e -> show(page + 1));
        previous.setId("public-search-previous");
        next.setId("public-search-next");
        HorizontalLayout pager = new HorizontalLayout(previous, pageLabel, next);
        pager.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        empty.setText(getTranslation("public.search.empty"));
        empty.setId("public-search-empty");
        empty.setVisible(false);
        summary.setId("public-search-summary");
        summary.getElement().setAttribute("aria-live", "polite");

        RouterLink complaint = new RouterLink(getTranslation("public.complaint.link"), ComplaintView.class);
        complaint.setId("public-complaint-link");
        RouterLink track = new RouterLink(getTranslation("public.complaint.track.link"), ComplaintTrackView.class);
        HorizontalLayout report = new HorizontalLayout(complaint, track);
        report.getStyle().set("flex-wrap", "wrap");
        add(title, new Paragraph(getTranslation("public.search.intro")), filters, search, summary, empty, results,
                pager, report);
        setWidthFull();
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.nav.search");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(text::setValue);
        refresh();
    }

    private PublicQuery current(int page, int size) {
        return new PublicQuery(text.getValue(), type.getValue().orElse(null), status.getValue().orElse(null),
                credit.getValue().orElse(null), region.getValue(), charity.getValue() ? Boolean.TRUE : null,
                fundraising.getValue() ? Boolean.TRUE : null, page, size);
    }

    private void refresh() {
        show(0);
    }

    /** Shows one page of results as cards: readable on a phone, one list for screen readers. */
    private void show(int requested) {
        PublicSearchResult found;
        try {
            found = query.search(current(Math.max(0, requested), PAGE_SIZE));
        } catch (PlatformException e) {
            summary.setText(getTranslation("public.search.invalid",
                    UiLanguage.english() ? e.messageEn() : e.messageZh()));
            results.removeAll();
            empty.setVisible(false);
            previous.setVisible(false);
            next.setVisible(false);
            pageLabel.setVisible(false);
            return;
        }
        page = found.page();
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        summary.setText(getTranslation("public.search.results", found.total()));
        empty.setVisible(found.total() == 0);
        results.removeAll();
        found.items().forEach(o -> results.add(card(o)));
        boolean paged = pages > 1;
        previous.setVisible(paged);
        next.setVisible(paged);
        pageLabel.setVisible(paged);
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
        pageLabel.setText(getTranslation("public.search.page", page + 1, pages));
    }

    private Div card(PublicOrganizationSummary o) {
        Div card = new Div();
        card.getElement().setAttribute("role", "listitem");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere");
        RouterLink link = new RouterLink(o.name(), OrganizationView.class,
                new RouteParameters("creditCode", o.creditCode()));
        link.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Div code = new Div(new Span(getTranslation("public.column.code") + "："), new Span(o.creditCode()));
        Div facts = new Div(new Span(getTranslation("public.type." + o.type().name()) + " · "
                + o.registrationAuthority() + " · " + getTranslation("public.column.founded") + " " + o.foundedOn()));
        card.add(new Div(link), code, facts, statusBadge(o));
        return card;
    }

    private Span statusBadge(PublicOrganizationSummary o) {
        Span badge = new Span(new Text(getTranslation("public.status." + o.status().name())));
        badge.getElement().getThemeList().add(o.status() == OrganizationStatus.ACTIVE ? "badge success" : "badge");
        Span wrapper = new Span(badge);
        o.creditListsInForce().forEach(list -> {
            Span listed = new Span(getTranslation("public.credit." + list.name()));
            listed.getElement().getThemeList().add("badge error");
            listed.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            wrapper.add(listed);
        });
        return wrapper;
    }

    private <T> void options(Select<Optional<T>> select, String label, T[] values,
            java.util.function.Function<T, String> caption) {
        select.setLabel(getTranslation(label));
        List<Optional<T>> items = new java.util.ArrayList<>();
        items.add(Optional.empty());
        Arrays.stream(values).map(Optional::of).forEach(items::add);
        select.setItems(items);
        select.setItemLabelGenerator(v -> v.map(caption).orElse(getTranslation("public.search.any")));
        select.setValue(Optional.empty());
    }
}
