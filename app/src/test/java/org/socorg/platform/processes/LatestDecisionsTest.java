package org.socorg.platform.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = TestPlatformApplication.class, properties = "platform.rules.latest-definition-ttl=1h")
@ActiveProfiles("test")
class LatestDecisionsTest {

    static final String KEY = "latest-decisions-test";

    @Autowired LatestDecisions decisions;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired ProcessEngineConfigurationImpl configuration;

    private final java.util.List<String> deployments = new java.util.ArrayList<>();

    @AfterEach
    void removeTestDeployments() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void a_new_version_deployed_here_applies_to_the_next_evaluation_however_long_the_ttl() {
        deploy("v1");
        assertThat(answer()).isEqualTo("v1");
        assertThat(answer()).isEqualTo("v1");

        deploy("v2");

        assertThat(answer()).isEqualTo("v2");
    }

    @Test
    void deleting_the_latest_version_falls_back_to_the_one_before() {
        deploy("v1");
        String second = deploy("v2");
        assertThat(answer()).isEqualTo("v2");

        repository.deleteDeployment(second, true);
        deployments.remove(second);

        assertThat(answer()).isEqualTo("v1");
    }

    @Test
    void an_evaluation_is_recorded_in_the_decision_history_of_the_version_it_used() {
        deploy("v1");
        deploy("v2");
        answer();
        answer();

        var latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).latestVersion()
                .singleResult();
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(KEY).list())
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.getDecisionDefinitionId()).isEqualTo(latest.getId()));
    }

    @Test
    void an_instance_this_engine_does_not_tell_keeps_its_version_until_the_ttl_passes() {
        // like another application instance on the same database: this engine's deployments do not reach it
        LatestDecisions cached = new LatestDecisions(Duration.ofHours(1), configuration);
        LatestDecisions expiring = new LatestDecisions(Duration.ZERO, configuration);
        deploy("v1");
        assertThat(answer(cached)).isEqualTo("v1");
        assertThat(answer(expiring)).isEqualTo("v1");

        deploy("v2");

        assertThat(answer(cached)).as("within its ttl: no query, the version it knew").isEqualTo("v1");
        assertThat(answer(expiring)).as("ttl passed: asks again").isEqualTo("v2");
        assertThat(answer()).as("the engine that deployed").isEqualTo("v2");
        cached.invalidate();
        assertThat(answer(cached)).isEqualTo("v2");
    }

    private String answer() {
        return answer(decisions);
    }

    private static String answer(LatestDecisions d) {
        return (String) d.evaluate(KEY, Map.of("x", 1)).getSingleResult().getEntryMap().get("answer");
    }

    private String deploy(String answer) {
        Deployment d = repository.createDeployment().name("latest-decisions-test")
                .addString("latest-decisions-test.dmn", dmn(answer)).deploy();
        deployments.add(d.getId());
        return d.getId();
    }

    private static String dmn(String answer) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_LatestTest" name="test"
                    namespace="http://socorg.org/dmn/test">
                  <decision id="%s" name="test" camunda:historyTimeToLive="1">
                    <decisionTable id="Table_LatestTest" hitPolicy="UNIQUE">
                      <input id="Input_X"><inputExpression id="Expr_X" typeRef="integer"><text>x</text></inputExpression></input>
                      <output id="Output_Answer" name="answer" typeRef="string" />
                      <rule id="Rule_Any">
                        <inputEntry id="Entry_X"><text></text></inputEntry>
                        <outputEntry id="Out_Answer"><text>"%s"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(KEY, answer);
    }
}
