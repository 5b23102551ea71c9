package org.socorg.platform.task;

/** The facts a handler needs about the task being completed. */
public record OpenTask(String id, String taskDefinitionKey, String processDefinitionKey, String processInstanceId,
        String businessKey) {
}
