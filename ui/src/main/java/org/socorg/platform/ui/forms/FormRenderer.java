package org.socorg.platform.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.socorg.platform.ui.forms.FormDefinition.Field;
import org.socorg.platform.ui.forms.FormDefinition.Option;
import org.socorg.platform.ui.forms.FormDefinition.Validation;

/**
 * Renders form-js forms with Vaadin components, in Java: textfield, textarea, number, select, radio, checkbox,
 * datetime (date, time, date and time), group and text (Markdown); validates required, minLength, maxLength, min,
 * max and pattern as the user types, with messages in the user's language; hides fields by their
 * {@code conditional.hide} expressions (hidden fields are neither validated nor submitted, as in form-js).
 *
 * <p>Steps: each top-level group of a form is a step (components before the first group introduce the form and
 * show above every step); a form without groups is one step; several forms make consecutive steps.
 */
public class FormRenderer {

    /** A wizard step: its title and the root components it shows. */
    public record Step(String title, List<Field> fields) {
    }

    /** A line of the check-your-answers page. */
    public record Answer(int step, String key, String label, String value) {
    }

    private final Texts texts;
    private final List<Step> steps = new ArrayList<>();
    private final List<Field> intro = new ArrayList<>();
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final List<Runnable> visibilityUpdates = new ArrayList<>();

    public FormRenderer(FormDefinition form, Texts texts) {
        this(List.of(form), texts);
    }

    public FormRenderer(List<FormDefinition> forms, Texts texts) {
        this.texts = texts;
        for (FormDefinition form : forms) {
            List<Field> loose = new ArrayList<>();
            boolean anyGroup = form.components().stream().anyMatch(f -> "group".equals(f.type()));
            for (Field field : form.components()) {
                if ("group".equals(field.type())) {
                    steps.add(new Step(texts.pick(field.label()), field.components()));
                } else if (anyGroup && steps.isEmpty() && !field.isInput()) {
                    intro.add(field);
                } else {
                    loose.add(field);
                }
            }
            if (!loose.isEmpty()) {
                steps.add(new Step(loose.stream().filter(f -> "text".equals(f.type())).findFirst()
                        .map(f -> heading(f.text())).orElse(texts.pick(form.id())), loose));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            steps.get(i).fields().forEach(f -> collectInto(f, index));
        }
        updateVisibility();
    }

    public Texts texts() {
        return texts;
    }

    public int stepCount() {
        return steps.size();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /** The components introducing the form (e.g. its title), shown above the steps. */
    public Component intro() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        intro.forEach(f -> layout.add(render(f)));
        return layout;
    }

    /** The components of one step, ready to add to a layout. */
    public Component stepContent(int index) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        steps.get(index).fields().forEach(f -> layout.add(render(f)));
        return layout;
    }

    /** The input component of a field key, for tests and for views that focus a field. */
    public Component component(String key) {
        return require(key).component;
    }

    /** Sets a field as if the user had entered the value: it is validated at once. */
    public void setValue(String key, Object value) {
        Input input = require(key);
        input.touched = true;
        input.set(value);
        input.validate();
    }

