package org.socorg.platform.ui.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.forms.FormDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The form of a user task: the {@code camunda:formRef} of the task in its BPMN model, read from {@code forms/}. */
@Component
class TaskForms {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final Map<String, FormDefinition> byId = new HashMap<>();
    private final Map<String, Optional<String>> formRefs = new ConcurrentHashMap<>();

    TaskForms(@Lazy RepositoryService repository, @Lazy RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                try (InputStream in = r.getInputStream()) {
                    FormDefinition form = FormDefinition.parse(in);
                    byId.put(form.id(), form);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the forms on the classpath cannot be read", e);
        }
    }

    /** A deployed form by its id, as read once at start-up. */
    Optional<FormDefinition> byId(String formId) {
        return Optional.ofNullable(byId.get(formId));
    }

    Optional<FormDefinition> formOf(TaskSummary task) {
        String key = task.processInstanceId() + "/" + task.taskDefinitionKey();
        return formRefs.computeIfAbsent(key, k -> {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(task.processInstanceId()).singleResult();
            if (instance == null) {
                return Optional.empty();
            }
            UserTask userTask = repository.getBpmnModelInstance(instance.getProcessDefinitionId())
                    .getModelElementById(task.taskDefinitionKey());
            return Optional.ofNullable(userTask == null ? null : userTask.getCamundaFormRef());
        }).map(byId::get);
    }
}
