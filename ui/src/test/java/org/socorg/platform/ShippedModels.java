package org.socorg.platform;

import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.workbench.ModelDraft;
import org.socorg.platform.workbench.Workbench;

/**
 * For the workbench ITs that deploy a changed process: the ITs share one platform, so later cases must follow the
 * shipped process again; its version 1 goes back as the next version, through the same four-eyes path.
 */
final class ShippedModels {

    private ShippedModels() {
    }

    /** A national-level analyst, as the workbench's services see one. */
    static Caller analyst(String id) {
        return new Caller(id, id, Set.of(Roles.ANALYST, "analysts"), "100000");
    }

    /** Deploys version 1 of the process again (analyst1 drafts, analyst2 approves) after the changed one. */
    static void restore(RepositoryService repository, Workbench workbench, String processKey,
            String changedDefinitionId, String comment) {
        ProcessDefinition original = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .processDefinitionVersion(1).singleResult();
        String xml = workbench.source(analyst("analyst1"), original.getId()).content();
        ModelDraft restore = workbench.createDraft(analyst("analyst1"), null, xml, changedDefinitionId);
        workbench.submit(analyst("analyst1"), restore.id());
        workbench.approve(analyst("analyst2"), restore.id(), comment);
    }
}
