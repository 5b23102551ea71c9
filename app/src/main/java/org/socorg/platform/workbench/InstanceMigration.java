package org.socorg.platform.workbench;

import java.util.List;

/**
 * What happens, or would happen in a dry run, to one running case.
 *
 * @param activeActivities where the case waits now
 * @param problems why the engine refuses to move it; empty when it can be (or was) moved
 */
public record InstanceMigration(String processInstanceId, String businessKey, List<String> activeActivities,
        boolean migrated, List<String> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
