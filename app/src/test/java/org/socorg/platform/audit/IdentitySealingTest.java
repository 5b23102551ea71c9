package org.socorg.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.identity.RoleChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;

/** Role administration is sealed: each change names the administrator, the user, what changed and where. */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class IdentitySealingTest {

    @Autowired AuditLog audit;
    @Autowired ApplicationEventPublisher events;

    @Test
    void each_role_change_is_sealed_with_the_administrator_as_actor_and_a_digest_of_what_changed() {
        String subject = "sealed-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-11-22T08:30:00Z");
        long before = audit.size();

        events.publishEvent(new RoleChanged("admin-gd", subject, RoleChanged.Change.USER_CREATED,
                Set.of("reviewer", "registration-officer"), "440100", at));
        events.publishEvent(new RoleChanged("admin-gd", subject, RoleChanged.Change.AUTHORITY_CHANGED, Set.of(),
                "440300", at.plusSeconds(60)));

        assertThat(audit.size()).isEqualTo(before + 2);
        List<Map<String, Object>> trail = audit.caseTrail("user:" + subject).stream().map(AuditedEntry::fields)
                .toList();
        assertThat(trail).extracting(f -> f.get("outcome")).containsExactly("USER_CREATED", "AUTHORITY_CHANGED");
        assertThat(trail).allSatisfy(f -> {
            assertThat(f).containsEntry("kind", "identity.role-changed").containsEntry("actor", "admin-gd")
                    .containsEntry("element", subject).containsEntry("elementType", "user");
            assertThat(f).doesNotContainKey("ref");
        });
        assertThat(trail.get(0)).containsEntry("time", at.toString());
        // roles in a fixed order, so the same change always gives the same digest
        String expected = Json.canonical(Map.of("subject", subject, "change", "USER_CREATED",
                "roles", List.of("registration-officer", "reviewer"), "divisionCode", "440100"));
        assertThat(trail.get(0).get("data")).isEqualTo(Hex.encode(HashAlgorithm.SM3.hash(expected)));
        // nothing in the platform's database to reconcile against: reconciliation passes over them
        List<Long> seqs = audit.caseTrail("user:" + subject).stream().map(AuditedEntry::seq).toList();
        assertThat(audit.reconcile().mismatches()).noneMatch(m -> seqs.contains(m.seq()));
    }
}
