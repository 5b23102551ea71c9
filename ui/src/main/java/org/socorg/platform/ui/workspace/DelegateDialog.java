package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.forms.Texts;

/**
 * 转办: hands a task the official holds to a named colleague. The platform checks the colleague (same authority,
 * offered the step); its refusal is shown in the dialog's language and the dialog stays open to correct the name.
 */
final class DelegateDialog {

    private DelegateDialog() {
    }

    static void open(Texts texts, TaskInbox inbox, Caller caller, TaskSummary task, Runnable afterDelegation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.get("workspace.delegate.title"));
        TextField to = new TextField(texts.get("workspace.delegate.to"));
        to.setId("delegate-to");
        to.setHelperText(texts.get("workspace.delegate.toHelp"));
        to.setRequiredIndicatorVisible(true);
        to.setMaxLength(100);
        to.setValueChangeMode(ValueChangeMode.EAGER);
        to.addValueChangeListener(e -> to.setInvalid(false));
        TextArea reason = new TextArea(texts.get("workspace.delegate.reason"));
        reason.setId("delegate-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        dialog.add(to, reason);
        Button confirm = new Button(texts.get("workspace.delegate.confirm"), e -> {
            if (to.getValue() == null || to.getValue().isBlank()) {
                to.setErrorMessage(texts.get("workspace.delegate.toRequired"));
                to.setInvalid(true);
                to.focus();
                return;
            }
            if (Ui.attempt(texts, () -> inbox.delegate(caller, task.id(), to.getValue().strip(), reason.getValue()))) {
                Ui.success(texts.get("workspace.delegate.done", to.getValue().strip()));
                dialog.close();
                afterDelegation.run();
            }
        });
        confirm.setId("delegate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.get("workspace.close"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        to.focus();
    }
}
