package org.socorg.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public pages, the complaint form and its tracking page included, open without signing in. */
class PublicViewAccessTest {

    static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();

    @Test
    void anyone_signed_out_files_and_follows_a_complaint() {
        for (Class<?> view : List.of(PublicQueryView.class, OrganizationView.class, CreditListsView.class,
                VerifyView.class, ComplaintView.class, ComplaintTrackView.class)) {
            assertThat(CHECKER.hasAccess(view, null, role -> false)).as(view.getSimpleName()).isTrue();
        }
        assertThat(ComplaintView.class.getAnnotation(Route.class).value()).isEqualTo("complaint");
        assertThat(ComplaintTrackView.class.getAnnotation(Route.class).value()).startsWith("complaint/track");
    }
}
