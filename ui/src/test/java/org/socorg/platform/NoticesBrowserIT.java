package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.socorg.platform.task.InboxNotices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The notices screen in a real headless Chromium, signed in through the real Keycloak: two Shanghai cases near
 * their statutory limit (the reminder the deadline timer sends, raised here directly) reach official-sh's inbox as
 * notices; the bell in the header counts them, the page lists them with kind, date and text and links to the case;
 * one and then all are marked read and the bell clears; a user with no notices sees what will appear there.
 * Screenshots {@code notices-*.png} in {@code target/screenshots}.
 */
class NoticesBrowserIT extends WithKeycloak {

    static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort int port;
    @Autowired InboxNotices notices;
    WebDriver browser;
    WebDriverWait wait;
    Path profile;

    @BeforeEach
    void open_a_browser() throws IOException {
        Assumptions.assumeTrue(BrowserSignOnIT.CHROMIUM != null && BrowserSignOnIT.CHROMEDRIVER != null,
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("socorg-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(BrowserSignOnIT.CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                        "--lang=zh-CN", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserSignOnIT.CHROMEDRIVER.toFile()).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(180));
    }

    @AfterEach
    void close_the_browser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void an_official_sees_the_unread_count_opens_the_case_from_a_notice_and_marks_notices_read() {
        String marker = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String first = "上海市浦江" + marker + "公益基金会";
        String second = "上海市申城" + marker + "慈善基金会";
        fileNearItsLimit(first);
        fileNearItsLimit(second);

        signIn("official-sh");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices-unread"), "2"));
        assertThat(browser.findElement(By.id("notices-bell")).getAttribute("aria-label")).isEqualTo("我的提醒：2 条未读");
        browser.findElement(By.id("notices-bell")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#notices .notice"), 2));
        assertThat(text("notices-summary")).isEqualTo("未读 2 条");
        String page = text("notices");
        assertThat(page).contains("办理时限将至", "「" + first + "」的法定办理时限将至", "去办理：" + second + " · 材料审核（受理）",
                "收到于").as("no English step name in the Chinese page").doesNotContain("Check documents");
        screenshot("notices-01-bell-and-list");

        // mark the newest (the second case) read: the bell counts one
        clickFresh(By.cssSelector("#notices .notice:first-child vaadin-button.notice-mark-read"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices-unread"), "1"));
        assertThat(text("notices-summary")).isEqualTo("未读 1 条");
        assertThat(browser.findElements(By.cssSelector("#notices vaadin-button.notice-mark-read"))).hasSize(1);
        screenshot("notices-02-one-marked-read");

        // the notice leads to the case's task
        clickFresh(By.xpath("//a[contains(@class,'notice-link') and contains(., '" + first + "')]"));
        wait.until(ExpectedConditions.urlContains("/workspace/cases/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), first));
        screenshot("notices-03-case-opened-from-the-notice");

        browser.navigate().back();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("notices-mark-all")));
        clickFresh(By.id("notices-mark-all"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices-summary"), "全部已读"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("notices-unread")));
        assertThat(browser.findElement(By.id("notices-bell")).getAttribute("aria-label")).isEqualTo("我的提醒");
        assertThat(browser.findElements(By.cssSelector("#notices vaadin-button.notice-mark-read"))).isEmpty();
        screenshot("notices-04-all-read");
        signOut();

        // a colleague of another city has none of them: the empty state says what will appear
        signIn("official-sz");
        open("/workspace/notices");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notices-empty")));
        assertThat(text("notices-empty")).contains("暂无提醒", "法定办理时限");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(first, second);
        screenshot("notices-05-empty");
    }

    /** Files a Shanghai establishment and lets its statutory limit come near, as the deadline timer would. */
    private void fileNearItsLimit(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgType", "FOUNDATION");
        body.put("scope", "LOCAL");
        body.put("name", name);
        body.put("divisionCode", "310000");
        body.put("supervisingUnit", "上海市民政局");
        body.put("legalRepresentative", "沈浦江");
        body.put("activityFunds", 4_000_000);
        body.put("publicFundraising", false);
        body.put("address", "上海市黄浦区1号");
        body.put("businessScope", "资助社区养老服务");
        JsonNode filed;
        try {
            filed = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/registrations/establishments"))
                    .header("Authorization", "Bearer " + token("applicant2")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(filed.path("id").asText()).as(filed.toString()).isNotEmpty();
        notices.deadlineNear(new DeadlineReminderDue(filed.get("processInstanceId").asText(), filed.get("id").asText(),
                "310000"));
    }

    private void signIn(String user) {
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("登录 / Sign in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., '退出')]")));
    }

    private void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., '退出')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("登录 / Sign in")));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!document.querySelector('vaadin-app-layout')")));
    }

    private void clickFresh(By locator) {
        wait.ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            WebElement element = d.findElement(locator);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void screenshot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
