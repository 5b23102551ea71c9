package org.socorg.platform.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socorg.platform.identity.Roles;

/**
 * Only analysts open the workbench and its editors (Vaadin's own check of the views' {@code @RolesAllowed}); the
 * services refuse everyone else again ({@code Workbench.requireAnalyst}, tested in the app module).
 */
class WorkbenchViewAccessTest {

    static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();
    static final Principal SOMEONE = () -> "someone";
    static final List<Class<?>> VIEWS = List.of(WorkbenchView.class, ModelEditorView.class);

    private static boolean mayOpen(Class<?> view, Set<String> roles) {
        return CHECKER.hasAccess(view, roles.isEmpty() ? null : SOMEONE, roles::contains);
    }

    @Test
    void an_analyst_opens_the_workbench_and_the_editor() {
        VIEWS.forEach(v -> assertThat(mayOpen(v, Set.of(Roles.ANALYST))).as(v.getSimpleName()).isTrue());
    }

    @Test
    void nobody_signed_out_opens_the_workbench() {
        VIEWS.forEach(v -> assertThat(mayOpen(v, Set.of())).as(v.getSimpleName()).isFalse());
    }

    @Test
    void every_other_role_is_refused_the_workbench_and_the_editor() {
        for (String role : List.of(Roles.APPLICANT, Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR,
                Roles.SUPERVISOR, Roles.ENFORCEMENT_OFFICER, Roles.EXPERT, Roles.AUDITOR, Roles.ADMINISTRATOR)) {
            VIEWS.forEach(v -> assertThat(mayOpen(v, Set.of(role))).as(role + " " + v.getSimpleName()).isFalse());
        }
    }
}
