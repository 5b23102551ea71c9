package org.socorg.platform.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The README's process catalogue against the BPMN files the platform deploys (the classpath's {@code processes/}):
 * a row for every process and none for a process that is gone, each naming the process's file, its start form,
 * every user task with its candidate groups, and every end event — so the catalogue cannot drift from the models.
 */
class ProcessCatalogueTest {

    static Map<String, String> rows;
    static Map<String, BpmnModelInstance> deployed;
    static Map<String, String> files;

    @BeforeAll
    static void readCatalogueAndModels() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Process catalogue"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        rows = new LinkedHashMap<>();
        for (String line : section.lines().toList()) {
            if (line.startsWith("| `") && line.contains(" `processes/")) {
                rows.put(line.substring(3, line.indexOf('`', 3)), line);
            }
        }
        deployed = new LinkedHashMap<>();
        files = new LinkedHashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn")) {
            try (InputStream in = r.getInputStream()) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                String path = r.getURL().toString();
                for (Process p : model.getModelElementsByType(Process.class)) {
                    deployed.put(p.getId(), model);
                    files.put(p.getId(), path.substring(path.lastIndexOf("processes/")));
                }
            }
        }
    }

    @Test
    void lists_every_deployed_process_and_no_other() {
        assertThat(deployed).hasSizeGreaterThanOrEqualTo(11);
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(deployed.keySet());
        deployed.keySet().forEach(key -> assertThat(rows.get(key)).as(key).contains("`" + files.get(key) + "`"));
    }

    @Test
    void names_each_process_start_form_user_task_candidate_group_and_end_event() {
        deployed.forEach((key, model) -> {
            String row = rows.get(key);
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(row).as(key + " start form").contains("`" + start.getCamundaFormRef() + "`");
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(row).as(key + " user task").contains("`" + task.getId() + "`");
                List<String> groups = task.getCamundaCandidateGroupsList();
                groups.forEach(g -> assertThat(row).as(key + " " + task.getId() + " group").contains(g));
            }
            List<String> ends = model.getModelElementsByType(EndEvent.class).stream().map(EndEvent::getId)
                    .collect(Collectors.toList());
            ends.forEach(end -> assertThat(row).as(key + " end event").contains("`" + end + "`"));
        });
    }
}
