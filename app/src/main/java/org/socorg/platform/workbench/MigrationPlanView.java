package org.socorg.platform.workbench;

import java.util.List;

/**
 * A migration plan between two versions of a process: the engine's instructions (source activity to target
 * activity) and the source activities that no instruction maps, where running cases could not be moved.
 */
public record MigrationPlanView(String sourceDefinitionId, String targetDefinitionId,
        List<Instruction> instructions, List<String> unmappedSourceActivities) {

    public record Instruction(String sourceActivityId, String targetActivityId, boolean updateEventTrigger) {
    }
}
