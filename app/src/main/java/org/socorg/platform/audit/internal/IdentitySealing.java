package org.socorg.platform.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.identity.RoleChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seals role administration: who created, disabled, granted, revoked or moved whom. The change itself lives in
 * Keycloak, outside the platform's database, so the entry has no source to reconcile against ({@code ref} null); it
 * is sealed in a transaction of its own right after Keycloak accepted the change.
 */
@Component
class IdentitySealing {

    static final String KIND = "identity.role-changed";

    private final LogAppender appender;

    IdentitySealing(LogAppender appender) {
        this.appender = appender;
    }

    @EventListener
    void on(RoleChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subject", changed.subject());
        data.put("change", changed.change().name());
        data.put("roles", new TreeSet<>(changed.roles()).stream().toList());
        data.put("divisionCode", changed.divisionCode());
        appender.add(new AuditRecord(KIND, changed.actor(), changed.at(), null, null, "user:" + changed.subject(),
                changed.subject(), "user", changed.change().name(), null, data));
    }
}
