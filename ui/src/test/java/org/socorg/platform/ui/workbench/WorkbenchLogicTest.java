package org.socorg.platform.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import elemental.json.Json;
import elemental.json.JsonArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workbench.ModelKind;
import org.socorg.platform.workbench.ModelProblem;
import org.socorg.platform.workbench.ModelProblem.Severity;

/** The workbench's own logic: problems named in words, browser lint merged with the server's check, upload rules. */
class WorkbenchLogicTest {

    static final Texts CHINESE = Texts.of(Texts.CHINESE);
    static final Texts ENGLISH = Texts.of(java.util.Locale.ENGLISH);
    static final String BPMN = """
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
              <bpmn:process id="p" name="Filing" isExecutable="true">
                <bpmn:userTask id="Task_Check" name="Check documents"/>
                <bpmn:exclusiveGateway id="Gateway_1"/>
              </bpmn:process>
            </bpmn:definitions>""";

    @Test
    void a_problem_names_its_element_and_type_in_the_users_language_never_its_id() {
        ModelElements elements = ModelElements.of(ModelKind.BPMN, BPMN);
        assertThat(Finding.element(CHINESE, elements, "Task_Check")).isEqualTo("Check documents (用户任务)");
        assertThat(Finding.element(ENGLISH, elements, "Task_Check")).isEqualTo("Check documents (user task)");
        assertThat(Finding.element(ENGLISH, elements, "Gateway_1")).isEqualTo("exclusive gateway");
        assertThat(Finding.element(CHINESE, elements, null)).isEqualTo("整个模型");
        assertThat(Finding.element(ENGLISH, elements, "Nowhere")).isEqualTo("Unnamed element");
    }

    @Test
    void form_fields_are_named_by_their_label_whether_a_problem_names_their_key_or_id() {
        ModelElements form = ModelElements.of(ModelKind.FORM, """
                {"id": "f", "components": [{"id": "Field_1", "key": "orgName", "type": "textfield",
                  "label": "Organization name"}, {"type": "group", "components": [{"key": "fee", "type": "number"}]}]}""");
        assertThat(Finding.element(ENGLISH, form, "orgName")).isEqualTo("Organization name (text field)");
        assertThat(Finding.element(ENGLISH, form, "Field_1")).isEqualTo("Organization name (text field)");
        assertThat(Finding.element(CHINESE, form, "fee")).isEqualTo("数字框");
    }

    @Test
    void a_model_that_does_not_parse_has_no_names_and_no_exception() {
        assertThat(ModelElements.of(ModelKind.BPMN, "<not-closed").byId()).isEmpty();
        assertThat(ModelElements.of(ModelKind.FORM, "{").byId()).isEmpty();
    }