    /** The answers of the visible fields (hidden fields are not submitted); unanswered fields are left out. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            Object v = input.get();
            if (v != null && input.visible()) {
                values.put(key, v);
            }
        });
        return values;
    }

    /** Every answer, hidden fields included, for a draft: nothing typed is lost when a choice hides a field. */
    public Map<String, Object> allValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            Object v = input.get();
            if (v != null) {
                values.put(key, v);
            }
        });
        return values;
    }

    /** Fills the fields named in {@code values}; unknown keys are ignored, values that do not fit are skipped. */
    public void setValues(Map<String, Object> values) {
        values.forEach((key, value) -> {
            Input input = inputs.get(key);
            if (input != null) {
                try {
                    input.set(value);
                } catch (RuntimeException doesNotFit) {
                    // e.g. an option removed from a newer version of the form: leave the field empty
                }
            }
        });
        updateVisibility();
        inputs.values().forEach(Input::clearError);
    }

    /** The error shown at a field now, if any. */
    public Optional<String> error(String key) {
        return Optional.ofNullable(require(key).error);
    }

    public boolean isVisible(String key) {
        return require(key).visible();
    }

    /** Validates the visible fields of a step and shows their errors; true when there are none. */
    public boolean validateStep(int index) {
        boolean valid = true;
        for (Input input : inputs.values()) {
            if (input.step == index && !input.validate()) {
                valid = false;
            }
        }
        return valid;
    }

    /** The first step with an error, after validating every step; empty when the whole form is valid. */
    public Optional<Integer> firstInvalidStep() {
        Optional<Integer> first = Optional.empty();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!validateStep(i)) {
                first = Optional.of(i);
            }
        }
        return first;
    }

    /** The step a field key is on, e.g. to reopen the step an official asked to be corrected. */
    public Optional<Integer> stepOf(String key) {
        return Optional.ofNullable(inputs.get(key)).map(i -> i.step);
    }

    /** The visible answers, labelled, for the check-your-answers page. */
    public List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        inputs.forEach((key, input) -> {
            if (input.visible()) {
                answers.add(new Answer(input.step, key, texts.pick(input.field.label()), input.display()));
            }
        });
        return answers;
    }

    // ---------------------------------------------------------------------------------------------------------

    private void collectInto(Field field, int step) {
        if ("group".equals(field.type())) {
            field.components().forEach(f -> collectInto(f, step));
        } else if (field.isInput() && !inputs.containsKey(field.key())) {
            Input input = create(field, step);
            if (input != null) {
                inputs.put(field.key(), input);
            }
        }
    }

    private Component render(Field field) {
        Component component = switch (field.type() == null ? "" : field.type()) {
            case "text" -> markdown(field.text());
            case "group" -> {
                Div group = new Div();
                group.getElement().setAttribute("role", "group");
                H3 title = new H3(texts.pick(field.label()));
                group.add(title);
                field.components().forEach(f -> group.add(render(f)));
                yield group;
            }
            default -> field.key() != null && inputs.containsKey(field.key()) ? inputs.get(field.key()).component
                    : new Span();
        };
        if (field.hideWhen() != null && !"group".equals(field.type()) && field.key() == null) {
            visibilityUpdates.add(() -> component.setVisible(!Condition.holds(field.hideWhen(), allValues())));
        }
        return component;
    }

    private Component markdown(String text) {
        Markdown markdown = new Markdown(texts.pick(text == null ? "" : text));
        return markdown;
    }

    private String heading(String markdownText) {
        String t = texts.pick(markdownText == null ? "" : markdownText);
        return t.replaceFirst("^#+\\s*", "").strip();
    }

    private Input create(Field field, int step) {
        Component component;
        switch (field.type()) {
            case "textfield" -> {
                TextField f = new TextField();
                f.setValueChangeMode(ValueChangeMode.EAGER);
                f.setManualValidation(true);
                component = f;
            }
            case "textarea" -> {
                TextArea f = new TextArea();
                f.setValueChangeMode(ValueChangeMode.EAGER);
                f.setManualValidation(true);
                f.setMinHeight("6em");
                component = f;
            }
            case "number" -> {
                BigDecimalField f = new BigDecimalField();
                f.setValueChangeMode(ValueChangeMode.EAGER);
                f.setManualValidation(true);
                component = f;
            }
            case "select" -> {
                Select<String> f = new Select<>();
                f.setItems(field.values().stream().map(Option::value).toList());
                f.setItemLabelGenerator(v -> optionLabel(field, v));
                f.setEmptySelectionAllowed(!field.validate().required());
                f.setEmptySelectionCaption(texts.get("workspace.form.choose"));
                f.setManualValidation(true);
                component = f;
            }
            case "radio" -> {
                RadioButtonGroup<String> f = new RadioButtonGroup<>();
                f.setItems(field.values().stream().map(Option::value).toList());
                f.setItemLabelGenerator(v -> optionLabel(field, v));
                f.setManualValidation(true);
                component = f;
            }
            case "checkbox" -> {
                Checkbox f = new Checkbox();
                f.setManualValidation(true);
                component = f;
            }
            case "datetime" -> {
                String subtype = field.subtype() == null ? "date" : field.subtype();
                component = switch (subtype) {
                    case "time" -> {
                        TimePicker f = new TimePicker();
                        f.setManualValidation(true);
                        yield f;
                    }
                    case "datetime" -> {
                        DateTimePicker f = new DateTimePicker();
                        f.setManualValidation(true);
                        yield f;
                    }
                    default -> {
                        DatePicker f = new DatePicker();
                        f.setManualValidation(true);
                        f.setLocale(texts.locale());
                        yield f;
                    }
                };
            }
            default -> {
                return null;
            }
        }
        component.setId("field-" + field.key());
        if (component instanceof InputField<?, ?> input) {
            input.setLabel(texts.pick(field.label()));
            if (field.description() != null) {
                input.setHelperText(texts.pick(field.description()));
            }
        }
        if (component instanceof Checkbox box) {
            box.setLabel(texts.pick(field.label()));
        }
        ((HasValue<?, ?>) component).setRequiredIndicatorVisible(field.validate().required());
        if (component instanceof com.vaadin.flow.component.HasSize sized && !(component instanceof Checkbox)) {
            sized.setWidthFull();
            sized.getElement().getStyle().set("max-width", "40em");
        }
        Input input = new Input(field, step, component);
        ((HasValue<?, ?>) component).addValueChangeListener(e -> {
            if (e.isFromClient() || input.touched) {
                input.touched = true;
                input.validate();
            }
            updateVisibility();
        });
        return input;
    }

    private String optionLabel(Field field, String value) {
        return field.values().stream().filter(o -> Objects.equals(o.value(), value)).findFirst()
                .map(o -> texts.pick(o.label())).orElse(value == null ? "" : value);
    }

    private void updateVisibility() {
        Map<String, Object> answers = allValues();
        inputs.values().forEach(input -> {
            boolean visible = !Condition.holds(input.field.hideWhen(), answers);
            input.component.setVisible(visible);
            if (!visible) {
                input.clearError();
            }
        });
        visibilityUpdates.forEach(Runnable::run);
    }

    private Input require(String key) {
        Input input = inputs.get(key);
        if (input == null) {
            throw new IllegalArgumentException("the form has no field " + key);
        }
        return input;
    }

    /** One input field: its component, its step and its current error. */
    private final class Input {
        final Field field;
        final int step;
        final Component component;
        String error;
        boolean touched;

        Input(Field field, int step, Component component) {
            this.field = field;
            this.step = step;
            this.component = component;
        }

        boolean visible() {
            return !Condition.holds(field.hideWhen(), allValues());
        }

        Object get() {
            Object v = ((HasValue<?, ?>) component).getValue();
            if (v instanceof String s) {
                return s.isBlank() ? null : s;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if (v instanceof LocalDate || v instanceof LocalTime || v instanceof LocalDateTime) {
                return v.toString();
            }
            return v;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void set(Object value) {
            HasValue target = (HasValue) component;
            if (value == null) {
                target.clear();
                return;
            }
            if (component instanceof BigDecimalField f) {
                f.setValue(new BigDecimal(value.toString()));
            } else if (component instanceof Checkbox f) {
                f.setValue(Boolean.parseBoolean(value.toString()));
            } else if (component instanceof DatePicker f) {
                f.setValue(LocalDate.parse(value.toString()));
            } else if (component instanceof TimePicker f) {
                f.setValue(LocalTime.parse(value.toString()));
            } else if (component instanceof DateTimePicker f) {
                f.setValue(LocalDateTime.parse(value.toString()));
            } else {
                target.setValue(value.toString());
            }
        }

        String display() {
            Object v = get();
            if (v == null) {
                return texts.get("workspace.form.unanswered");
            }
            if (v instanceof Boolean b) {
                return texts.get(b ? "workspace.form.yes" : "workspace.form.no");
            }
            if (!field.values().isEmpty()) {
                return optionLabel(field, v.toString());
            }
            if (v instanceof BigDecimal d) {
                return d.toPlainString();
            }
            return v.toString();
        }

        /** Checks the field's rules in form-js order and shows the first broken one; true when valid or hidden. */
        boolean validate() {
            touched = true;
            String message = visible() ? check() : null;
            error = message;
            HasValidationProperties validation = (HasValidationProperties) component;
            validation.setErrorMessage(message);
            validation.setInvalid(message != null);
            return message == null;
        }

        void clearError() {
            error = null;
            HasValidationProperties validation = (HasValidationProperties) component;
            validation.setErrorMessage(null);
            validation.setInvalid(false);
        }

        private String check() {
            Validation rules = field.validate();
            Object v = get();
            if (v == null || Boolean.FALSE.equals(v) && component instanceof Checkbox) {
                return rules.required() ? texts.get("workspace.form.required") : null;
            }
            if (v instanceof String s) {
                int length = s.codePointCount(0, s.length());
                if (rules.minLength() != null && length < rules.minLength()) {
                    return texts.get("workspace.form.minLength", rules.minLength());
                }
                if (rules.maxLength() != null && length > rules.maxLength()) {
                    return texts.get("workspace.form.maxLength", rules.maxLength(), length);
                }
                if (rules.pattern() != null && !matches(rules.pattern(), s)) {
                    return texts.get("workspace.form.pattern");
                }
            }
            if (v instanceof BigDecimal d) {
                if (rules.min() != null && d.compareTo(rules.min()) < 0) {
                    return texts.get("workspace.form.min", rules.min().toPlainString());
                }
                if (rules.max() != null && d.compareTo(rules.max()) > 0) {
                    return texts.get("workspace.form.max", rules.max().toPlainString());
                }
            }
            return null;
        }
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }
}
