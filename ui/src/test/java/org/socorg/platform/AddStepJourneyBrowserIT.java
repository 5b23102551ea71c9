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
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.workbench.DraftStatus;
import org.socorg.platform.workbench.ModelDraft;
import org.socorg.platform.workbench.Workbench;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7's "done when", all of the analysts' part in the browser: two Beijing cases wait at the document check;
 * analyst1 opens the establishment registration process in the BPMN editor and, with bpmn-js's own palette, context
 * pad and properties panel, drops a new task onto the flow into the review, makes it a user task, names it and offers
 * it to the reviewers; checks, saves and submits the draft with the page's buttons. analyst2 picks it from the review
 * queue by what it changes, sees the new step marked green, approves and deploys it; dry-runs and migrates both cases
 * onto the new version. Once the documents of case A are accepted it waits at the new step, in reviewer1's inbox and
 * not in the registration officials'; "roll back" moves case B (still at the document check) back to the old version
 * while the engine refuses case A (its step does not exist there); completing the new step brings A to the original
 * review, and B, back on the old version, goes straight to it. Screenshots {@code target/screenshots/addstep-*}.
 */
class AddStepJourneyBrowserIT extends BrowserSession {

    static final String PROCESS = "registration-establishment";
    static final String EDITOR = "socorg-bpmn-editor";
    /** The flow the new step is dropped onto: from the review's start into the review. */
    static final String FLOW = "Flow_ToReview";
    static final String NEW_STEP = "UserTask_PreReview";
    static final String NEW_STEP_NAME = "材料合规预审";
    static final String NEW_GROUP = Roles.REVIEWER;
    static final String CHECK = "UserTask_CheckDocuments";
    static final String REVIEW = "UserTask_ReviewApplication";

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

    @AfterEach
    void restore_the_process() {
        if (browser != null) {
            screenshot("last-page"); // where a failing run stopped (the base closes the browser afterwards)
        }
        // the ITs share one platform: later cases must follow the shipped process, so the original model goes back
        // as the next version, through the same four-eyes path
        if (changedDefinitionId != null) {
            ShippedModels.restore(repository, workbench, PROCESS, changedDefinitionId,
                    "恢复原流程 / restore the shipped process");
        }
    }

    @Test
    void an_analyst_adds_a_step_in_the_browser_a_second_deploys_it_and_running_cases_are_migrated_through_it()
            throws IOException {
        ProcessDefinition v1 = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        // set-up through the API: two cases wait at the document check, before the place of the new step
        Map<String, Object> applicationA = KeycloakApiIT.foundation("110000");
        Map<String, Object> applicationB = KeycloakApiIT.foundation("110000");
        String organizationA = (String) applicationA.get("name");
        String caseA = api("POST", "/api/registrations/establishments", "applicant1", applicationA)
                .path("processInstanceId").asText();
        String caseB = api("POST", "/api/registrations/establishments", "applicant1", applicationB)
                .path("processInstanceId").asText();
        for (String c : List.of(caseA, caseB)) {
            assertThat(c).isNotBlank();
            assertThat(runtime.getActiveActivityIds(c)).containsExactly(CHECK);
            assertThat(definitionOf(c)).isEqualTo(v1.getId());
        }
        // the migration screen names a case by its business key (the application), else by its id
        String keyA = Objects.requireNonNullElse(businessKey(caseA), caseA);
        String keyB = Objects.requireNonNullElse(businessKey(caseB), caseB);

        // analyst1 finds the process in the workbench and opens its newest version
        signIn("analyst1");
        open("/workbench");
        type("#workbench-filter-text input", PROCESS);
        // the process's own row (its form has a row of the same key prefix); a click landing while the filtered
        // list is still being redrawn hits a button on its way out, so it is given again until the editor opens
        By openProcess = By.cssSelector("vaadin-button.open-model[aria-label='打开 " + PROCESS + " v" + v1.getVersion()
                + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(openProcess));
        screenshot("workbench-list");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            if (!d.getCurrentUrl().contains("/workbench/model/")) {
                clickFresh(openProcess);
                try {
                    new WebDriverWait(d, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/workbench/model/"));
                } catch (org.openqa.selenium.TimeoutException notYet) {
                    return false;
                }
            }
            return d.getCurrentUrl().contains("/workbench/model/");
        });
        assertThat(browser.getCurrentUrl()).endsWith("/workbench/model/" + v1.getId());
        wait.until(d -> Boolean.TRUE.equals(js("""
                const e = document.querySelector(arguments[0]);
                return !!(e && e.modeler && e.modeler.get('elementRegistry').get(arguments[1]));""", EDITOR, FLOW)));
        js("document.querySelector(arguments[0]).scrollIntoView({block: 'end'})", EDITOR);
        screenshot("editor-opened");