    @Test
    void browser_lint_and_server_problems_merge_errors_first_with_lint_rules_translated_for_chinese_users() {
        JsonArray lint = Json.instance().parse("""
                [{"elementId": "Gateway_1", "rule": "superfluous-gateway", "severity": "WARNING",
                  "message": "Gateway is superfluous. It only has one source and target."},
                 {"elementId": "p", "rule": "start-event-required", "severity": "ERROR",
                  "message": "Process is missing start event"},
                 {"elementId": null, "rule": "some-new-rule", "severity": "WARNING", "message": "Something new"}]""");
        List<ModelProblem> server = List.of(new ModelProblem(Severity.ERROR, "engine", "Task_Check",
                "用户任务缺少候选组", "The user task has no candidate groups"));
        List<Finding> zh = Finding.of(CHINESE, ModelKind.BPMN, BPMN, server, lint);
        assertThat(zh).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.ERROR,
                Severity.WARNING, Severity.WARNING);
        assertThat(zh.get(0)).satisfies(f -> {
            assertThat(f.source()).isEqualTo(Finding.Source.SERVER);
            assertThat(f.message()).isEqualTo("用户任务缺少候选组");
            assertThat(f.element()).isEqualTo("Check documents (用户任务)");
        });
        assertThat(zh.get(1).message()).isEqualTo("流程（或子流程）缺少开始事件。");
        assertThat(zh.get(1).element()).isEqualTo("Filing (流程)");
        assertThat(zh).extracting(Finding::message).contains("Something new");
        assertThat(Finding.anyError(zh)).isTrue();
        List<Finding> en = Finding.of(ENGLISH, ModelKind.BPMN, BPMN, server, lint);
        assertThat(en).extracting(Finding::message).contains("Process is missing start event",
                "The user task has no candidate groups");
    }

    @Test
    void markers_carry_only_findings_on_an_element() {
        List<Finding> findings = Finding.of(ENGLISH, ModelKind.BPMN, BPMN, List.of(
                new ModelProblem(Severity.WARNING, "x", null, "整体", "whole"),
                new ModelProblem(Severity.ERROR, "y", "Task_Check", "任务", "task")), Json.createArray());
        JsonArray markers = Finding.markers(findings);
        assertThat(markers.length()).isEqualTo(1);
        assertThat(markers.getObject(0).getString("elementId")).isEqualTo("Task_Check");
        assertThat(markers.getObject(0).getString("severity")).isEqualTo("ERROR");
        assertThat(Finding.anyError(findings.subList(1, 2))).isFalse();
    }

    @Test
    void an_upload_becomes_a_draft_only_as_a_model_file_of_its_kind() {
        assertThat(ModelFiles.refusal("notes.txt", bytes("x"))).isEqualTo("workbench.import.wrongType");
        assertThat(ModelFiles.refusal("a.bpmn", new byte[0])).isEqualTo("workbench.import.empty");
        assertThat(ModelFiles.refusal("a.bpmn", new byte[ModelFiles.MAX_BYTES + 1]))
                .isEqualTo("workbench.import.tooLarge");
        assertThat(ModelFiles.refusal("a.bpmn", new byte[] {(byte) 0xC3, (byte) 0x28, 0x3C}))
                .isEqualTo("workbench.import.notText");
        assertThat(ModelFiles.refusal("a.bpmn", bytes("<definitions"))).isEqualTo("workbench.import.notXml");
        assertThat(ModelFiles.refusal("a.bpmn", bytes("<html/>"))).isEqualTo("workbench.import.notBpmn");
        assertThat(ModelFiles.refusal("a.dmn", bytes(BPMN))).isEqualTo("workbench.import.notDmn");
        assertThat(ModelFiles.refusal("a.form", bytes("[1, 2]"))).isEqualTo("workbench.import.notForm");
        assertThat(ModelFiles.refusal("a.bpmn", bytes("<!DOCTYPE x [<!ENTITY e \"e\">]><x/>")))
                .as("no document types: no entity tricks").isEqualTo("workbench.import.notXml");
        assertThat(ModelFiles.refusal("A.BPMN", bytes("\uFEFF" + BPMN))).isNull();
        assertThat(ModelFiles.refusal("d.dmn", bytes("""
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n"/>
                """))).isNull();
        assertThat(ModelFiles.refusal("f.form", bytes("{\"components\": []}"))).isNull();
        assertThat(ModelFiles.text(bytes("\uFEFF<x/>"))).isEqualTo("<x/>");
    }

    @Test
    void every_workbench_text_the_code_asks_for_is_in_both_languages() throws IOException {
        Properties english = new Properties();
        Properties chinese = new Properties();
        try (var en = getClass().getResourceAsStream("/vaadin-i18n/translations.properties");
                var zh = getClass().getResourceAsStream("/vaadin-i18n/translations_zh_CN.properties")) {
            english.load(new java.io.InputStreamReader(en, StandardCharsets.UTF_8));
            chinese.load(new java.io.InputStreamReader(zh, StandardCharsets.UTF_8));
        }
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(workbench\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/socorg/platform/ui"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ModelKind k : ModelKind.values()) {
            used.add("workbench.kind." + k.name());
        }
        for (var s : org.socorg.platform.workbench.DraftStatus.values()) {
            used.add("workbench.status." + s.name());
        }
        for (Severity s : Severity.values()) {
            used.add("workbench.severity." + s.name());
        }
        // the prefixes the code completes at run time are not keys themselves
        used.removeIf(k -> k.endsWith(".") || Set.of("workbench.kind", "workbench.status", "workbench.severity",
                "workbench.lint", "workbench.element").contains(k));
        assertThat(used).hasSizeGreaterThan(40);
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(k -> english.containsKey(k) && chinese.containsKey(k));
        assertThat(missing).isEmpty();
    }

    @Test
    void every_rule_the_browser_lints_with_has_a_chinese_explanation() throws IOException {
        String lintModule = Files.readString(Path.of("src/main/frontend/workbench/socorg-bpmn-lint.js"));
        Matcher rule = Pattern.compile("^    '([a-z-]+(?:/[a-z-]+)?)': (?:'|\\[)", Pattern.MULTILINE).matcher(lintModule);
        List<String> rules = new java.util.ArrayList<>();
        while (rule.find()) {
            rules.add(rule.group(1));
        }
        assertThat(rules).hasSizeGreaterThan(15).contains("start-event-required",
                "camunda-compat/history-time-to-live");
        for (String r : rules) {
            assertThat(Finding.lintMessage(CHINESE, r, "English original")).as(r).isNotEqualTo("English original");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
