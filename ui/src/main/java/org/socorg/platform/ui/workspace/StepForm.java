package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskOutcome;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.Texts;

/**
 * A user task's own form (its {@code camunda:formRef} in {@code forms/}) as the person completing the task fills it
 * in, turned into the decision the inbox takes: the {@code outcome} field (or the step's only outcome, or a hidden
 * field's fixed one), the {@code comment} field, and every other answer as the decision's data. Keys are sent as the
 * owning feature reads them: {@code data.proposedOutcome} and a group with {@code "path": "data"} both become
 * {@code proposedOutcome} in the data. A step without a form, or whose form leaves out the outcome or the comment,
 * gets a choice of the step's outcomes and a comment box of its own.
 */
final class StepForm {

    static final String OUTCOME = "outcome";
    static final String COMMENT = "comment";
    private static final String DATA_PREFIX = "data.";

    private final Texts texts;
    private final List<TaskOutcome> outcomes;
    private final FormRenderer renderer;
    private final RadioButtonGroup<String> outcome;
    private final TextArea comment;
    private final String fixedOutcome;
    private final List<Component> components = new java.util.ArrayList<>();

    @SuppressWarnings("unchecked")
    StepForm(Optional<FormDefinition> form, List<TaskOutcome> outcomes, Texts texts) {
        this.texts = texts;
        this.outcomes = outcomes;
        this.renderer = form.map(f -> new FormRenderer(f, texts)).orElse(null);
        if (renderer != null) {
            for (int i = 0; i < renderer.stepCount(); i++) {
                // a form in several groups shows each group's title above its fields, as the wizard's steps do
                if (renderer.stepCount() > 1) {
                    components.add(new H3(renderer.step(i).title()));
                }
                components.add(renderer.stepContent(i));
            }
        }
        boolean formOutcome = renderer != null && renderer.hasInput(OUTCOME);
        Object hidden = renderer == null ? null : renderer.values().get(OUTCOME);
        if (formOutcome) {
            outcome = (RadioButtonGroup<String>) renderer.component(OUTCOME);
            fixedOutcome = null;
        } else if (hidden != null || outcomes.size() == 1) {
            outcome = null;
            fixedOutcome = hidden != null ? hidden.toString() : outcomes.get(0).code();
        } else {
            outcome = new RadioButtonGroup<>(texts.get("workspace.case.outcome"));
            outcome.setItems(outcomes.stream().map(TaskOutcome::code).toList());
            outcome.setItemLabelGenerator(code -> outcomes.stream().filter(o -> o.code().equals(code)).findFirst()
                    .map(o -> texts.english() ? o.labelEn() : o.labelZh()).orElse(code));
            outcome.setId("field-outcome");
            components.add(outcome);
            fixedOutcome = null;
        }
        if (renderer != null && renderer.hasInput(COMMENT)) {
            comment = (TextArea) renderer.component(COMMENT);
        } else {
            comment = new TextArea(texts.get("workspace.case.comment"));
            comment.setId("field-comment");
            comment.setWidthFull();
            components.add(comment);
        }
    }

    /**
     * The button that completes the task with the form's decision: nothing is sent while the form has a problem;
     * disabled from the click until the server has answered, so a second click cannot complete the task twice.
     * After the inbox took it: {@code doneKey}'s message, then {@code after} (e.g. back to the list).
     */
    Button completeButton(String labelKey, String id, TaskInbox inbox, Caller caller, String taskId, String doneKey,
            Runnable after) {
        Button complete = new Button(texts.get(labelKey));
        complete.setId(id);
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setDisableOnClick(true);
        complete.addClickListener(e -> {
            try {
                decision().ifPresent(decision -> {
                    if (Ui.attempt(texts, () -> inbox.complete(caller, taskId, decision))) {
                        Ui.success(texts.get(doneKey));
                        after.run();
                    }
                });
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        return complete;
    }

    /** The form's fields, then the outcome choice and comment box the form itself does not have. */
    List<Component> components() {
        return components;
    }

    /** The form's renderer, for a view that fills a field in (e.g. the options of a panel of experts). */
    Optional<FormRenderer> renderer() {
        return Optional.ofNullable(renderer);
    }

    /**
     * The decision when the form is complete; otherwise empty, with the first problem shown at its field: no outcome
     * chosen, an outcome that needs reasons without a comment, or a field that breaks its form's rules.
     */
    Optional<TaskDecision> decision() {
        String code = outcome == null ? fixedOutcome : outcome.getValue();
        TaskOutcome chosen = outcomes.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
        if (chosen == null && outcome != null) {
            outcome.setErrorMessage(texts.get("workspace.form.required"));
            outcome.setInvalid(true);
            return Optional.empty();
        }
        if (renderer != null && renderer.firstInvalidStep().isPresent()) {
            return Optional.empty();
        }
        String text = comment.getValue();
        if (chosen != null && chosen.commentRequired() && (text == null || text.isBlank())) {
            comment.setErrorMessage(texts.get("workspace.case.commentRequired"));
            comment.setInvalid(true);
            comment.focus();
            return Optional.empty();
        }
        Map<String, Object> values = renderer == null ? Map.of() : renderer.values();
        return Optional.of(decision(code, text, values));
    }

    /** The step's name in the user's language ({@code workspace.step.<task id>}), or its BPMN name for a new step. */
    static String stepLabel(Texts texts, TaskSummary task) {
        String key = "workspace.step." + task.taskDefinitionKey();
        String text = texts.get(key);
        return text.equals(key) ? texts.pick(task.name()) : text;
    }

    /** The decision the answers of a step's form make: {@code outcome} and {@code comment} apart, the rest as data. */
    static TaskDecision decision(String outcome, String comment, Map<String, Object> values) {
        Map<String, Object> data = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!OUTCOME.equals(key) && !COMMENT.equals(key)) {
                data.put(key.startsWith(DATA_PREFIX) ? key.substring(DATA_PREFIX.length()) : key, value);
            }
        });
        return new TaskDecision(outcome, comment == null || comment.isBlank() ? null : comment, data);
    }
}