        // the palette's task, dropped onto the flow into the review: bpmn-js splits the flow around it
        WebElement paletteTask = browser.findElement(
                By.cssSelector(EDITOR + " .djs-palette .entry[data-action='create.task']"));
        WebElement canvas = browser.findElement(By.cssSelector(EDITOR + " .socorg-bpmn-canvas"));
        long[] onFlow = offsetOf(FLOW);
        new Actions(browser).moveToElement(paletteTask).click().pause(Duration.ofMillis(300))
                .moveToElement(canvas, (int) onFlow[0] - 30, (int) onFlow[1] + 40).pause(Duration.ofMillis(200))
                .moveToElement(canvas, (int) onFlow[0] - 3, (int) onFlow[1] + 1).pause(Duration.ofMillis(200))
                .moveToElement(canvas, (int) onFlow[0], (int) onFlow[1]).pause(Duration.ofMillis(300))
                .click().perform();
        String taskId = (String) wait.until(d -> js("""
                const e = document.querySelector(arguments[0]);
                const t = e.modeler.get('elementRegistry').filter(x => x.type === 'bpmn:Task')[0];
                return t ? t.id : null;""", EDITOR));
        screenshot("task-dropped-on-flow");
        assertThat(js("""
                const bo = document.querySelector(arguments[0]).modeler.get('elementRegistry').get(arguments[1])
                    .businessObject;
                return bo.incoming.map(f => f.sourceRef.id).join() + '>' + bo.outgoing.map(f => f.targetRef.id).join();""",
                EDITOR, taskId)).as("the new task sits in the flow").isEqualTo("StartEvent_ReviewStarted>" + REVIEW);

        // bpmn-js opens the new task's name for typing in place: the analyst types it and takes it with Enter (a
        // click elsewhere while it is open would first finish the typing, and the context pad drawn anew under
        // that click would swallow it)
        if (!Boolean.TRUE.equals(js("return document.querySelector(arguments[0]).modeler.get('directEditing')"
                + ".isActive()", EDITOR))) {
            long[] centre = offsetOf(taskId);
            new Actions(browser).moveToElement(browser.findElement(By.cssSelector(EDITOR + " .socorg-bpmn-canvas")),
                    (int) centre[0], (int) centre[1] - 12).doubleClick().perform();
            wait.until(d -> Boolean.TRUE.equals(js(
                    "return document.querySelector(arguments[0]).modeler.get('directEditing').isActive()", EDITOR)));
        }
        new Actions(browser).sendKeys(NEW_STEP_NAME).pause(Duration.ofMillis(200)).sendKeys(Keys.ENTER).perform();
        wait.until(d -> NEW_STEP_NAME.equals(js("""
                const m = document.querySelector(arguments[0]).modeler;
                return m.get('directEditing').isActive() ? null
                    : m.get('elementRegistry').get(arguments[1]).businessObject.name;""", EDITOR, taskId)));
        screenshot("task-named");

