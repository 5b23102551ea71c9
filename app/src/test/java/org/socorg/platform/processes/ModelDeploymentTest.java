package org.socorg.platform.processes;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class ModelDeploymentTest {

    @Autowired RepositoryService repository;

    @Test
    void deploys_processes_decisions_and_forms_under_classpath_relative_names() {
        var deployment = repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0);
        assertThat(repository.getDeploymentResourceNames(deployment.getId())).contains(
                "processes/registration/registration-establishment.bpmn",
                "processes/registration/registration-requirements.dmn",
                "processes/registration/registration-name-rules.dmn",
                "forms/registration/check-documents.form");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("registration-establishment")
                .latestVersion().singleResult().getHistoryTimeToLive()).isNotNull();
    }

    @Test
    void redeploying_unchanged_models_creates_no_new_version() throws Exception {
        long before = repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count();
        int version = repository.createProcessDefinitionQuery().processDefinitionKey("registration-establishment")
                .latestVersion().singleResult().getVersion();

        ModelDeployment.deploy(repository);

        assertThat(repository.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
                .isEqualTo(before);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("registration-establishment")
                .latestVersion().singleResult().getVersion()).isEqualTo(version);
    }
}
