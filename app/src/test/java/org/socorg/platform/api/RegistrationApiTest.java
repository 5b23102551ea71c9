package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The REST journey on the embedded default database (H2 in MySQL mode), and what only the inbox API adds. */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationApiTest extends RegistrationApiJourney {

    @Test
    void names_the_colleagues_a_held_task_can_be_delegated_to_and_only_to_its_holder() {
        String pid = (String) submit(uniqueName()).get("processInstanceId");
        String taskId = inboxTask("official1", pid, "UserTask_CheckDocuments");
        String path = "/api/tasks/" + taskId + "/delegation-candidates";
        assertProblem(call(HttpMethod.GET, path, "official1", null), HttpStatus.CONFLICT, "TASK_NOT_CLAIMED");
        assertThat(call(HttpMethod.POST, "/api/tasks/" + taskId + "/claim", "official1", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        List<Map<String, Object>> colleagues = list(path, "official1");

        assertThat(colleagues).singleElement().satisfies(c -> assertThat(c)
                .containsOnlyKeys("username", "displayName").containsEntry("username", "reviewer1"));
        assertProblem(call(HttpMethod.GET, path, "official-sh", null), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, path, "applicant1", null), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(call(HttpMethod.GET, path, null, null), HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED");
    }
}
