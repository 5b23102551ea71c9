package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socorg.platform.ShippedModels.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.workbench.DraftStatus;
import org.socorg.platform.workbench.Workbench;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analyst's journey in a real headless Chromium, signed in through the real Keycloak: a Beijing case waits at
 * the document check; analyst1 opens the establishment registration process in the BPMN editor, offers the review
 * step to the reviewers instead of all registration officials (properties panel), and submits the draft; their
 * own draft shows why they cannot approve it; analyst2 reviews the coloured diff and approves, which deploys
 * version 2 sealed in the audit log; the case is migrated to version 2 after a dry run; once its documents are
 * accepted its review task reaches reviewer1's inbox and no longer the other officials'. Screenshots in
 * {@code target/screenshots/analyst-*}.
 */
class AnalystJourneyBrowserIT extends BrowserSession {

    static final String PROCESS = "registration-establishment";
    static final String REVIEW_STEP = "UserTask_ReviewApplication";
    static final String NEW_GROUP = Roles.REVIEWER;

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired Workbench workbench;
    String changedDefinitionId;

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--window-size=1400,1100");
        preferChinese(options);
    }

    @Override
    void screenshot(String name) {
        numberedScreenshot("analyst-", name);
    }

    @AfterEach
    void shoot_the_last_page_and_restore_the_review_step() {
        if (browser != null) {
            screenshot("last-page"); // where a failing run stopped; the browser closes after this
        }
        // the ITs share one platform: later cases must reach the registration officials again, so the original
        // model goes back as the next version, through the same four-eyes path
        if (changedDefinitionId != null) {
            ShippedModels.restore(repository, workbench, PROCESS, changedDefinitionId, "恢复原审查环节 / restore the review step");
        }
    }

    @Test
    void an_analyst_changes_the_review_group_a_second_analyst_approves_and_a_running_case_moves_to_the_new_group()
            throws IOException {
        ProcessDefinition v1 = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        Map<String, Object> application = KeycloakApiIT.foundation("110000");
        String organization = (String) application.get("name");
        JsonNode filed = api("POST", "/api/registrations/establishments", "applicant1", application);
        String caseId = filed.path("processInstanceId").asText();
        assertThat(caseId).as("%s", filed).isNotBlank();
        assertThat(runtime.getActiveActivityIds(caseId)).contains("UserTask_CheckDocuments");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult()
                .getProcessDefinitionId()).isEqualTo(v1.getId());

        // analyst1 edits the deployed model: the review step goes to the reviewers
        signIn("analyst1");
        open("/workbench/model/" + v1.getId());
        wait.until(d -> Boolean.TRUE.equals(js("""
                const e = document.querySelector('socorg-bpmn-editor');
                return !!(e && e.modeler && e.modeler.get('elementRegistry').get(arguments[0]));""", REVIEW_STEP)));
        js("""
                const e = document.querySelector('socorg-bpmn-editor');
                const element = e.modeler.get('elementRegistry').get(arguments[0]);
                e.modeler.get('canvas').scrollToElement(element);
                e.modeler.get('selection').select(element);""", REVIEW_STEP);
        if (!typeIntoPropertiesPanel("candidateGroups", NEW_GROUP)) {
            // the panel's layout is bpmn-js's, not ours: when it changed, the same edit through its modeling API
            js("""
                    const e = document.querySelector('socorg-bpmn-editor');
                    const element = e.modeler.get('elementRegistry').get(arguments[0]);
                    e.modeler.get('modeling').updateProperties(element, {'camunda:candidateGroups': arguments[1]});""",
                    REVIEW_STEP, NEW_GROUP);
        }
        wait.until(d -> NEW_GROUP.equals(js("""
                const e = document.querySelector('socorg-bpmn-editor');
                return e.modeler.get('elementRegistry').get(arguments[0]).businessObject.get('camunda:candidateGroups');""",
                REVIEW_STEP)));
        screenshot("editor-review-group-changed");
        String xml = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.querySelector('socorg-bpmn-editor').saveXml().then(done, e => done('ERROR ' + e));""");
        assertThat(xml).contains("camunda:candidateGroups=\"" + NEW_GROUP + "\"");

        // the draft is created and submitted as analyst1 through the workbench API
        JsonNode draft = api("POST", "/api/workbench/drafts", "analyst1",
                Map.of("baseDefinitionId", v1.getId(), "content", xml));
        String draftId = draft.path("id").asText();
        assertThat(api("POST", "/api/workbench/drafts/" + draftId + "/submit", "analyst1", Map.of())
                .path("status").asText()).isEqualTo("IN_REVIEW");

        // their own draft: the review screen says why they cannot approve it
        open("/workbench/reviews");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-queue-mine"), PROCESS));
        open("/workbench/review/" + draftId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("four-eyes-note")));
        assertThat(text("four-eyes-note")).contains("四眼原则");
        assertThat(browser.findElement(By.id("approve-draft")).getAttribute("disabled")).isNotNull();
        screenshot("own-draft-four-eyes");
        signOut();

        // analyst2 finds it in the queue, sees the diff and approves
        signIn("analyst2");
        open("/workbench/reviews");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-queue"), PROCESS));
        screenshot("review-queue");
        clickFresh(By.cssSelector("#review-queue vaadin-button.open-review"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-changes"), REVIEW_STEP));
        assertThat(text("review-changes")).contains("修改", "candidateGroups");
        wait.until(d -> "true".equals(js("return document.getElementById('review-draft').dataset.imported")));
        wait.until(d -> Boolean.TRUE.equals(js(
                "return !!document.querySelector('#review-draft .socorg-changed[data-element-id=\"' + arguments[0] + '\"]')",
                REVIEW_STEP)));
        wait.until(d -> "true".equals(js("return document.getElementById('review-deployed').dataset.imported")));
        screenshot("review-diff");
        assertNoSeriousViolations("review");
        type("#review-comment textarea", "审查环节改由审查人员办理");
        click("approve-draft");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-result"), "审计日志"));
        ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        changedDefinitionId = v2.getId();
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        assertThat(text("review-result")).contains("v" + v2.getVersion(), v2.getId());
        assertThat(workbench.draft(analyst("analyst2"), draftId).status()).isEqualTo(DraftStatus.DEPLOYED);
        screenshot("review-approved-sealed");

        // the running case moves to the new version: dry run first, then the migration
        open("/workbench/migrations");
        choose("migration-key", PROCESS);
        choose("migration-source", "第 " + v1.getVersion() + " 版");
        choose("migration-target", "第 " + v2.getVersion() + " 版");
        assertThat(String.valueOf(js("return document.querySelector('#migration-source vaadin-select-value-button')"
                + ".innerText"))).contains("第 " + v1.getVersion() + " 版");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("migration-mapping"), REVIEW_STEP));
        screenshot("migration-mapping");
        click("migration-dry-run");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("migration-results"), "可以迁移"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult()
                .getProcessDefinitionId()).as("a dry run changes nothing").isEqualTo(v1.getId());
        screenshot("migration-dry-run");
        assertNoSeriousViolations("migration");
        click("migration-execute");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#migration-results .migration-moved")));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(text("migration-results")).contains("审计记录序号");
        screenshot("migration-executed");
        signOut();

        // the documents are accepted; the review now waits for the reviewers only
        String check = taskOf("official1", caseId);
        api("POST", "/api/tasks/" + check + "/claim", "official1", Map.of());
        api("POST", "/api/tasks/" + check + "/complete", "official1", Map.of("outcome", "COMPLETE"));
        var review = tasks.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(REVIEW_STEP).singleResult();
        assertThat(review).as("the review task").isNotNull();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(NEW_GROUP);
        assertThat(tasksOf("official1")).noneMatch(t -> caseId.equals(t.path("processInstanceId").asText()));

        signIn("reviewer1");
        open("/workspace/inbox");
        type("#inbox-filter-organization input", organization);
        // the case's row, not a count of buttons: the grid keeps rendered rows of other ITs' cases for a moment
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox"), organization));
        screenshot("reviewer-inbox");
    }

    /**
     * Types into a field of bpmn-js's properties panel, opening the group that holds it; false when the panel does
     * not show the field.
     */
    private boolean typeIntoPropertiesPanel(String entry, String value) {
        By field = By.cssSelector("socorg-bpmn-editor #bio-properties-panel-" + entry);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
                if (!d.findElements(field).isEmpty() && d.findElement(field).isDisplayed()) {
                    return true;
                }
                // open the collapsed group whose entries include the field (User assignment)
                js("""
                        const headers = document.querySelectorAll(
                            'socorg-bpmn-editor .bio-properties-panel-group-header:not(.open)');
                        for (const h of headers) {
                          if ((h.dataset.groupId || '').toLowerCase().includes('assignment')
                              || /assignment|分配/i.test(h.textContent)) { h.click(); }
                        }""");
                return false;
            });
        } catch (TimeoutException notShown) {
            return false;
        }
        WebElement input = browser.findElement(field);
        scrollIntoView(input);
        input.clear();
        input.sendKeys(value);
        return true;
    }

    private JsonNode api(String method, String path, String user, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Authorization", "Bearer " + token(user)).header("Content-Type", "application/json")
                    .header("Accept", "application/json");
            String json = body == null ? "" : JSON.writeValueAsString(body);
            return send(request.method(method, HttpRequest.BodyPublishers.ofString(json)).build());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> tasksOf(String user) {
        List<JsonNode> found = new ArrayList<>();
        send(HttpRequest.newBuilder(URI.create(url("/api/tasks")))
                .header("Authorization", "Bearer " + token(user)).GET().build()).forEach(found::add);
        return found;
    }

    private String taskOf(String user, String processInstanceId) {
        return tasksOf(user).stream().filter(t -> processInstanceId.equals(t.path("processInstanceId").asText()))
                .map(t -> t.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no task of " + processInstanceId + " for " + user));
    }

    /**
     * axe-core 4.6 reports the table inside vaadin-grid's shadow root (its treegrid roles), whatever the page puts in
     * the grid: that is Vaadin's markup, not ours, and reported to them; everything else still counts.
     */
    private boolean insideVaadinGrid(JsonNode violation) {
        if (!"aria-required-children".equals(violation.get("id").asText())) {
            return false;
        }
        for (JsonNode node : violation.get("nodes")) {
            String target = node.asText();
            if (!target.endsWith(",#table") || !Boolean.TRUE.equals(js(
                    "const e = document.querySelector(arguments[0]); return !!e && e.localName === 'vaadin-grid'",
                    target.substring(0, target.length() - ",#table".length())))) {
                return false;
            }
        }
        return true;
    }

    /** axe-core in the page, the diagrams left out (bpmn-js draws them); fails on serious or critical violations. */
    @Override
    void assertNoSeriousViolations(String page) {
        assertNoSeriousViolations(page, "axe-analyst-" + page, "the " + page + " page", this::insideVaadinGrid,
                "socorg-bpmn-viewer");
    }
}
