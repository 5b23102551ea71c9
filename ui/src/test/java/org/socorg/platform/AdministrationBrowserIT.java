package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administration screens in a real headless Chromium, through the real Keycloak: a provincial administrator
 * sees the users of the province and its cities, opens one and finds the authority picker offering the authorities
 * of the jurisdiction by name; the working-day calendar lists the years it knows. An official asking for the
 * administration's address gets the platform's "page not found", learning nothing. axe-core finds no serious
 * violation on either screen.
 */
class AdministrationBrowserIT extends BrowserSession {

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--window-size=1280,1100");
        preferChinese(options);
    }

    @Test
    void a_provincial_administrator_manages_the_provinces_users_by_authority_name_and_reads_the_calendar() {
        signIn("official1");
        open("/workspace/admin/users");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-page")));
        assertThat(body()).contains("页面不存在").doesNotContain("official-gz", "用户与角色");
        signOut();

        signIn("admin-gd");
        open("/workspace/admin/users");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users"), "official-gz"));
        assertThat(text("users")).contains("official-gz", "广州市民政局").doesNotContain("official1", "official-sh");
        assertNoSeriousViolations("administration users", "axe-administration-users", "the users screen",
                VAADIN_GRID_SIZER);
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            for (WebElement cell : d.findElements(By.tagName("vaadin-grid-cell-content"))) {
                if ("official-gz".equals(cell.getText().strip())) {
                    cell.click();
                    return true;
                }
            }
            return false;
        });
        WebElement picker = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#move-authority input")));
        assertThat(picker.getAttribute("value")).isEqualTo("广州市民政局（440100）");
        js("document.getElementById('move-authority').opened = true");
        wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).size() == 3);
        assertThat(browser.findElements(By.tagName("vaadin-combo-box-item"))).extracting(WebElement::getText)
                .containsExactly("广东省民政厅（440000）", "广州市民政局（440100）", "深圳市民政局（440300）");
        screenshot("administration-01-authority-picker");

        open("/workspace/admin/calendar");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-days")));
        assertThat(body()).contains("2026");
        screenshot("administration-02-calendar");
        assertNoSeriousViolations("administration calendar", "axe-administration-calendar", "the calendar screen",
                VAADIN_GRID_SIZER);
        signOut();
    }
}
