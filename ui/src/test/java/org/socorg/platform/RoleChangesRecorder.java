package org.socorg.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.socorg.platform.identity.RoleChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only listener (scanned from the test classpath) standing where the audit log will seal {@link RoleChanged}:
 * the events are published on the server's request threads, out of reach of Spring's per-thread event recording.
 */
@Component
class RoleChangesRecorder {

    private final List<RoleChanged> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(RoleChanged event) {
        events.add(event);
    }

    List<RoleChanged> about(String subject) {
        return events.stream().filter(e -> subject.equals(e.subject())).toList();
    }
}
