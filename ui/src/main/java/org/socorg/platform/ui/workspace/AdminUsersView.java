package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.ManagedUser;
import org.socorg.platform.identity.RegistrationAuthority;
import org.socorg.platform.identity.NewUser;
import org.socorg.platform.identity.RoleAdministration;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;

/**
 * 用户管理: the administrator's users (their authority and those below it), through {@link RoleAdministration}:
 * create, disable, grant and revoke roles, move to another authority. Refusals (another jurisdiction) are shown as
 * the service words them.
 */
@Route(value = "workspace/admin/users", layout = MainLayout.class)
@RolesAllowed(Roles.ADMINISTRATOR)
public class AdminUsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> ROLES = List.of(Roles.APPLICANT, Roles.REGISTRATION_OFFICER, Roles.REVIEWER,
            Roles.DIRECTOR, Roles.SUPERVISOR, Roles.EXPERT, Roles.ENFORCEMENT_OFFICER, Roles.ANALYST, Roles.AUDITOR,
            Roles.ADMINISTRATOR);

    private final CurrentUser currentUser;
    private final RoleAdministration administration;
    private final Texts texts = Ui.texts();
    private final Grid<ManagedUser> grid = new Grid<>(ManagedUser.class, false);
    private final TextField search = new TextField();
    private final VerticalLayout editor = new VerticalLayout();
    private List<ManagedUser> users = List.of();
    private List<RegistrationAuthority> authorities = List.of();
    private Caller caller;

    AdminUsersView(CurrentUser currentUser, RoleAdministration administration) {
        this.currentUser = currentUser;
        this.administration = administration;
        setSizeFull();
        grid.setId("users");
        grid.getElement().setAttribute("aria-label", texts.get("workspace.admin.users"));
        grid.addColumn(ManagedUser::username).setHeader(texts.get("workspace.admin.username")).setAutoWidth(true);
        grid.addColumn(u -> join(u.lastName(), u.firstName())).setHeader(texts.get("workspace.admin.name"));
        grid.addColumn(u -> Ui.divisionLabel(texts, u.divisionCode())).setHeader(texts.get("workspace.admin.authority"));
        grid.addColumn(u -> String.join(", ", new TreeSet<>(u.roles().stream().map(this::roleLabel).toList())))
                .setHeader(texts.get("workspace.admin.roles")).setFlexGrow(2);
        grid.addComponentColumn(u -> u.enabled() ? Ui.badge(texts.get("workspace.admin.enabled"), "success")
                : Ui.badge(texts.get("workspace.admin.disabled"), "error")).setHeader(texts.get("workspace.org.status"));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        search.setPlaceholder(texts.get("workspace.admin.search"));
        search.setAriaLabel(texts.get("workspace.admin.search"));
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> filter());
        Button create = new Button(texts.get("workspace.admin.create"), e -> createDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        add(Ui.pageTitle(texts.get("workspace.admin.users")), new HorizontalLayout(search, create), grid, editor);
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.admin.users");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = currentUser.require();
        load();
    }

    private void load() {
        Ui.attempt(texts, () -> users = administration.list(caller));
        Ui.attempt(texts, () -> authorities = administration.authorities(caller));
        filter();
    }

    private void filter() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase();
        grid.setItems(users.stream().filter(u -> q.isEmpty() || u.username().contains(q)
                || join(u.lastName(), u.firstName()).toLowerCase().contains(q)).toList());
    }

    private void edit(ManagedUser user) {
        editor.removeAll();
        if (user == null) {
            return;
        }
        editor.add(new H3(texts.get("workspace.admin.editing", user.username())));
        CheckboxGroup<String> roles = new CheckboxGroup<>(texts.get("workspace.admin.roles"));
        roles.setItems(ROLES);
        roles.setItemLabelGenerator(this::roleLabel);
        roles.setValue(new HashSet<>(user.roles().stream().filter(ROLES::contains).toList()));
        Button saveRoles = new Button(texts.get("workspace.admin.saveRoles"), e -> {
            Set<String> wanted = roles.getValue();
            boolean ok = Ui.attempt(texts, () -> {
                for (String role : wanted) {
                    if (!user.roles().contains(role)) {
                        administration.grant(caller, user.username(), role);
                    }
                }
                for (String role : user.roles()) {
                    if (ROLES.contains(role) && !wanted.contains(role)) {
                        administration.revoke(caller, user.username(), role);
                    }
                }
            });
            if (ok) {
                Ui.success(texts.get("workspace.admin.saved"));
            }
            load();
            editor.removeAll();
        });
        ComboBox<RegistrationAuthority> division = authorityPicker(user.divisionCode());
        division.setId("move-authority");
        Button move = new Button(texts.get("workspace.admin.move"), e -> {
            if (division.getValue() == null) {
                division.setInvalid(true);
                division.setErrorMessage(texts.get("workspace.form.required"));
                return;
            }
            if (Ui.attempt(texts, () -> administration.move(caller, user.username(),
                    division.getValue().divisionCode()))) {
                Ui.success(texts.get("workspace.admin.saved"));
                load();
                editor.removeAll();
            }
        });
        Button disable = new Button(texts.get("workspace.admin.disable"), e -> {
            if (Ui.attempt(texts, () -> administration.disable(caller, user.username()))) {
                Ui.success(texts.get("workspace.admin.saved"));
                load();
                editor.removeAll();
            }
        });
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.setEnabled(user.enabled());
        editor.add(roles, saveRoles, new HorizontalLayout(division, move), disable);
    }

    private void createDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.get("workspace.admin.create"));
        TextField username = new TextField(texts.get("workspace.admin.username"));
        username.setRequired(true);
        username.setPattern("[a-z0-9][a-z0-9._-]*");
        username.setHelperText(texts.get("workspace.admin.usernameHelp"));
        TextField lastName = new TextField(texts.get("workspace.admin.lastName"));
        TextField firstName = new TextField(texts.get("workspace.admin.firstName"));
        EmailField email = new EmailField(texts.get("workspace.admin.email"));
        ComboBox<RegistrationAuthority> division = authorityPicker(caller.divisionCode());
        division.setId("create-authority");
        CheckboxGroup<String> roles = new CheckboxGroup<>(texts.get("workspace.admin.roles"));
        roles.setItems(ROLES);
        roles.setItemLabelGenerator(this::roleLabel);
        PasswordField password = new PasswordField(texts.get("workspace.admin.initialPassword"));
        password.setHelperText(texts.get("workspace.admin.passwordHelp"));
        password.setMinLength(8);
        FormLayout form = new FormLayout(username, lastName, firstName, email, division, password, roles);
        dialog.add(form);
        Button save = new Button(texts.get("workspace.admin.create"), e -> {
            NewUser user = new NewUser(username.getValue().strip(), blank(firstName.getValue()),
                    blank(lastName.getValue()), blank(email.getValue()),
                    division.getValue() == null ? null : division.getValue().divisionCode(), roles.getValue(),
                    blank(password.getValue()));
            if (Ui.attempt(texts, () -> administration.create(caller, user))) {
                Ui.success(texts.get("workspace.admin.saved"));
                dialog.close();
                load();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(texts.get("workspace.close"), e -> dialog.close()), save);
        dialog.open();
    }

    /**
     * The authorities of the administrator's jurisdiction, by name (typing part of a name or code finds one), with
     * {@code current} chosen.
     */
    private ComboBox<RegistrationAuthority> authorityPicker(String current) {
        ComboBox<RegistrationAuthority> picker = new ComboBox<>(texts.get("workspace.admin.authority"));
        picker.setItems((item, filter) -> item.label(false).contains(filter) || item.label(true).toLowerCase()
                .contains(filter.toLowerCase()), authorities);
        picker.setItemLabelGenerator(a -> a.label(texts.english()));
        picker.setHelperText(texts.get("workspace.admin.authorityHelp"));
        picker.setWidth("22em");
        authorities.stream().filter(a -> a.divisionCode().equals(current)).findFirst().ifPresent(picker::setValue);
        return picker;
    }

    private String roleLabel(String role) {
        String key = "workspace.role." + role;
        String text = texts.get(key);
        return text.equals(key) ? role : text;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + (b == null ? "" : b);
    }
}
