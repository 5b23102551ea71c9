package org.socorg.platform.workbench;

import java.time.Instant;

/**
 * One deployed version of a model.
 *
 * @param deployedBy the analyst whose draft it was (with {@code approvedBy} the second analyst), or {@code system}
 *        for the models the platform ships and deploys at start-up
 * @param runningInstances running process instances of this version (0 for decisions and forms)
 */
public record DeployedModel(ModelKind kind, String key, String name, String definitionId, int version,
        String resourceName, String deploymentId, Instant deployedAt, String deployedBy, String approvedBy,
        long runningInstances) {
}
