package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The runnable platform wires everything on one port: the Vaadin UI at /, the platform API and its OpenAPI page,
 * the Camunda REST API and webapps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:socorg-ui-it;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class PlatformApplicationIT {

    @Autowired TestRestTemplate http;

    @Test
    void serves_the_vaadin_shell_at_the_root_not_the_camunda_webapp() {
        ResponseEntity<String> root = http.getForEntity("/", String.class);
        assertThat(root.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(root.getBody()).contains("社会组织登记管理平台").doesNotContain("Camunda Welcome");
    }

    @Test
    void serves_the_platform_api_its_openapi_page_and_the_camunda_apis() {
        assertThat(http.getForEntity("/api/organizations", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api-docs/ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/engine-rest/engine", String.class).getBody()).contains("default");
        assertThat(http.getForEntity("/camunda/app/welcome/default/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/engine-rest/process-definition/key/registration-establishment", String.class)
                .getBody()).contains("registration-establishment");
    }
}
