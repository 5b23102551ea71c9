package org.socorg.platform.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.ui.workbench.MigrationView;
import org.socorg.platform.ui.workbench.ReviewQueueView;
import org.socorg.platform.ui.workspace.AdminUsersView;
import org.socorg.platform.ui.workspace.ApplicantHomeView;
import org.socorg.platform.ui.workspace.CalendarView;
import org.socorg.platform.ui.workspace.DashboardView;
import org.socorg.platform.ui.workspace.EstablishmentWizardView;
import org.socorg.platform.ui.workspace.InboxView;
import org.socorg.platform.ui.workspace.NoticesView;
import org.socorg.platform.task.InboxNotices;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import org.socorg.platform.ui.workbench.WorkbenchView;
import java.util.Set;

/**
 * The shell every view sits in: title, navigation drawer, links to the API documentation, and sign-in / sign-out
 * (at Keycloak; signing out ends the Keycloak session too).
 */
// Lumo's badge and utility styles are not loaded by default: without them every status badge (存续, 未读, overdue)
// was plain text, and the LumoUtility classes the views set (the receipt's green box, the header's phone rules) did
// nothing
@JsModule("@vaadin/vaadin-lumo-styles/badge-global.js")
@JsModule("@vaadin/vaadin-lumo-styles/utility-global.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String PLATFORM_NAME = "社会组织登记管理平台";
    static final String PLATFORM_SHORT_NAME = "社会组织";

    private final CurrentUser currentUser;
    private final InboxNotices notices;
    private final Span unread = new Span();
    private RouterLink bell;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, InboxNotices notices) {
        this.currentUser = currentUser;
        this.notices = notices;
        // the platform's name, not a heading: each page's own title is its single h1. A phone shows the short name
        // (社会组织), which fits beside the buttons; the full one would shrink to an ellipsis there.
        Span fullName = new Span(PLATFORM_NAME);
        fullName.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Medium.INLINE);
        Span shortName = new Span(PLATFORM_SHORT_NAME);
        shortName.addClassNames(LumoUtility.Display.INLINE, LumoUtility.Display.Breakpoint.Medium.HIDDEN);
        shortName.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(fullName, shortName);
        title.setId("platform-name");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.NONE,
                LumoUtility.Whitespace.NOWRAP, LumoUtility.Overflow.HIDDEN, LumoUtility.TextOverflow.ELLIPSIS);
        title.getStyle().set("min-width", "0");
        title.getElement().setAttribute("title", PLATFORM_NAME);
        Anchor api = new Anchor("/api-docs/ui", "API 文档 / API docs");
        api.getElement().setAttribute("router-ignore", true);
        // developers' link: not needed on a phone's narrow header
        api.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Medium.FLEX,
                LumoUtility.Whitespace.NOWRAP);
        // the language switch names the other language; the session keeps the choice (UiLanguage)
        Button language = new Button(getTranslation("public.language.switch"), click -> UiLanguage.toggle());
        language.setAriaLabel(getTranslation("public.language.label") + ": " + getTranslation("public.language.switch"));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, api, language);
        currentUser.get().ifPresentOrElse(
                (Caller caller) -> header.add(bell(), nameOnWideScreens(new Span(caller.displayName())),
                        signOut(authentication)),
                () -> {
                    Anchor signIn = new Anchor("/oauth2/authorization/keycloak", "登录 / Sign in");
                    signIn.getElement().setAttribute("router-ignore", true);
                    signIn.addClassNames(LumoUtility.Whitespace.NOWRAP);
                    header.add(signIn);
                });
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        header.getElement().setAttribute("role", "banner");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("public.nav.search"), PublicQueryView.class));
        nav.addItem(new SideNavItem(getTranslation("public.nav.credit-lists"), CreditListsView.class));
        nav.addItem(new SideNavItem(getTranslation("public.nav.complaint"), ComplaintView.class));
        nav.addItem(new SideNavItem(getTranslation("public.nav.complaint-track"), ComplaintTrackView.class));
        currentUser.get().ifPresent(caller -> workspaceItems(nav, caller));
        nav.getElement().setAttribute("aria-label", getTranslation("public.nav.label"));
        addToDrawer(nav);
    }

    /** The bell: the signed-in user's notices, with the number unread (counted again after each navigation). */
    private RouterLink bell() {
        bell = new RouterLink("", NoticesView.class);
        bell.setId("notices-bell");
        bell.add(VaadinIcon.BELL_O.create(), unread);
        unread.setId("notices-unread");
        unread.getElement().getThemeList().add("badge error pill small");
        unread.getStyle().set("margin-inline-start", "2px");
        bell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Whitespace.NOWRAP);
        return bell;
    }

    /** Counts the user's unread notices again: after every navigation, and when the notices page marks some read. */
    public void refreshNotices() {
        if (bell == null) {
            return;
        }
        currentUser.get().ifPresent(caller -> {
            int count = notices.unread(caller);
            unread.setText(count > 99 ? "99+" : String.valueOf(count));
            unread.setVisible(count > 0);
            Texts texts = Texts.of(getLocale());
            String label = count == 0 ? texts.get("workspace.notices.bell")
                    : texts.get("workspace.notices.bellUnread", count);
            bell.getElement().setAttribute("aria-label", label);
            bell.getElement().setAttribute("title", label);
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshNotices();
    }

    /**
     * The routed page is the main landmark (vaadin-app-layout's content area has no role of its own), so screen
     * readers jump past the header and the drawer straight to it.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /** The signed-in workspace's entries, by role (the views check the role again). */
    private static void workspaceItems(SideNav nav, Caller caller) {
        Texts texts = Texts.of(com.vaadin.flow.component.UI.getCurrent() == null ? Texts.CHINESE
                : com.vaadin.flow.component.UI.getCurrent().getLocale());
        nav.addItem(new SideNavItem(texts.get("workspace.nav.notices"), NoticesView.class));
        if (caller.inGroup(Roles.APPLICANT)) {
            nav.addItem(new SideNavItem(texts.get("workspace.nav.applicant"), ApplicantHomeView.class));
            nav.addItem(new SideNavItem(texts.get("workspace.nav.newEstablishment"), EstablishmentWizardView.class));
        }
        if (caller.inAnyGroup(Set.of(Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR, Roles.SUPERVISOR,
                Roles.ENFORCEMENT_OFFICER, Roles.EXPERT))) {
            nav.addItem(new SideNavItem(texts.get("workspace.nav.inbox"), InboxView.class));
        }
        if (caller.inAnyGroup(Set.of(Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR, Roles.SUPERVISOR,
                Roles.ENFORCEMENT_OFFICER, Roles.AUDITOR))) {
            nav.addItem(new SideNavItem(texts.get("dashboard.nav"), DashboardView.class));
        }
        if (caller.inGroup(Roles.ANALYST)) {
            nav.addItem(new SideNavItem(texts.get("workbench.nav"), WorkbenchView.class));
            nav.addItem(new SideNavItem(texts.get("workbench.nav.reviews"), ReviewQueueView.class));
            nav.addItem(new SideNavItem(texts.get("workbench.nav.migrations"), MigrationView.class));
        }
        if (caller.inGroup(Roles.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem(texts.get("workspace.nav.users"), AdminUsersView.class));
            nav.addItem(new SideNavItem(texts.get("workspace.nav.calendar"), CalendarView.class));
        }
    }

    /** The user's name: on a phone the header has no room for it beside the bell and "sign out". */
    /** Sign out: the words on wide screens, the icon alone (with its words for screen readers) on a phone. */
    private static Button signOut(AuthenticationContext authentication) {
        Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.getElement().appendChild(nameOnWideScreens(new Span("退出 / Sign out")).getElement());
        signOut.setAriaLabel("退出 / Sign out");
        signOut.getElement().setAttribute("title", "退出 / Sign out");
        signOut.setId("sign-out");
        return signOut;
    }

    private static Span nameOnWideScreens(Span span) {
        span.addClassNames(LumoUtility.Whitespace.NOWRAP, LumoUtility.Display.HIDDEN,
                LumoUtility.Display.Breakpoint.Medium.FLEX);
        return span;
    }
}
