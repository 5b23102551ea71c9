package org.socorg.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.disclosure.PublicCreditListing;
import org.socorg.platform.disclosure.PublicQueryService;
import org.socorg.platform.shared.PlatformException;

/** The public lists of abnormal-activity and seriously dishonest organizations (listings in force), by region. */
@Route(value = "credit-lists", layout = MainLayout.class)
@AnonymousAllowed
class CreditListsView extends VerticalLayout implements HasDynamicTitle {

    private final PublicQueryService query;
    private final TextField region = new TextField();
    private final List<Runnable> refreshers = new ArrayList<>();

    CreditListsView(PublicQueryService query) {
        this.query = query;
        region.setLabel(getTranslation("public.search.region"));
        region.setHelperText(getTranslation("public.search.region.helper"));
        region.setAllowedCharPattern("[0-9]");
        region.setMaxLength(6);
        region.setValueChangeMode(ValueChangeMode.LAZY);
        region.addValueChangeListener(e -> refreshers.forEach(Runnable::run));
        // not Vaadin's TabSheet: axe flags its shadow-DOM tabs (aria-required-children, critical); see AccessibleTabs
        AccessibleTabs tabs = new AccessibleTabs("credit-lists", getTranslation("public.lists.title"));
        for (CreditList list : CreditList.values()) {
            tabs.add(getTranslation("public.credit." + list.name()), list(list));
        }
        add(new H1(getTranslation("public.lists.title")), new Paragraph(getTranslation("public.lists.intro")),
                region, tabs);
        setMaxWidth("1200px");
        setWidthFull();
        getStyle().set("margin", "0 auto");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.lists.title");
    }

    private Component list(CreditList list) {
        Grid<PublicCreditListing> grid = new Grid<>();
        grid.addColumn(new ComponentRenderer<>(l -> new RouterLink(l.name() == null ? l.creditCode() : l.name(),
                OrganizationView.class, new RouteParameters("creditCode", l.creditCode()))))
                .setHeader(getTranslation("public.column.name")).setFlexGrow(2);
        grid.addColumn(PublicCreditListing::creditCode).setHeader(getTranslation("public.column.code"))
                .setAutoWidth(true);
        grid.addColumn(PublicCreditListing::reason).setHeader(getTranslation("public.column.reason")).setFlexGrow(2);
        grid.addColumn(PublicCreditListing::listedOn).setHeader(getTranslation("public.column.listed-on"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("public.credit." + list.name()));
        Paragraph empty = new Paragraph(getTranslation("public.lists.empty"));
        Runnable refresh = () -> {
            List<PublicCreditListing> rows;
            try {
                rows = query.creditList(list, region.getValue(), 0, 100);
            } catch (PlatformException e) {
                rows = List.of();
            }
            grid.setItems(rows);
            grid.setVisible(!rows.isEmpty());
            empty.setVisible(rows.isEmpty());
        };
        refreshers.add(refresh);
        refresh.run();
        VerticalLayout tab = new VerticalLayout(empty, grid);
        tab.setPadding(false);
        return tab;
    }
}
