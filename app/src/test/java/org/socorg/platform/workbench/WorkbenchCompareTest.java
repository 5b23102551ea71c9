package org.socorg.platform.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The public comparison editors use to prove a round trip kept a model's meaning: analysts only, layout ignored. */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class WorkbenchCompareTest {

    static final Caller ANALYST = MiwgModelsTest.ANALYST;
    static final Caller OFFICER = new Caller("official1", "demo officer", Set.of("registration-officer"), "110000");

    static final String BEFORE = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                id="d" targetNamespace="t">
              <process id="p" isExecutable="false"><task id="t1" name="Check"/></process>
              <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="pl" bpmnElement="p">
                <bpmndi:BPMNShape id="s1" bpmnElement="t1"><dc:Bounds x="10" y="10" width="100" height="80"/></bpmndi:BPMNShape>
              </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </definitions>""";

    @Autowired Workbench workbench;

    @Test
    void a_moved_shape_and_an_explicit_schema_default_are_no_semantic_change() {
        String moved = BEFORE.replace("x=\"10\"", "x=\"300\"").replace("<task id=\"t1\"",
                "<task id=\"t1\" startQuantity=\"1\"");
        assertThat(workbench.compare(ANALYST, ModelKind.BPMN, BEFORE, moved)).isEmpty();
    }

    @Test
    void bpmn_js_ways_of_writing_the_same_thing_are_no_semantic_change() {
        String loop = BEFORE.replace("<task id=\"t1\" name=\"Check\"/>", """
                <userTask id="t1" name="Check"><standardLoopCharacteristics id="l1" testBefore="false"/>
                  <potentialOwner id="o1"><resourceAssignmentExpression id="r1">
                    <formalExpression>manager</formalExpression></resourceAssignmentExpression></potentialOwner>
                </userTask>""");
        String written = loop.replace(" testBefore=\"false\"", "").replace(
                "<formalExpression>manager</formalExpression>",
                "<expression xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tFormalExpression\">"
                        + "manager</expression>");
        assertThat(workbench.compare(ANALYST, ModelKind.BPMN, loop, written)).isEmpty();
        assertThat(workbench.compare(ANALYST, ModelKind.BPMN, loop, written.replace(">manager<", ">director<")))
                .extracting(ElementChange::elementId).containsExactly("r1");
    }

    @Test
    void a_renamed_task_is_a_change_of_that_task() {
        List<ElementChange> changes = workbench.compare(ANALYST, ModelKind.BPMN, BEFORE,
                BEFORE.replace("name=\"Check\"", "name=\"Check twice\""));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.elementId()).isEqualTo("t1");
            assertThat(c.change()).isEqualTo(ElementChange.Change.CHANGED);
            assertThat(c.changedAttributes()).containsExactly("name");
        });
    }

    static final String DMN = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="defs" name="Fees" namespace="n">
              <decision id="fee" name="Fee">
                <decisionTable id="table" hitPolicy="FIRST">
                  <input id="in1" label="Type"><inputExpression id="ie1" typeRef="string"><text>orgType</text></inputExpression></input>
                  <output id="out1" name="fee" typeRef="integer"/>
                  <rule id="r1"><inputEntry id="e1"><text>"foundation"</text></inputEntry><outputEntry id="o1"><text>100</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>""";

    @Test
    void a_sound_decision_table_passes_the_check_and_a_broken_one_gets_the_engines_reason() {
        assertThat(workbench.check(ANALYST, "fees.dmn", DMN)).isEmpty();
        List<ModelProblem> broken = workbench.check(ANALYST, "fees.dmn", DMN.replace("hitPolicy=\"FIRST\"",
                "hitPolicy=\"SOMETIMES\""));
        assertThat(broken).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.messageEn()).startsWith("The decision engine cannot parse").doesNotContain("DMN-");
        });
    }

    @Test
    void only_analysts_compare_models() {
        assertThatThrownBy(() -> workbench.compare(OFFICER, ModelKind.BPMN, BEFORE, BEFORE))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.kind()).isEqualTo(PlatformException.Kind.FORBIDDEN));
    }
}
