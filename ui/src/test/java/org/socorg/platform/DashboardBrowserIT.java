package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard in a real headless Chromium, signed in through the real Keycloak as {@code official1} (Beijing),
 * after one Beijing case was approved and another filed through the API: the KPI tiles count them, the charts are
 * drawn (ECharts' SVG), the table alternative shows the numbers, axe-core finds no serious or critical violation,
 * and on a phone-sized window the chart shrinks to the screen. Screenshots in {@code target/screenshots}.
 */
class DashboardBrowserIT extends BrowserSession {

    @Autowired TestRestTemplate http;

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--window-size=1280,1400");
        preferChinese(options);
    }

    @Test
    void an_official_sees_the_charts_of_the_jurisdiction_with_their_table_alternative() throws IOException {
        String approved = file();
        decide("official1", approved, "UserTask_CheckDocuments", "COMPLETE", null);
        decide("official1", approved, "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", "符合条件");
        decide("director1", approved, "UserTask_DecideRegistration", "APPROVE", null);
        file();

        signIn("official1");
        browser.get(url("/workspace/dashboard"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-kpis")));
        for (String chart : List.of("cases", "tasks", "throughput", "provinces", "types")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#chart-" + chart + "-chart[data-rendered] svg")));
        }
        assertThat(Long.parseLong(browser.findElement(By.cssSelector("#kpi-open-cases .kpi-value")).getText()))
                .as("the case filed and not yet decided").isPositive();
        WebElement cases = browser.findElement(By.id("chart-cases-chart"));
        assertThat(cases.getAttribute("role")).isEqualTo("img");
        assertThat(cases.getAttribute("aria-label")).contains("各业务案件");
        assertThat(browser.findElements(By.cssSelector("#chart-cases-chart svg path")).size())
                .as("bars drawn").isPositive();
        screenshot("dashboard");

        WebElement toggle = browser.findElement(By.id("chart-cases-toggle"));
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
        toggle.click();
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-cases-table")));
        assertThat(browser.findElement(By.id("chart-cases-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(table.findElement(By.tagName("caption")).getText()).contains("各业务案件");
        WebElement row = table.findElement(By.xpath(".//tr[th[@scope='row' and contains(., '成立登记')]]"));
        List<WebElement> numbers = row.findElements(By.tagName("td"));
        assertThat(Long.parseLong(numbers.get(0).getText())).as("running").isPositive();
        assertThat(Long.parseLong(numbers.get(1).getText())).as("completed").isPositive();
        assertThat(browser.findElement(By.id("chart-cases-chart")).isDisplayed()).isFalse();
        screenshot("dashboard-cases-as-table");

        assertNoSeriousViolations("dashboard");

        browser.manage().window().setSize(new Dimension(390, 900));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('#chart-throughput-chart svg').getBoundingClientRect().width"))
                .doubleValue() <= 390);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('chart-throughput').scrollIntoView()");
        screenshot("dashboard-phone");

        // a flow's bar opens the inbox filtered to that flow (the running part of the one bar, left of its middle)
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(url("/workspace/dashboard"));
        WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#chart-cases-chart[data-rendered] svg")));
        wait.until(d -> chart.getSize().getWidth() > 200);
        // the bar is found by its category, not by where it is drawn: other tests sharing the platform add flows
        ((JavascriptExecutor) browser).executeScript("const el = document.getElementById('chart-cases-chart');"
                + "const axes = [].concat(el.chart.getOption().xAxis || [], el.chart.getOption().yAxis || []);"
                + "const names = axes.map(a => a.data).find(d => Array.isArray(d) && d.length) || [];"
                + "const i = names.findIndex(n => String(n && n.value !== undefined ? n.value : n).includes('成立登记'));"
                + "el.dispatchEvent(new CustomEvent('chart-click', {detail: {dataIndex: i, seriesIndex: 0,"
                + " name: String(names[i])}}));");
        wait.until(ExpectedConditions.urlContains("/workspace/inbox?flow=registration-establishment"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        screenshot("dashboard-bar-opens-inbox");

        // in English: the language switch reloads the page in the other language
        browser.get(url("/workspace/dashboard"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-cases-title"),
                "Cases by flow and status"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-cases-chart[data-rendered] svg")));
        assertThat(browser.findElement(By.id("chart-cases-chart")).getAttribute("aria-label"))
                .startsWith("Cases by flow and status");
        screenshot("dashboard-en");
    }

    private String file() {
        ResponseEntity<Map<String, Object>> filed = call(HttpMethod.POST, "/api/registrations/establishments",
                "applicant1", KeycloakApiIT.foundation("110000"));
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) filed.getBody().get("processInstanceId");
    }

    private void decide(String user, String processInstanceId, String step, String outcome, String comment) {
        JsonNode tasks = JSON.valueToTree(call(HttpMethod.GET, "/api/tasks", user, null, List.class).getBody());
        String id = null;
        for (JsonNode t : tasks) {
            if (processInstanceId.equals(t.path("processInstanceId").asText())
                    && step.equals(t.path("taskDefinitionKey").asText())) {
                id = t.path("id").asText();
            }
        }
        assertThat(id).as(user + " has " + step).isNotNull();
        assertThat(call(HttpMethod.POST, "/api/tasks/" + id + "/claim", user, null).getStatusCode().is2xxSuccessful())
                .isTrue();
        Map<String, Object> decision = comment == null ? Map.of("outcome", outcome)
                : Map.of("outcome", outcome, "comment", comment);
        assertThat(call(HttpMethod.POST, "/api/tasks/" + id + "/complete", user, decision).getStatusCode()
                .is2xxSuccessful()).isTrue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String user, Object body) {
        return (ResponseEntity) call(method, path, user, body, Map.class);
    }

    private <T> ResponseEntity<T> call(HttpMethod method, String path, String user, Object body, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(user));
        return http.exchange(path, method, new HttpEntity<>(body, headers), type);
    }
}
