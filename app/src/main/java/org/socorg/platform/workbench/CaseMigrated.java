package org.socorg.platform.workbench;

import java.time.Instant;
import java.util.List;

/**
 * A running case was moved to another version of its process. Published inside the migration's own transaction
 * so the audit log seals it with the move (and not when the engine refused it, or in a dry run); the audit module
 * listens, the workbench does not know it.
 *
 * @param actor            the analyst who migrated it
 * @param sourceVersion    {@code key:version} the case ran on
 * @param targetVersion    {@code key:version} it runs on now
 * @param activeActivities where the case waited when it was moved
 * @param instructions     the mapping it was moved with
 */
public record CaseMigrated(String actor, String processInstanceId, String businessKey, String sourceDefinitionId,
        String sourceVersion, String targetDefinitionId, String targetVersion, List<String> activeActivities,
        List<MigrationPlanView.Instruction> instructions, Instant at) {

    public CaseMigrated {
        activeActivities = List.copyOf(activeActivities);
        instructions = List.copyOf(instructions);
    }
}
