package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskComment;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.Texts;

/**
 * An applicant's task that no filing wizard answers (a corrected annual report, a corrected fundraising plan, the
 * closing report of a fundraising): the authority's last words on the case, then the step's own form, filled in with
 * what was filed before so only the corrections need typing. Only the person the task is assigned to sees it;
 * anyone else gets "not found", as the inbox decides.
 */
@Route(value = "workspace/task", layout = MainLayout.class)
@RolesAllowed(Roles.APPLICANT)
public class TaskFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final TaskInbox inbox;
    private final TaskForms taskForms;
    private final FiledAnswers filedAnswers;
    private final Texts texts = Ui.texts();

    TaskFormView(CurrentUser currentUser, TaskInbox inbox, TaskForms taskForms, FiledAnswers filedAnswers) {
        this.currentUser = currentUser;
        this.inbox = inbox;
        this.taskForms = taskForms;
        this.filedAnswers = filedAnswers;
        setMaxWidth("60em");
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.task.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        Caller caller = currentUser.require();
        TaskSummary task;
        try {
            task = inbox.get(caller, taskId);
        } catch (PlatformException notYours) {
            Div refused = new Div(Ui.empty(texts.get("workspace.task.notFound")));
            refused.setId("task-not-found");
            add(Ui.pageTitle(texts.get("workspace.task.title")), refused, backHome());
            return;
        }
        add(Ui.pageTitle(StepForm.stepLabel(texts, task)));
        if (task.subject() != null) {
            add(Ui.note(task.subject()));
        }
        List<TaskComment> comments = inbox.comments(caller, taskId);
        if (!comments.isEmpty()) {
            add(Supplements.banner(texts, comments.get(comments.size() - 1).message()));
        }
        StepForm form = new StepForm(taskForms.formOf(task), task.outcomes(), texts);
        filedAnswers.of(caller, task).ifPresent(filed -> form.renderer().ifPresent(r -> prefill(r, filed.values())));
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        form.components().forEach(fields::add);
        add(fields);
        Button submit = form.completeButton("workspace.task.submit", "task-submit", inbox, caller, task.id(),
                "workspace.task.submitted", () -> getUI().ifPresent(ui -> ui.navigate(ApplicantHomeView.class)));
        add(new HorizontalLayout(submit, backHome()));
    }

    /** What was filed, at the fields of the same name (under {@code data.} where the form nests its answers). */
    static void prefill(FormRenderer form, Map<String, Object> filed) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        filed.forEach((key, value) -> {
            if (form.hasInput(key)) {
                values.put(key, value);
            } else if (form.hasInput("data." + key)) {
                values.put("data." + key, value);
            }
        });
        form.setValues(values);
    }

    private Button backHome() {
        Button back = new Button(texts.get("workspace.task.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(ApplicantHomeView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return back;
    }
}
