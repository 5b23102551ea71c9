package org.socorg.platform.audit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.workbench.CaseMigrated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seals each running case an analyst moved to another process version: who, which case, from which version to
 * which, where it waited and the mapping used. The engine's own history has no migration step to seal (it only
 * rewrites the case's version), so the workbench announces it; the entry is written in the migration's own
 * transaction, so a case the engine refused, or a dry run, leaves nothing. A later migration changes the case's
 * version again, so there is no source to reconcile against ({@code ref} null).
 */
@Component
class MigrationSealing {

    static final String KIND = "process.migrated";

    private final LogAppender appender;

    MigrationSealing(LogAppender appender) {
        this.appender = appender;
    }

    @EventListener
    void on(CaseMigrated migrated) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("processInstanceId", migrated.processInstanceId());
        data.put("sourceDefinitionId", migrated.sourceDefinitionId());
        data.put("targetDefinitionId", migrated.targetDefinitionId());
        data.put("activeActivities", List.copyOf(migrated.activeActivities()));
        data.put("instructions", migrated.instructions().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", i.sourceActivityId());
            m.put("target", i.targetActivityId());
            m.put("updateEventTrigger", i.updateEventTrigger());
            return (Object) m;
        }).toList());
        appender.add(new AuditRecord(KIND, migrated.actor(), migrated.at(), migrated.targetVersion(),
                migrated.processInstanceId(), migrated.businessKey(), migrated.sourceVersion(), "migration",
                migrated.sourceVersion() + " → " + migrated.targetVersion(), null, data));
    }
}
