package org.socorg.platform.task;

import java.time.Instant;
import java.util.List;

/**
 * A task in someone's inbox.
 *
 * @param dueAt the statutory deadline of the case, if a clock runs for it
 * @param subject what the case is about, e.g. the proposed organization's name
 */
public record TaskSummary(String id, String name, String taskDefinitionKey, String processDefinitionKey,
        String processInstanceId, String businessKey, String assignee, Instant createdAt, Instant dueAt,
        String subject, String divisionCode, List<TaskOutcome> outcomes, String formKey) {
}
