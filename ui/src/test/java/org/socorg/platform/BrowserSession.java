package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser IT of the ui module shares: a fresh headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) with an empty profile for each test, closed and its profile deleted after it; the
 * Keycloak sign-in and sign-out through the login form; waiting for Vaadin; clicks that survive a re-render;
 * screenshots into {@code target/screenshots}; and axe-core's check for serious and critical violations.
 *
 * <p>A browser IT extends this class instead of {@link WithKeycloak} and uses {@link #browser}, {@link #wait},
 * {@link #port} and the helpers. It adapts the browser by overriding {@link #configure(ChromeOptions)} (window size,
 * {@link #preferChinese}), {@link #patience()} and {@link #scriptPatience()}; its screenshot names by overriding
 * {@link #screenshot(String)} (e.g. with {@link #numberedScreenshot}); its axe run by overriding
 * {@link #assertNoSeriousViolations(String)} with the long form. Its own {@code @BeforeEach} runs after the browser
 * is open, its own {@code @AfterEach} (under another name than {@link #close_the_browser()}) before it is closed.
 */
abstract class BrowserSession extends WithKeycloak {

    static final Path CHROMIUM = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
    static final Path CHROMEDRIVER = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final String SIGN_IN = "登录 / Sign in";
    static final By SIGN_OUT = By.id("sign-out");

    @LocalServerPort int port;
    WebDriver browser;
    WebDriverWait wait;
    private Path profile;
    private int shot;

    /** Options beyond the headless defaults, e.g. {@code --window-size=1280,1100}; none by default. */
    protected void configure(ChromeOptions options) {
    }

    /**
     * How long {@link #wait} waits: generous, since several sessions share two cores and Keycloak renders its first
     * login page slowly under load.
     */
    protected Duration patience() {
        return Duration.ofSeconds(180);
    }

    /** How long an asynchronous script (axe-core, the editors' import and export) may run. */
    protected Duration scriptPatience() {
        return Duration.ofSeconds(60);
    }

    /** The page in Chinese, as a browser set to Chinese asks for it. */
    static void preferChinese(ChromeOptions options) {
        options.addArguments("--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    }

    @BeforeEach
    void open_a_browser() throws IOException {
        // a missing browser fails the run, never skips it: a skipped browser test proves nothing
        assertThat(CHROMIUM != null && CHROMEDRIVER != null)
                .as("the browser tests need Debian's chromium and chromium-driver: "
                        + "apt-get install chromium chromium-driver")
                .isTrue();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("socorg-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        configure(options);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        wait = new WebDriverWait(browser, patience());
        browser.manage().timeouts().scriptTimeout(scriptPatience());
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

    /** The platform's address of this path, e.g. {@code url("/workspace")}. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Fills Keycloak's login form as the DEMO user (password {@code demo}) and sends it. */
    void submitLogin(String user) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
    }

    /** Signs in from the start page through Keycloak's form, and waits until the page offers to sign out. */
    void signIn(String user) {
        browser.get(url("/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(SIGN_IN))).click();
        submitLogin(user);
        wait.until(ExpectedConditions.elementToBeClickable(SIGN_OUT));
    }

    /** Signs out (of Keycloak too), and waits until the page offers to sign in again. */
    void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(SIGN_OUT)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(SIGN_IN)));
    }

    /** Opens a page of the signed-in layout and waits until Vaadin has rendered it. */
    void open(String path) {
        browser.get(url(path));
        waitForVaadin();
    }

    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!document.querySelector('vaadin-app-layout')")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Scrolls the element to the middle of the window, where no badge or page foot covers it. */
    void scrollIntoView(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Types into the field and leaves it, so the value reaches the server before the next click. */
    void type(String css, String value) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(value);
        js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    /** Clicks the element with this id, as {@link #clickFresh} does. */
    void click(String id) {
        clickFresh(By.id(id));
    }

    /** Clicks the element the locator finds now, scrolled into view, again if the page re-rendered it in between. */
    void clickFresh(By locator) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class).until(d -> {
                    WebElement element = d.findElement(locator);
                    scrollIntoView(element);
                    element.click();
                    return true;
                });
    }

    /**
     * As an official: opens the inbox, filters it to the organization's one task, claims it (a screenshot then) and
     * opens its case at the decision.
     */
    void claimAndOpen(String organization, String claimedShot) {
        open("/workspace/inbox");
        type("#inbox-filter-organization input", organization);
        // the filter re-renders the grid: wait for the one row left, click what is there then
        try {
            wait.until(d -> shown(By.cssSelector("vaadin-button.open-task")).size() == 1);
        } catch (org.openqa.selenium.TimeoutException notThere) {
            screenshot(claimedShot + "-no-task");
            throw new AssertionError("the inbox shows no single task of " + organization + ": " + body(), notThere);
        }
        // the filter field syncs lazily (400 ms debounce) and Vaadin flushes it before the click: when the inbox
        // held only this task the row was already there, so the click landed on a button the filter then replaced
        // and the server ignored it. Click the claim button the page shows until the claim's confirmation appears.
        wait.ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            if (d.findElement(By.tagName("body")).getText().contains("已签收")) {
                return true;
            }
            List<WebElement> claim = shown(By.cssSelector("vaadin-button.claim-task"));
            if (!claim.isEmpty()) {
                scrollIntoView(claim.get(0));
                claim.get(0).click();
            }
            return false;
        });
        // claimed by me: the row now offers to release it
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> shown(By.cssSelector("vaadin-button.release-task")).size() == 1);
        screenshot(claimedShot);
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement open = shown(By.cssSelector("vaadin-button.open-task")).get(0);
                    scrollIntoView(open);
                    open.click();
                    return true;
                });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")));
    }

    /** Picks the radio button with this label in a Vaadin radio group, scrolled into view as a user would. */
    void radio(String groupId, String label) {
        clickFresh(By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[contains(., '" + label + "')]//label"));
    }

    /**
     * The elements the locator finds that are shown: a grid keeps the rows a filter removed as hidden, recycled
     * elements with their buttons still inside.
     */
    List<WebElement> shown(By locator) {
        return browser.findElements(locator).stream().filter(WebElement::isDisplayed).toList();
    }

    /** Opens a vaadin-select and picks the item with this text. */
    void choose(String id, String itemText) {
        click(id);
        // only this select's own list: a list closing beside it still shows its items for a moment, and the
        // chosen value is a copy of its item; a click on the item itself, as the list may still be sliding open
        wait.until(d -> Boolean.TRUE.equals(js("""
                const select = document.getElementById(arguments[0]);
                const overlay = select._overlayElement;
                const items = [...select.querySelectorAll('vaadin-select-item'),
                    ...(overlay ? overlay.querySelectorAll('vaadin-select-item') : [])]
                  .filter(i => !i.closest('vaadin-select-value-button') && i.textContent.includes(arguments[1]));
                if (!select.opened || items.length === 0) { return false; }
                items[0].click();
                return true;""", id, itemText)));
        wait.until(d -> String.valueOf(js(
                "return document.querySelector('#' + arguments[0] + ' vaadin-select-value-button').innerText", id))
                .contains(itemText));
        wait.until(d -> Boolean.FALSE.equals(js("return document.getElementById(arguments[0]).opened", id)));
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** Saves the window as {@code target/screenshots/<step>.png}. */
    void screenshot(String step) {
        saveScreenshot(step + ".png");
    }

    /** Saves the window as {@code target/screenshots/<prefix><nn>-<step>.png}, numbered in the test's order. */
    final void numberedScreenshot(String prefix, String step) {
        saveScreenshot(String.format("%s%02d-%s.png", prefix, ++shot, step));
    }

    private void saveScreenshot(String file) {
        try {
            Files.write(SHOTS.resolve(file), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Vaadin Grid's own shadow markup, not the page's: its column sizer is a {@code <caption>} of gridcells inside the
     * treegrid table, which axe counts as a wrong child (vaadin/web-components#4318, w3c/aria#1168). Only that rule,
     * and only on a grid's {@code #table}.
     */
    static final Predicate<JsonNode> VAADIN_GRID_SIZER = v -> "aria-required-children".equals(v.path("id").asText())
            && v.path("nodes").size() > 0 && java.util.stream.StreamSupport.stream(v.path("nodes").spliterator(), false)
                    .allMatch(n -> n.asText().endsWith(",#table"));

    /**
     * Runs axe-core in the page (Vaadin's development tools left out) and fails on serious or critical violations;
     * its findings go to {@code target/screenshots/axe-<page>.json}.
     */
    void assertNoSeriousViolations(String page) {
        assertNoSeriousViolations(page, "axe-" + page.replace(' ', '-'), "the " + page, v -> false);
    }

    /**
     * Runs axe-core (from its Maven Central webjar) in the page and fails on serious or critical violations.
     *
     * @param page     the page's name in the printed findings
     * @param report   the file name (without {@code .json}) of the findings under {@code target/screenshots}
     * @param named    what the failure says the violations are on
     * @param notOurs  the violations that do not count (markup of a component, not of the page)
     * @param excluded CSS selectors of elements left out besides Vaadin's development tools
     */
    void assertNoSeriousViolations(String page, String report, String named, Predicate<JsonNode> notOurs,
            String... excluded) {
        String axe;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as(AXE).isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a grid still fetching its rows has a table without rows, which axe rightly reports: check the page the
        // user reads, once every grid has its rows
        wait.until(d -> Boolean.TRUE.equals(js("return [...document.querySelectorAll('vaadin-grid')]"
                + ".every(g => !g.hasAttribute('loading'))")));
        js(axe);
        String exclude = Stream.concat(Stream.of("vaadin-dev-tools"), Stream.of(excluded))
                .map(s -> "['" + s + "']").collect(Collectors.joining(", ", "[", "]"));
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: %s}, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))
                  .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """.formatted(exclude));
        String json = String.valueOf(answer);
        List<String> serious = new ArrayList<>();
        try {
            Files.writeString(SHOTS.resolve(report + ".json"), json);
            for (JsonNode v : JSON.readTree(json)) {
                System.out.printf("axe %s: %s (%s) %s%n", page, v.get("id").asText(), v.get("impact").asText(),
                        v.get("nodes"));
                if (notOurs.test(v)) {
                    continue;
                }
                if ("serious".equals(v.get("impact").asText()) || "critical".equals(v.get("impact").asText())) {
                    serious.add(v.get("id").asText() + ": " + v.get("help").asText() + " " + v.get("nodes"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(serious).as("serious or critical accessibility violations on " + named).isEmpty();
    }

    private static Path firstExisting(String... candidates) {
        return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
