package org.socorg.platform.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The shell every view sits in: title, navigation drawer, and links to the API documentation. */
class MainLayout extends AppLayout {

    MainLayout() {
        H1 title = new H1("社会组织登记管理平台");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Anchor api = new Anchor("/api-docs/ui", "API 文档 / API docs");
        api.getElement().setAttribute("router-ignore", true);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, api);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("一网通查 / Public query", PublicQueryView.class));
        addToDrawer(nav);
    }
}
