package org.socorg.platform.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.ui.forms.Texts;

/**
 * Who may open the dashboard (Vaadin's check of the view's {@code @RolesAllowed}; the service refuses the same
 * callers again, tested in the app module's {@code DashboardServiceTest}), and the province tile grid.
 */
class DashboardViewAccessTest {

    static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();
    static final Principal SOMEONE = () -> "someone";

    private static boolean mayOpen(Set<String> roles) {
        return CHECKER.hasAccess(DashboardView.class, roles.isEmpty() ? null : SOMEONE, roles::contains);
    }

    @Test
    void officials_directors_supervisors_enforcement_officers_and_auditors_open_the_dashboard() {
        for (String role : List.of(Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR, Roles.SUPERVISOR,
                Roles.ENFORCEMENT_OFFICER, Roles.AUDITOR)) {
            assertThat(mayOpen(Set.of(role))).as(role).isTrue();
        }
    }

    @Test
    void nobody_signed_out_and_no_applicant_expert_analyst_or_administrator_opens_it() {
        assertThat(mayOpen(Set.of())).isFalse();
        for (String role : List.of(Roles.APPLICANT, Roles.EXPERT, Roles.ANALYST, Roles.ADMINISTRATOR)) {
            assertThat(mayOpen(Set.of(role))).as(role).isFalse();
        }
    }

    @Test
    void the_tile_grid_places_each_provincial_authority_and_the_ministry_in_a_cell_of_its_own_with_a_label() {
        assertThat(DashboardView.TILES).hasSize(32);
        Set<Integer> cells = new HashSet<>();
        DashboardView.TILES.values().forEach(xy -> {
            assertThat(xy[0]).isBetween(0, 7);
            assertThat(xy[1]).isBetween(0, 7);
            assertThat(cells.add(xy[0] * 8 + xy[1])).as("cell %d,%d taken twice", xy[0], xy[1]).isTrue();
        });
        for (Texts texts : List.of(Texts.of(Texts.CHINESE), Texts.of(java.util.Locale.ENGLISH))) {
            for (String code : DashboardView.TILES.keySet()) {
                assertThat(texts.get("dashboard.province." + code)).isNotEqualTo("dashboard.province." + code);
                assertThat(texts.get("dashboard.province.short." + code))
                        .isNotEqualTo("dashboard.province.short." + code);
            }
        }
    }

    @Test
    void the_table_alternative_has_a_caption_column_headers_and_row_headers() {
        var table = DashboardView.table("x", "标题", List.of("业务", "办理中"), List.of(List.of("成立登记", "3")));
        assertThat(table.getId()).hasValue("chart-x-table");
        var element = table.getElement().getChild(0);
        assertThat(element.getTag()).isEqualTo("table");
        assertThat(element.getChild(0).getText()).isEqualTo("标题");
        var headerCell = element.getChild(1).getChild(0).getChild(0);
        assertThat(headerCell.getTag()).isEqualTo("th");
        assertThat(headerCell.getAttribute("scope")).isEqualTo("col");
        var firstRow = element.getChild(2).getChild(0);
        assertThat(firstRow.getChild(0).getAttribute("scope")).isEqualTo("row");
        assertThat(firstRow.getChild(1).getText()).isEqualTo("3");
    }
}
