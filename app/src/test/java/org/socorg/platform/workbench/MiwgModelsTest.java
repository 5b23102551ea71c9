package org.socorg.platform.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.workbench.internal.ModelDiffer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 21 BPMN MIWG reference models (test resources {@code miwg/}, CC BY 3.0): each is checked without a stack
 * trace, survives a read/write round trip through the model API with the same semantic content, and, where the
 * engine cannot execute it, is refused for review with the engine's reason in words.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class MiwgModelsTest {

    static final Caller ANALYST = new Caller("analyst1", "demo analyst", Set.of("analyst", "analysts"), "100000");

    @Autowired Workbench workbench;
    @Autowired ModelDiffer differ;

    static List<Resource> models() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:miwg/*.bpmn");
        return Stream.of(found).sorted(java.util.Comparator.comparing(Resource::getFilename)).toList();
    }

    static String read(Resource r) throws IOException {
        try (InputStream in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_reference_model_keeps_its_semantic_content_through_a_model_round_trip() throws IOException {
        List<Resource> models = models();
        assertThat(models).hasSize(21);
        List<String> changed = new ArrayList<>();
        for (Resource r : models) {
            String xml = read(r);
            String written = Bpmn.convertToString(Bpmn.readModelFromStream(r.getInputStream()));
            differ.diff(ModelKind.BPMN, xml, written).forEach(c -> changed.add(r.getFilename() + ": " + c));
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void the_differ_sees_a_changed_name_and_a_removed_element_in_a_reference_model() throws IOException {
        String xml = read(models().get(0));
        var instance = Bpmn.readModelFromStream(models().get(0).getInputStream());
        var task = instance.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Task.class).iterator().next();
        task.setName("Renamed by the analyst");
        List<ElementChange> changes = differ.diff(ModelKind.BPMN, xml, Bpmn.convertToString(instance));
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.elementId()).isEqualTo(task.getId());
            assertThat(c.change()).isEqualTo(ElementChange.Change.CHANGED);
            assertThat(c.changedAttributes()).contains("name");
        });
    }

    @Test
    void models_the_engine_cannot_execute_are_refused_with_the_engines_reason_in_words() throws IOException {
        List<String> refused = new ArrayList<>();
        for (Resource r : models()) {
            List<ModelProblem> problems = workbench.check(ANALYST, r.getFilename(), read(r));
            assertThat(problems).as(r.getFilename()).allSatisfy(p -> {
                assertThat(p.messageZh()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(p.messageEn()).isNotBlank().doesNotContain("Exception").doesNotContain("ENGINE-")
                        .doesNotContain("Cannot invoke");
            });
            ModelDraft draft = workbench.createDraft(ANALYST, r.getFilename(), read(r), null);
            if (problems.stream().anyMatch(ModelProblem::isError)) {
                refused.add(r.getFilename());
                assertThatThrownBy(() -> workbench.submit(ANALYST, draft.id())).as(r.getFilename())
                        .isInstanceOfSatisfying(PlatformException.class, e -> {
                            assertThat(e.code()).isEqualTo("MODEL_HAS_ERRORS");
                            assertThat(e.details()).containsKey("problems");
                        });
            } else {
                assertThat(workbench.submit(ANALYST, draft.id()).status()).isEqualTo(DraftStatus.IN_REVIEW);
            }
        }
        // most reference models are not executable as they stand (isExecutable="false", no history time to live)
        assertThat(refused).hasSizeGreaterThan(10);
    }
}
