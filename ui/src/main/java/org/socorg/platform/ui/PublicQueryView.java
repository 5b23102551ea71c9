package org.socorg.platform.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationQuery;
import org.socorg.platform.organization.OrganizationRegistry;

/** 一网通查: anyone may search registered organizations by name or code, without signing in. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
@PageTitle("一网通查 / Public query")
class PublicQueryView extends VerticalLayout {

    private final OrganizationRegistry registry;
    private final Grid<Organization> grid = new Grid<>(Organization.class, false);
    private final TextField search = new TextField();

    PublicQueryView(OrganizationRegistry registry) {
        this.registry = registry;
        search.setPlaceholder("名称或统一社会信用代码 / Name or credit code");
        search.setWidth("32em");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(Organization::name).setHeader("名称 Name").setAutoWidth(true);
        grid.addColumn(Organization::creditCode).setHeader("统一社会信用代码 Credit code").setAutoWidth(true);
        grid.addColumn(o -> o.orgType().nameZh()).setHeader("类型 Type");
        grid.addColumn(Organization::status).setHeader("状态 Status");
        grid.addColumn(Organization::registrationAuthority).setHeader("登记管理机关 Authority");
        grid.addColumn(Organization::foundedOn).setHeader("成立日期 Founded");

        add(new H2("一网通查 / Public query"),
                new Paragraph("查询已登记的社会组织，无需登录。/ Search registered social organizations; no sign-in needed."),
                search, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        String text = search.getValue() == null ? null : search.getValue().trim();
        grid.setItems(registry.search(new OrganizationQuery(text, null, null, null, 0, 100)));
    }
}
