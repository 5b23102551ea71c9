package org.socorg.platform.task;

import java.util.List;
import java.util.Map;
import org.socorg.platform.identity.Caller;

/**
 * A feature's knowledge of its own user tasks: which outcomes each offers and what completing it means.
 * {@link #complete} runs in the same transaction as the engine's completion, so a refusal leaves nothing behind.
 */
public interface TaskCompletionHandler {

    /** The process definition key this handler serves. */
    String processDefinitionKey();

    /** Outcomes of a task, empty if the handler does not know the task. */
    List<TaskOutcome> outcomes(String taskDefinitionKey);

    /**
     * Validates the decision (throwing a {@code PlatformException} the caller can act on) and returns the process
     * variables to complete the task with.
     */
    Map<String, Object> complete(OpenTask task, Caller caller, TaskDecision decision);
}