        // the context pad's wrench opens the replace menu; its search finds the user task
        By wrench = By.cssSelector(EDITOR + " .djs-context-pad .entry[data-action='replace']");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(wrench));
        } catch (org.openqa.selenium.TimeoutException notOpen) {
            clickShape(taskId);
        }
        new Actions(browser).moveToElement(browser.findElement(wrench)).pause(Duration.ofMillis(200)).click()
                .perform();
        By search = By.cssSelector(EDITOR + " .djs-popup .djs-popup-search input");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(search));
        browser.findElement(search).sendKeys("User task");
        By userTask = By.cssSelector(EDITOR + " .djs-popup [data-id='replace-with-user-task']");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(userTask));
        screenshot("replace-menu");
        new Actions(browser).moveToElement(browser.findElement(userTask)).pause(Duration.ofMillis(200)).click()
                .perform();
        String userTaskId = (String) wait.until(d -> js("""
                const s = document.querySelector(arguments[0]).modeler.get('selection').get();
                return s.length === 1 && s[0].type === 'bpmn:UserTask' ? s[0].id : null;""", EDITOR));

        // id and candidate group in the Camunda properties panel (the replaced task keeps its name)
        typeIntoPropertiesPanel("id", NEW_STEP, "general");
        wait.until(d -> Boolean.TRUE.equals(js(
                "return !!document.querySelector(arguments[0]).modeler.get('elementRegistry').get(arguments[1])",
                EDITOR, NEW_STEP)));
        typeIntoPropertiesPanel("candidateGroups", NEW_GROUP, "assignment");
        wait.until(d -> (NEW_STEP_NAME + "|" + NEW_GROUP).equals(js("""
                const bo = document.querySelector(arguments[0]).modeler.get('elementRegistry').get(arguments[1])
                    .businessObject;
                return bo.name + '|' + bo.get('camunda:candidateGroups');""", EDITOR, NEW_STEP)));
        assertThat(userTaskId).isNotBlank();
        screenshot("new-step-in-properties-panel");

        // the page's check: the engine, the platform's rules and bpmnlint find no error
        check();
        assertThat(browser.findElements(By.cssSelector("#model-problems .model-problem[data-severity=ERROR]")))
                .as(text("model-problems")).isEmpty();
        screenshot("checked");
        click("save-draft");
        wait.until(ExpectedConditions.urlContains("/workbench/draft/"));
        waitForText("草稿已保存");
        String draftId = browser.getCurrentUrl().replaceAll(".*/workbench/draft/", "");
        click("submit-draft");
        waitForText("草稿已提交");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "审核中"));
        ModelDraft submitted = workbench.draft(analyst("analyst1"), draftId);
        assertThat(submitted.status()).isEqualTo(DraftStatus.IN_REVIEW);
        assertThat(submitted.author()).isEqualTo("analyst1");
        assertThat(submitted.baseDefinitionId()).isEqualTo(v1.getId());
        assertThat(submitted.content()).contains("id=\"" + NEW_STEP + "\"", "camunda:candidateGroups=\"" + NEW_GROUP
                + "\"", NEW_STEP_NAME);
        screenshot("submitted");
        signOut();

        // analyst2 tells the draft by what it changes, sees the new step marked, approves and deploys it
        signIn("analyst2");
        open("/workbench/reviews");
        By openMine = By.cssSelector("#review-queue vaadin-button.open-review[data-draft-id='" + draftId + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(openMine));
        assertThat(rowsOf("review-queue")).filteredOn(r -> r.contains("analyst1") && r.matches("(?s).*新增 [1-9].*"))
                .isNotEmpty();
        screenshot("review-queue");
        clickFresh(openMine);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-changes"), NEW_STEP));
        assertThat(text("review-changes")).contains("新增", NEW_STEP_NAME);
        wait.until(d -> "true".equals(js("return document.getElementById('review-draft').dataset.imported")));
        wait.until(d -> Boolean.TRUE.equals(js(
                "return !!document.querySelector('#review-draft .socorg-added[data-element-id=\"' + arguments[0] + '\"]')",
                NEW_STEP)));
        screenshot("review-new-step-marked");
        type("#review-comment textarea", "受理后先由审查人员做合规预审");
        click("approve-draft");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-result"), "审计日志"));
        ProcessDefinition v2 = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        changedDefinitionId = v2.getId();
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        assertThat(text("review-result")).contains("v" + v2.getVersion(), v2.getId());
        screenshot("approved-deployed");

        // both cases move to the new version: the generated mapping, a dry run, then the migration
        open("/workbench/migrations");
        choose("migration-key", PROCESS);
        choose("migration-source", "第 " + v1.getVersion() + " 版");
        choose("migration-target", "第 " + v2.getVersion() + " 版");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("migration-mapping"), CHECK));
        assertThat(text("migration-plan-note")).contains("每个活动都有目标");
        screenshot("migration-mapping");
        click("migration-dry-run");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("migration-results"), "可以迁移"));
        assertThat(rowOf("migration-results", keyA)).contains("可以迁移");
        assertThat(rowOf("migration-results", keyB)).contains("可以迁移");
        assertThat(definitionOf(caseA)).as("a dry run changes nothing").isEqualTo(v1.getId());
        screenshot("migration-dry-run");
        click("migration-execute");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#migration-results .migration-moved")));
        assertThat(rowOf("migration-results", keyA)).contains("已迁移", "审计记录序号");
        assertThat(rowOf("migration-results", keyB)).contains("已迁移");
        assertThat(definitionOf(caseA)).isEqualTo(v2.getId());
        assertThat(definitionOf(caseB)).isEqualTo(v2.getId());
        screenshot("migration-executed");

        // case A's documents are accepted (the official, through the API): it now waits at the new step, offered to
        // the reviewers only
        complete("official1", caseA, "COMPLETE");
        var step = tasks.createTaskQuery().processInstanceId(caseA).taskDefinitionKey(NEW_STEP).singleResult();
        assertThat(step).as("the new step's task").isNotNull();
        assertThat(step.getName()).isEqualTo(NEW_STEP_NAME);
        assertThat(tasks.getIdentityLinksForTask(step.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(NEW_GROUP);

        // roll back (swap the versions): B, still at the document check, goes back; A's step is not in the old
        // version, so the engine refuses A, which stays
        click("migration-roll-back");
        wait.until(d -> selected("migration-source").contains("第 " + v2.getVersion() + " 版")
                && selected("migration-target").contains("第 " + v1.getVersion() + " 版"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("migration-mapping"), NEW_STEP));
        assertThat(text("migration-plan-note")).contains("1 个活动没有目标");
        screenshot("roll-back-swapped");
        click("migration-dry-run");
        wait.until(d -> rowOf("migration-results", keyA).contains("无法迁移"));
        assertThat(rowOf("migration-results", keyA)).contains(NEW_STEP_NAME);
        assertThat(rowOf("migration-results", keyB)).contains("可以迁移");
        screenshot("roll-back-dry-run");
        click("migration-execute");
        wait.until(d -> rowOf("migration-results", keyB).contains("已迁移"));
        assertThat(rowOf("migration-results", keyA)).contains("无法迁移");
        assertThat(definitionOf(caseB)).as("B is back on the old version").isEqualTo(v1.getId());
        assertThat(definitionOf(caseA)).isEqualTo(v2.getId());
        assertThat(runtime.getActiveActivityIds(caseA)).contains(NEW_STEP);
        screenshot("roll-back-executed");
        signOut();

        // the new step is in the reviewers' inbox, and not in the registration officials'
        assertThat(tasksOf("official1")).noneMatch(t -> caseA.equals(t.path("processInstanceId").asText()));
        signIn("reviewer1");
        open("/workspace/inbox");
        type("#inbox-filter-organization input", organizationA);
        // one row for the case, the step shown by the name the analyst gave it
        wait.until(d -> rowOf("inbox", organizationA).contains(NEW_STEP_NAME));
        screenshot("reviewer-inbox-new-step");

        // done: case A reaches the original review, offered to the registration officials again
        complete("reviewer1", caseA, "COMPLETE");
        assertThat(runtime.getActiveActivityIds(caseA)).contains(REVIEW).doesNotContain(NEW_STEP);
        var review = tasks.createTaskQuery().processInstanceId(caseA).taskDefinitionKey(REVIEW).singleResult();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Groups.REGISTRATION_OFFICIALS);
        assertThat(tasksOf("official1")).anyMatch(t -> caseA.equals(t.path("processInstanceId").asText()));
        // case B, back on the old version, goes from the document check straight to the review
        complete("official1", caseB, "COMPLETE");
        assertThat(runtime.getActiveActivityIds(caseB)).contains(REVIEW).doesNotContain(NEW_STEP);
    }

    /** Claims the user's task of the case and completes it with the outcome, through the task API. */
    private void complete(String user, String processInstanceId, String outcome) {
        String task = taskOf(user, processInstanceId);
        api("POST", "/api/tasks/" + task + "/claim", user, Map.of());
        api("POST", "/api/tasks/" + task + "/complete", user, Map.of("outcome", outcome));
    }

    private String definitionOf(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
    }

    private String businessKey(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }

    /**
     * Where the middle of a diagram element is, from the centre of the diagram's canvas (what Selenium's
     * element-relative mouse moves take): read from bpmn-js's element and viewbox, the mouse does the rest.
     */
    private long[] offsetOf(String elementId) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) js("""
                const editor = document.querySelector(arguments[0]);
                const c = editor.querySelector('.socorg-bpmn-canvas').getBoundingClientRect();
                const box = editor.modeler.get('canvas').viewbox();
                const e = editor.modeler.get('elementRegistry').get(arguments[1]);
                let x, y;
                if (e.waypoints) {
                  const [a, b] = [e.waypoints[0], e.waypoints[e.waypoints.length - 1]];
                  [x, y] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
                } else {
                  [x, y] = [e.x + e.width / 2, e.y + e.height / 2];
                }
                const inner = editor.querySelector('.djs-container').getBoundingClientRect();
                return [Math.round(inner.left + (x - box.x) * box.scale - (c.left + c.width / 2)),
                    Math.round(inner.top + (y - box.y) * box.scale - (c.top + c.height / 2))];""", EDITOR, elementId);
        System.out.printf("%s is at %s from the canvas centre%n", elementId, xy);
        return new long[] {xy.get(0).longValue(), xy.get(1).longValue()};
    }

    /** A click on a shape of the diagram, as the analyst selects it. */
    private void clickShape(String elementId) {
        long[] centre = offsetOf(elementId);
        // above the middle, where the flows through the shape do not cover it
        new Actions(browser).sendKeys(Keys.ESCAPE)
                .moveToElement(browser.findElement(By.cssSelector(EDITOR + " .socorg-bpmn-canvas")),
                        (int) centre[0], (int) centre[1] - 12).pause(Duration.ofMillis(200)).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(EDITOR + " .djs-context-pad .entry[data-action='replace']")));
    }

    /**
     * Types into a field of bpmn-js's properties panel (replacing what it holds), opening the group that holds it
     * (its header naming the hint) when it is collapsed.
     */
    private void typeIntoPropertiesPanel(String entry, String value, String groupHint) {
        By field = By.cssSelector(EDITOR + " #bio-properties-panel-" + entry);
        wait.until(d -> {
            if (!d.findElements(field).isEmpty() && d.findElement(field).isDisplayed()) {
                return true;
            }
            js("""
                    for (const h of document.querySelectorAll(
                        arguments[0] + ' .bio-properties-panel-group-header:not(.open)')) {
                      const group = h.closest('[data-group-id]');
                      const names = ((group && group.dataset.groupId) || '') + ' ' + h.textContent;
                      if (names.toLowerCase().includes(arguments[1])) { h.click(); }
                    }""", EDITOR, groupHint);
            return false;
        });
        WebElement input = browser.findElement(field);
        js("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    /** The text of each rendered row of a vaadin-grid, its cells joined by " | ". */
    @SuppressWarnings("unchecked")
    private List<String> rowsOf(String gridId) {
        return (List<String>) js("""
                const grid = document.getElementById(arguments[0]);
                return [...grid.shadowRoot.querySelectorAll('tbody tr')].map(tr => [...tr.querySelectorAll('td')]
                    .map(td => {
                      const slot = td.querySelector('slot');
                      const content = slot && grid.querySelector('[slot="' + slot.name + '"]');
                      return content ? content.innerText : '';
                    }).join(' | ')).filter(t => t.replaceAll('|', '').trim());""", gridId);
    }

    /** The grid row naming this text (a case's business key); empty when there is none. */
    private String rowOf(String gridId, String text) {
        return rowsOf(gridId).stream().filter(r -> r.contains(text)).findFirst().orElse("");
    }

    private String selected(String selectId) {
        return String.valueOf(js("return document.querySelector('#' + arguments[0] + ' vaadin-select-value-button')"
                + ".innerText", selectId));
    }

    private int check() {
        String before = browser.findElement(By.id("model-problems")).getDomAttribute("data-checks");
        int previous = before == null ? 0 : Integer.parseInt(before);
        click("check-model");
        wait.until(ExpectedConditions.attributeToBe(By.id("model-problems"), "data-checks",
                String.valueOf(previous + 1)));
        return previous + 1;
    }

    private JsonNode api(String method, String path, String user, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
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
        send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tasks"))
                .header("Authorization", "Bearer " + token(user)).GET().build()).forEach(found::add);
        return found;
    }

    private String taskOf(String user, String processInstanceId) {
        return tasksOf(user).stream().filter(t -> processInstanceId.equals(t.path("processInstanceId").asText()))
                .map(t -> t.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no task of " + processInstanceId + " for " + user));
    }

    @Override
    void screenshot(String name) {
        numberedScreenshot("addstep-", name);
    }
}
