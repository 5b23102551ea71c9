package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UI's sign-in and sign-out in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}):
 * the Vaadin page's sign-in link, Keycloak's login form (authorization code + PKCE), the signed-in name in the
 * page, and sign-out ending the Keycloak session, which then asks for the password again.
 */
class BrowserSignOnIT extends WithKeycloak {

    static final Path CHROMIUM = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
    static final Path CHROMEDRIVER = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    @LocalServerPort int port;
    WebDriver browser;
    Path profile;

    @BeforeEach
    void open_a_browser() throws IOException {
        // a missing browser fails the run, never skips it: a skipped browser test proves nothing
        assertThat(CHROMIUM != null && CHROMEDRIVER != null)
                .as("the browser tests need Debian's chromium and chromium-driver: "
                        + "apt-get install chromium chromium-driver")
                .isTrue();
        profile = Files.createTempDirectory("socorg-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
    }

    @AfterEach
    void close_the_browser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void an_applicant_signs_in_at_keycloak_sees_their_name_and_signs_out_of_keycloak_too() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("登录 / Sign in"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("applicant1");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "张三"));
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + port + "/");

        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., '退出')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("登录 / Sign in"))).click();
        // Keycloak's session ended with the platform's: it asks for the password again
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(keycloak().issuer());
    }

    private static Path firstExisting(String... candidates) {
        return Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
