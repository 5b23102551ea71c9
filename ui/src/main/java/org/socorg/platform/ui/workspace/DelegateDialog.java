package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.socorg.platform.ui.forms.Texts;

/**
 * 转办: hands a task the official holds to a colleague, chosen by name from the people of the case's authority who
 * handle the step ({@link TaskInbox#delegationCandidates}). When the sign-on service cannot list them, the colleague's
 * user name is typed instead. The platform checks the colleague again on delegating; its refusal is shown in the
 * dialog's language and the dialog stays open.
 */
final class DelegateDialog {

    private DelegateDialog() {
    }

    /** The colleague chosen (their user name, and the name the confirmation shows), or null when none is. */
    private record Choice(Component field, Supplier<String> username, Supplier<String> shownName) {
    }

    static void open(Texts texts, TaskInbox inbox, Caller caller, TaskSummary task, Runnable afterDelegation) {
        List<Caller> colleagues;
        try {
            colleagues = inbox.delegationCandidates(caller, task.id());
        } catch (PlatformException refusal) {
            if (refusal.kind() != PlatformException.Kind.UNAVAILABLE) {
                Ui.error(Ui.message(texts, refusal));
                return;
            }
            colleagues = null;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.get("workspace.delegate.title"));
        TextArea reason = new TextArea(texts.get("workspace.delegate.reason"));
        reason.setId("delegate-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Button cancel = new Button(texts.get("workspace.close"), e -> dialog.close());
        if (colleagues != null && colleagues.isEmpty()) {
            var none = Ui.empty(texts.get("workspace.delegate.none"));
            none.setId("delegate-none");
            dialog.add(none);
            dialog.getFooter().add(cancel);
            dialog.open();
            cancel.focus();
            return;
        }
        boolean typedName = colleagues == null;
        Choice choice = typedName ? typed(texts) : picked(texts, colleagues);
        if (typedName) {
            dialog.add(Ui.note(texts.get("workspace.delegate.directoryDown")));
        }
        dialog.add(choice.field(), reason);
        Button confirm = new Button(texts.get("workspace.delegate.confirm"), e -> {
            String to = choice.username().get();
            if (to == null) {
                HasValidation field = (HasValidation) choice.field();
                field.setErrorMessage(texts.get(typedName ? "workspace.delegate.toRequired"
                        : "workspace.delegate.colleagueRequired"));
                field.setInvalid(true);
                ((Focusable<?>) choice.field()).focus();
                return;
            }
            String shown = choice.shownName().get();
            if (Ui.attempt(texts, () -> inbox.delegate(caller, task.id(), to, reason.getValue()))) {
                Ui.success(texts.get("workspace.delegate.done", shown));
                dialog.close();
                afterDelegation.run();
            }
        });
        confirm.setId("delegate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        ((Focusable<?>) choice.field()).focus();
    }

    /** A picker of the colleagues by the names people see; a name two of them share also shows the user name. */
    private static Choice picked(Texts texts, List<Caller> colleagues) {
        ComboBox<Caller> to = new ComboBox<>(texts.get("workspace.delegate.colleague"));
        to.setId("delegate-to");
        to.setHelperText(texts.get("workspace.delegate.colleagueHelp"));
        to.setRequiredIndicatorVisible(true);
        to.setItems(colleagues);
        to.setItemLabelGenerator(label(colleagues)::apply);
        to.setWidthFull();
        clearInvalidOnChange(to);
        return new Choice(to, () -> to.getValue() == null ? null : to.getValue().id(),
                () -> to.getValue() == null ? null : to.getValue().displayName());
    }

    /** The label of each colleague: their name, with their user name where another colleague has the same name. */
    static Function<Caller, String> label(List<Caller> colleagues) {
        Map<String, Long> byName = colleagues.stream()
                .collect(Collectors.groupingBy(Caller::displayName, Collectors.counting()));
        return c -> byName.getOrDefault(c.displayName(), 0L) > 1 ? c.displayName() + "（" + c.id() + "）"
                : c.displayName();
    }

    /** The sign-on service cannot list colleagues: their user name, typed. */
    private static Choice typed(Texts texts) {
        TextField to = new TextField(texts.get("workspace.delegate.to"));
        to.setId("delegate-to");
        to.setHelperText(texts.get("workspace.delegate.toHelp"));
        to.setRequiredIndicatorVisible(true);
        to.setMaxLength(100);
        to.setValueChangeMode(ValueChangeMode.EAGER);
        clearInvalidOnChange(to);
        Supplier<String> name = () -> to.getValue() == null || to.getValue().isBlank() ? null : to.getValue().strip();
        return new Choice(to, name, name);
    }

    private static void clearInvalidOnChange(ComboBox<?> field) {
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    private static void clearInvalidOnChange(TextField field) {
        field.addValueChangeListener(e -> field.setInvalid(false));
    }
}
