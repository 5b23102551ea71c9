package org.socorg.platform.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
 * filters, without signing in. On a phone the grid keeps the name (a link to the organization page) and the status.
 */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class PublicQueryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int NARROW = 700;

    private final PublicQueryService query;
    private final TextField text = new TextField();
    private final Select<Optional<OrganizationType>> type = new Select<>();
    private final Select<Optional<OrganizationStatus>> status = new Select<>();
    private final Select<Optional<CreditFilter>> credit = new Select<>();
    private final TextField region = new TextField();
    private final Checkbox charity = new Checkbox();
    private final Checkbox fundraising = new Checkbox();
    private final Grid<PublicOrganizationSummary> grid = new Grid<>();
    private final Span summary = new Span();
    private final Paragraph empty = new Paragraph();
    private final List<Grid.Column<PublicOrganizationSummary>> wideOnly;

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

        grid.addColumn(new ComponentRenderer<>(o -> {
            RouterLink link = new RouterLink(o.name(), OrganizationView.class,
                    new RouteParameters("creditCode", o.creditCode()));
            Div cell = new Div(link);
            Span code = new Span(o.creditCode());
            code.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(code);
            cell.getStyle().set("white-space", "normal");
            return cell;
        })).setHeader(getTranslation("public.column.name")).setFlexGrow(3);
        Grid.Column<PublicOrganizationSummary> typeColumn = grid
                .addColumn(o -> getTranslation("public.type." + o.type().name()))
                .setHeader(getTranslation("public.column.type")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(o -> statusBadge(o))).setHeader(getTranslation("public.column.status"))
                .setAutoWidth(true);
        Grid.Column<PublicOrganizationSummary> authority = grid
                .addColumn(PublicOrganizationSummary::registrationAuthority)
                .setHeader(getTranslation("public.column.authority")).setAutoWidth(true);
        Grid.Column<PublicOrganizationSummary> founded = grid.addColumn(PublicOrganizationSummary::foundedOn)
                .setHeader(getTranslation("public.column.founded")).setAutoWidth(true);
        wideOnly = List.of(typeColumn, authority, founded);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setPageSize(20);
        grid.setId("public-search-results");
        grid.getElement().setAttribute("aria-label", getTranslation("public.search.title"));

        empty.setText(getTranslation("public.search.empty"));
        empty.setId("public-search-empty");
        empty.setVisible(false);
        summary.setId("public-search-summary");
        summary.getElement().setAttribute("aria-live", "polite");

        add(title, new Paragraph(getTranslation("public.search.intro")), filters, search, summary, empty, grid);
        setWidthFull();
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");

        addAttachListener(attach -> {
            attach.getUI().getPage().retrieveExtendedClientDetails(details -> narrow(details.getWindowInnerWidth()));
            attach.getUI().getPage().addBrowserWindowResizeListener(resize -> narrow(resize.getWidth()));
        });
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

    private void narrow(int width) {
        wideOnly.forEach(c -> c.setVisible(width >= NARROW));
    }

    private PublicQuery current(int page, int size) {
        return new PublicQuery(text.getValue(), type.getValue().orElse(null), status.getValue().orElse(null),
                credit.getValue().orElse(null), region.getValue(), charity.getValue() ? Boolean.TRUE : null,
                fundraising.getValue() ? Boolean.TRUE : null, page, size);
    }

    private void refresh() {
        PublicSearchResult first;
        try {
            first = query.search(current(0, 20));
        } catch (PlatformException e) {
            summary.setText(getTranslation("public.search.invalid",
                    UiLanguage.english() ? e.messageEn() : e.messageZh()));
            grid.setItems(List.of());
            empty.setVisible(false);
            return;
        }
        long total = first.total();
        summary.setText(getTranslation("public.search.results", total));
        empty.setVisible(total == 0);
        grid.setVisible(total > 0);
        grid.setItems(q -> query.search(current(q.getPage(), q.getPageSize())).items().stream(), q -> (int) total);
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
