package org.socorg.platform.ui.workbench;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workbench.ModelKind;
import org.socorg.platform.workbench.ModelProblem;
import org.socorg.platform.workbench.ModelProblem.Severity;

/**
 * One problem as the check lists it: from the server (the engine and the platform's rules) or from bpmnlint in the
 * browser, with the element it concerns named in words and the message in the user's language.
 *
 * @param elementId to mark on the diagram only; never shown
 */
record Finding(Severity severity, Source source, String rule, String elementId, String element, String message) {

    enum Source { SERVER, BROWSER }

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::source).thenComparing(Finding::element);

    boolean isError() {
        return severity == Severity.ERROR;
    }

    static boolean anyError(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** The server's problems and the browser's lint reports ([{elementId, rule, severity, message}]), errors first. */
    static List<Finding> of(Texts texts, ModelKind kind, String content, List<ModelProblem> server, JsonArray lint) {
        ModelElements elements = ModelElements.of(kind, content);
        List<Finding> findings = new ArrayList<>();
        for (ModelProblem p : server) {
            findings.add(new Finding(p.severity(), Source.SERVER, p.rule(), p.elementId(),
                    element(texts, elements, p.elementId()), texts.english() ? p.messageEn() : p.messageZh()));
        }
        for (int i = 0; lint != null && i < lint.length(); i++) {
            JsonObject r = lint.getObject(i);
            String rule = text(r, "rule");
            String elementId = text(r, "elementId");
            Severity severity = "ERROR".equals(text(r, "severity")) ? Severity.ERROR : Severity.WARNING;
            findings.add(new Finding(severity, Source.BROWSER, rule, elementId, element(texts, elements, elementId),
                    lintMessage(texts, rule, text(r, "message"))));
        }
        findings.sort(ORDER);
        return findings;
    }

    /**
     * bpmnlint speaks English: Chinese users get the rule's meaning from the bundles ({@code workbench.lint.<rule>});
     * a rule without a translation keeps bpmnlint's own words.
     */
    static String lintMessage(Texts texts, String rule, String original) {
        if (texts.english() || rule == null) {
            return original == null ? "" : original;
        }
        String key = "workbench.lint." + rule.replace('/', '.');
        String translated = texts.get(key);
        return translated.equals(key) ? (original == null ? "" : original) : translated;
    }

    /** "name (type)", the type alone for an unnamed element, "the whole model" when no element is named. */
    static String element(Texts texts, ModelElements elements, String elementId) {
        if (elementId == null || elementId.isBlank()) {
            return texts.get("workbench.problems.wholeModel");
        }
        ModelElements.Named named = elements.get(elementId);
        if (named == null) {
            return texts.get("workbench.problems.unnamed");
        }
        String typeKey = "workbench.element." + named.type();
        String type = texts.get(typeKey);
        if (type.equals(typeKey)) {
            type = named.type();
        }
        return named.name() == null ? type : named.name() + " (" + type + ")";
    }

    /** What the editor marks: [{elementId, message, severity}]. */
    static JsonArray markers(List<Finding> findings) {
        JsonArray array = Json.createArray();
        for (Finding f : findings) {
            if (f.elementId() != null) {
                JsonObject o = Json.createObject();
                o.put("elementId", f.elementId());
                o.put("message", f.message());
                o.put("severity", f.severity().name());
                array.set(array.length(), o);
            }
        }
        return array;
    }

    private static String text(JsonObject o, String field) {
        if (!o.hasKey(field)) {
            return null;
        }
        JsonValue v = o.get(field);
        return v == null || v instanceof elemental.json.JsonNull ? null : v.asString();
    }
}
