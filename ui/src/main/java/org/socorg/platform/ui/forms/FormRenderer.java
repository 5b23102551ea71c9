package org.socorg.platform.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    /**
     * A wizard step: its title, the root components it shows and the key prefix of their answers (the {@code path}
     * of the group the step was made from, followed by a dot; empty for none).
     */
    public record Step(String title, List<Field> fields, String keyPrefix) {
    }

    /** A line of the check-your-answers page. */
    public record Answer(int step, String key, String label, String value) {
    }

    private final Texts texts;
    private final List<Step> steps = new ArrayList<>();
    private final List<Field> intro = new ArrayList<>();
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    /** Hidden fields: not shown, not asked, always submitted with their default (e.g. a task's only outcome). */
    private final Map<String, Object> fixed = new LinkedHashMap<>();
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
                    steps.add(new Step(texts.pick(field.label()), field.components(), prefix("", field)));
                } else if (anyGroup && steps.isEmpty() && !field.isInput()) {
                    intro.add(field);
                } else {
                    loose.add(field);
                }
            }
            if (!loose.isEmpty()) {
                steps.add(new Step(loose.stream().filter(f -> "text".equals(f.type())).findFirst()
                        .map(f -> heading(f.text())).orElse(texts.pick(form.id())), loose, ""));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            Step step = steps.get(i);
            step.fields().forEach(f -> collectInto(f, index, step.keyPrefix()));
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
        intro.forEach(f -> layout.add(render(f, "")));
        return layout;
    }

    /** The components of one step, ready to add to a layout. */
    public Component stepContent(int index) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        Step step = steps.get(index);
        step.fields().forEach(f -> layout.add(render(f, step.keyPrefix())));
        return layout;
    }

    /** Whether the form asks for {@code key} (a field shown to the user; hidden fields are not asked). */
    public boolean hasInput(String key) {
        return inputs.containsKey(key);
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

    /**
     * Offers {@code options} at a choice field (select, radio, taglist) whose options the form leaves to the
     * application, e.g. the authority's experts for a panel.
     */
    public void setOptions(String key, List<Option> options) {
        Input input = require(key);
        input.options = List.copyOf(options);
        if (input.component instanceof MultiSelectComboBox<?> box) {
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<String> tags = (MultiSelectComboBox<String>) box;
            tags.setItems(options.stream().map(Option::value).toList());
            tags.setAllowCustomValue(false);
        }
    }

    /**
     * The answers of the visible fields (fields a condition hides are not submitted) and of the form's hidden
     * fields; unanswered fields are left out.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>(fixed);
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
        Map<String, Object> values = new LinkedHashMap<>(fixed);
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

    private void collectInto(Field field, int step, String prefix) {
        if ("group".equals(field.type())) {
            String inner = prefix(prefix, field);
            field.components().forEach(f -> collectInto(f, step, inner));
        } else if ("hidden".equals(field.type()) && field.key() != null) {
            if (field.defaultValue() != null) {
                fixed.put(prefix + field.key(), field.defaultValue());
            }
        } else if (field.isInput() && !inputs.containsKey(prefix + field.key())) {
            Input input = create(field, step, prefix + field.key());
            if (input != null) {
                inputs.put(input.key, input);
            }
        }
    }

    /** The key prefix inside a group: the outer prefix and the group's {@code path}, if it has one. */
    private static String prefix(String outer, Field group) {
        return group.path() == null || group.path().isBlank() ? outer : outer + group.path() + ".";
    }

    private Component render(Field field, String prefix) {
        Component component = switch (field.type() == null ? "" : field.type()) {
            case "text" -> markdown(field.text());
            case "group" -> {
                Div group = new Div();
                group.getElement().setAttribute("role", "group");
                H3 title = new H3(texts.pick(field.label()));
                group.add(title);
                String inner = prefix(prefix, field);
                field.components().forEach(f -> group.add(render(f, inner)));
                yield group;
            }
            default -> field.key() != null && inputs.containsKey(prefix + field.key())
                    ? inputs.get(prefix + field.key()).component : new Span();
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

    private Input create(Field field, int step, String key) {
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
            case "taglist" -> {
                MultiSelectComboBox<String> f = new MultiSelectComboBox<>();
                List<String> items = new ArrayList<>(field.values().stream().map(Option::value).toList());
                f.setItems(items);
                f.setItemLabelGenerator(v -> optionLabel(field, v));
                f.setManualValidation(true);
                if (items.isEmpty()) {
                    // no options in the form: a tag is typed and taken with Enter
                    f.setAllowCustomValue(true);
                    f.addCustomValueSetListener(e -> {
                        String typed = e.getDetail() == null ? "" : e.getDetail().strip();
                        if (!typed.isEmpty() && !items.contains(typed)) {
                            items.add(typed);
                            f.getListDataView().refreshAll();
                        }
                        if (!typed.isEmpty()) {
                            Set<String> chosen = new LinkedHashSet<>(f.getSelectedItems());
                            chosen.add(typed);
                            f.setValue(chosen);
                        }
                    });
                }
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
        component.setId("field-" + key);
        if (component instanceof InputField<?, ?> input) {
            input.setLabel(texts.pick(field.label() != null ? field.label() : field.dateLabel()));
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
        Input input = new Input(key, field, step, component);
        if (field.defaultValue() != null) {
            try {
                input.set(field.defaultValue());
            } catch (RuntimeException doesNotFit) {
                // a default the field cannot hold (e.g. text in a number field): start empty
            }
        }
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
        Input input = field.key() == null ? null : inputs.values().stream().filter(i -> i.field == field).findFirst()
                .orElse(null);
        List<Option> options = input != null && input.options != null ? input.options : field.values();
        return options.stream().filter(o -> Objects.equals(o.value(), value)).findFirst()
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
        final String key;
        final Field field;
        final int step;
        final Component component;
        /** Options the application set in place of the form's own ({@link #setOptions}); null when it set none. */
        List<Option> options;
        String error;
        boolean touched;

        Input(String key, Field field, int step, Component component) {
            this.key = key;
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
            if (v instanceof Set<?> tags) {
                return tags.isEmpty() ? null : tags.stream().map(String::valueOf).toList();
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
            } else if (component instanceof MultiSelectComboBox<?> box) {
                @SuppressWarnings("unchecked")
                MultiSelectComboBox<String> tags = (MultiSelectComboBox<String>) box;
                List<String> wanted = value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                        : List.of(value.toString());
                if (options == null && field.values().isEmpty()) {
                    List<String> items = new ArrayList<>(tags.getListDataView().getItems().toList());
                    wanted.stream().filter(w -> !items.contains(w)).forEach(items::add);
                    tags.setItems(items);
                }
                tags.setValue(new LinkedHashSet<>(wanted));
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
            if (v instanceof List<?> tags) {
                return String.join("、", tags.stream().map(t -> optionLabel(field, String.valueOf(t))).toList());
            }
            if (!field.values().isEmpty() || options != null) {
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
                if (field.decimalDigits() != null && d.stripTrailingZeros().scale() > field.decimalDigits()) {
                    return field.decimalDigits() == 0 ? texts.get("workspace.form.wholeNumber")
                            : texts.get("workspace.form.decimals", field.decimalDigits());
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
