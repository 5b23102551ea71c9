package org.socorg.platform.ui.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A form as Camunda Modeler writes it (form-js JSON, schema version 16): the parts this renderer understands.
 * Unknown component types are kept (type only) and rendered as nothing, so a newer form still opens.
 */
public record FormDefinition(String id, List<Field> components) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One component: an input ({@code key} set), a display text, or a group of components. {@code defaultValue} is
     * what the field holds before anyone answers (a {@code hidden} field always holds it); {@code decimalDigits}
     * the most decimals a number takes; {@code path} the key prefix a group gives the keys inside it (form-js
     * nests a group's answers under it); {@code dateLabel} the label of a date picker.
     */
    public record Field(String id, String type, String key, String label, String description, String text,
            String subtype, List<Option> values, Validation validate, String hideWhen, List<Field> components,
            Object defaultValue, Integer decimalDigits, String path, String dateLabel) {

        public boolean isInput() {
            return key != null && !"group".equals(type) && !"text".equals(type);
        }
    }

    public record Option(String label, String value) {
    }

    /** form-js {@code validate}: required, minLength, maxLength, min, max, pattern. */
    public record Validation(boolean required, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max,
            String pattern) {
        static final Validation NONE = new Validation(false, null, null, null, null, null);
    }

    public static FormDefinition parse(InputStream json) {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not a form-js JSON document", e);
        }
    }

    public static FormDefinition parse(String json) {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not a form-js JSON document", e);
        }
    }

    /** Reads {@code forms/<path>} from the classpath (the forms module puts every {@code *.form} there). */
    public static FormDefinition fromClasspath(String path) {
        try (InputStream in = FormDefinition.class.getClassLoader().getResourceAsStream("forms/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no form forms/" + path + " on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FormDefinition parse(JsonNode root) {
        return new FormDefinition(text(root, "id"), fields(root.path("components")));
    }

    private static List<Field> fields(JsonNode components) {
        List<Field> fields = new ArrayList<>();
        components.forEach(c -> fields.add(field(c)));
        return List.copyOf(fields);
    }

    private static Field field(JsonNode c) {
        List<Option> options = new ArrayList<>();
        c.path("values").forEach(v -> options.add(new Option(text(v, "label"), text(v, "value"))));
        JsonNode v = c.path("validate");
        Validation validation = v.isMissingNode() ? Validation.NONE : new Validation(v.path("required").asBoolean(false),
                v.has("minLength") ? v.get("minLength").asInt() : null,
                v.has("maxLength") ? v.get("maxLength").asInt() : null,
                v.has("min") ? v.get("min").decimalValue() : null,
                v.has("max") ? v.get("max").decimalValue() : null,
                text(v, "pattern"));
        return new Field(text(c, "id"), text(c, "type"), text(c, "key"), text(c, "label"), text(c, "description"),
                text(c, "text"), text(c, "subtype"), List.copyOf(options), validation,
                text(c.path("conditional"), "hide"), fields(c.path("components")), scalar(c.get("defaultValue")),
                c.has("decimalDigits") ? c.get("decimalDigits").asInt() : null, text(c, "path"), text(c, "dateLabel"));
    }

    /** A JSON default as the renderer holds values: text, a boolean, a decimal, or a list of texts. */
    private static Object scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return List.copyOf(items);
        }
        return value.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
