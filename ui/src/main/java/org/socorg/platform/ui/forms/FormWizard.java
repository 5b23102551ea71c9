package org.socorg.platform.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A multi-step wizard over a {@link FormRenderer}: one page per step with a step list (the current step marked for
 * screen readers), Back / Next (Next validates the step), "save as draft" on every page, then a check-your-answers
 * page with a "change" link per step, then submit. Extra steps (e.g. attachments) follow the form's steps.
 */
public class FormWizard extends VerticalLayout {

    /** A step the form does not describe, e.g. the documents to attach; its answers show on the review page. */
    public record ExtraStep(String title, Component content, Supplier<List<String>> summary,
            Supplier<String> validate) {
    }

    private final FormRenderer renderer;
    private final Texts texts;
    private final List<ExtraStep> extras;
    private final OrderedList stepList = new OrderedList();
    private final Div page = new Div();
    private final Div banner = new Div();
    private final Button back;
    private final Button next;
    private final Button save;
    private final Button submit;
    private int current;
    private Runnable onSubmit = () -> { };
    private Runnable onSave;

    public FormWizard(FormRenderer renderer, List<ExtraStep> extras) {
        this.renderer = renderer;
        this.texts = renderer.texts();
        this.extras = List.copyOf(extras);
        setPadding(false);
        stepList.getElement().setAttribute("aria-label", texts.get("workspace.wizard.steps"));
        // inline styles: the Lumo utility classes are not loaded by the default theme
        stepList.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em 1.5em")
                .set("list-style", "none").set("padding", "0").set("margin", "0");
        back = new Button(texts.get("workspace.wizard.back"), e -> goTo(current - 1));
        back.setId("wizard-back");
        next = new Button(texts.get("workspace.wizard.next"), e -> next());
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save = new Button(texts.get("workspace.wizard.saveDraft"), e -> {
            try {
                if (onSave != null) {
                    onSave.run();
                }
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        // disabled from the click until the server has saved (documents included): no second draft from a double click
        save.setDisableOnClick(true);
        save.setId("wizard-save");
        save.setVisible(false);
        submit = new Button(texts.get("workspace.wizard.submit"), e -> submit());
        submit.setId("wizard-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setDisableOnClick(true);
        page.setWidthFull();
        page.getElement().setAttribute("role", "region");
        page.getElement().setAttribute("aria-live", "polite");
        add(renderer.intro(), banner, stepList, page, new HorizontalLayout(back, next, save, submit));
        goTo(0);
    }

    public void onSubmit(Runnable action) {
        this.onSubmit = action;
    }

    /** Shows "save as draft" and runs {@code action} when pressed. */
    public void onSaveDraft(Runnable action) {
        this.onSave = action;
        save.setVisible(action != null);
    }

    /** A message shown above the steps, e.g. the officer's request for supplements. */
    public void setBanner(Component message) {
        banner.removeAll();
        if (message != null) {
            banner.add(message);
        }
    }

    public int stepCount() {
        return renderer.stepCount() + extras.size();
    }

    /** The current page: a step index, or {@link #stepCount()} for the check-your-answers page. */
    public int current() {
        return current;
    }

    public boolean onReviewPage() {
        return current == stepCount();
    }

    /** Re-enables submit after a refused submission, so the user can correct and try again. */
    public void submissionRefused() {
        submit.setEnabled(true);
    }

    /** Whether the step's first component is a Markdown heading (a flow form's "## 社会组织变更登记申请"). */
    static boolean opensWithHeading(FormRenderer.Step step) {
        if (step.fields().isEmpty()) {
            return false;
        }
        FormDefinition.Field first = step.fields().get(0);
        return "text".equals(first.type()) && first.text() != null && first.text().strip().startsWith("#");
    }

    public void goTo(int index) {
        current = Math.max(0, Math.min(index, stepCount()));
        page.removeAll();
        if (onReviewPage()) {
            page.add(review());
        } else if (current < renderer.stepCount()) {
            FormRenderer.Step step = renderer.step(current);
            // a step whose form opens with its own Markdown heading shows that one title, not the same one twice
            if (!opensWithHeading(step)) {
                page.add(new H3(step.title()));
            }
            page.add(renderer.stepContent(current));
        } else {
            ExtraStep extra = extras.get(current - renderer.stepCount());
            page.add(new H3(extra.title()), extra.content());
        }
        renderSteps();
        back.setEnabled(current > 0);
        next.setVisible(!onReviewPage());
        next.setText(current == stepCount() - 1 ? texts.get("workspace.wizard.toReview")
                : texts.get("workspace.wizard.next"));
        submit.setVisible(onReviewPage());
        submit.setEnabled(true);
    }

    /** Validates the current step; moves on only when it is valid, otherwise focuses the first wrong field. */
    public boolean next() {
        if (!validCurrent()) {
            return false;
        }
        if (current == stepCount() - 1) {
            Integer wrong = firstInvalid();
            if (wrong != null) {
                goTo(wrong);
                validCurrent();
                return false;
            }
        }
        goTo(current + 1);
        return true;
    }

    private boolean validCurrent() {
        if (current < renderer.stepCount()) {
            boolean valid = renderer.validateStep(current);
            if (!valid) {
                renderer.answers().stream().filter(a -> a.step() == current)
                        .filter(a -> renderer.error(a.key()).isPresent()).findFirst()
                        .map(a -> renderer.component(a.key()))
                        .filter(Focusable.class::isInstance).ifPresent(c -> ((Focusable<?>) c).focus());
            }
            return valid;
        }
        if (current < stepCount()) {
            String problem = extras.get(current - renderer.stepCount()).validate().get();
            return problem == null;
        }
        return true;
    }

    private Integer firstInvalid() {
        Integer formStep = renderer.firstInvalidStep().orElse(null);
        if (formStep != null) {
            return formStep;
        }
        for (int i = 0; i < extras.size(); i++) {
            if (extras.get(i).validate().get() != null) {
                return renderer.stepCount() + i;
            }
        }
        return null;
    }

    private void submit() {
        Integer wrong = firstInvalid();
        if (wrong != null) {
            goTo(wrong);
            validCurrent();
            return;
        }
        onSubmit.run();
    }

    private Component review() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("wizard-review");
        layout.add(new H3(texts.get("workspace.wizard.review")));
        for (int i = 0; i < stepCount(); i++) {
            int step = i;
            String title = i < renderer.stepCount() ? renderer.step(i).title()
                    : extras.get(i - renderer.stepCount()).title();
            Button change = new Button(texts.get("workspace.wizard.change"), e -> goTo(step));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            change.setAriaLabel(texts.get("workspace.wizard.changeStep", title));
            HorizontalLayout head = new HorizontalLayout(new Span(title), change);
            head.getStyle().set("font-weight", "600");
            head.setAlignItems(Alignment.BASELINE);
            layout.add(head);
            Div list = new Div();
            list.getElement().setAttribute("role", "list");
            List<String> lines = new ArrayList<>();
            if (i < renderer.stepCount()) {
                renderer.answers().stream().filter(a -> a.step() == step)
                        .forEach(a -> lines.add(a.label() + "：" + a.value()));
            } else {
                lines.addAll(extras.get(i - renderer.stepCount()).summary().get());
            }
            lines.forEach(line -> {
                Div item = new Div(new Span(line));
                item.getElement().setAttribute("role", "listitem");
                item.getStyle().set("padding-left", "var(--lumo-space-m)");
                list.add(item);
            });
            layout.add(list);
        }
        return layout;
    }

    private void renderSteps() {
        stepList.removeAll();
        for (int i = 0; i <= stepCount(); i++) {
            String title = i == stepCount() ? texts.get("workspace.wizard.review")
                    : i < renderer.stepCount() ? renderer.step(i).title() : extras.get(i - renderer.stepCount()).title();
            ListItem item = new ListItem((i + 1) + " " + title);
            if (i == current) {
                item.getElement().setAttribute("aria-current", "step");
                item.getStyle().set("font-weight", "bold").set("color", "var(--lumo-primary-text-color)")
                        .set("border-bottom", "2px solid var(--lumo-primary-color)");
            } else {
                item.getStyle().set("color", "var(--lumo-secondary-text-color)");
            }
            stepList.add(item);
        }
    }
}
