package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socorg.platform.complaint.ComplaintCategory;
import org.socorg.platform.complaint.ComplaintRequest;
import org.socorg.platform.complaint.ComplaintService;
import org.socorg.platform.credit.CreditSanction;
import org.socorg.platform.credit.ListingProposal;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public complaint form in a real headless Chromium, signed out: from an organization's page ("report this
 * organization") to the form with the organization chosen, a too-short description refused as it is typed, the
 * report filed and its tracking code shown, and the tracking page showing its status (and nothing of the reporter);
 * then a report about an organization found by searching its name. Every page visited has one main landmark and a
 * single h1, and axe-core finds no serious or critical violation on the form, the receipt, the tracking page and the
 * public credit lists. Screenshots and axe's findings go to {@code target/screenshots/}.
 */
class ComplaintBrowserIT extends BrowserSession {

    @Autowired OrganizationRegistry registry;
    @Autowired ComplaintService complaints;
    @Autowired CreditSanction credit;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--window-size=1280,1000");
    }

    @Test
    void the_public_reports_an_organization_gets_a_tracking_code_and_follows_the_report() throws IOException {
        String marker = "紫荆" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Organization org = beijingFoundation("北京市" + marker + "互助基金会", "北京市西城区2号");
        String base = url("");

        browser.get(base + "/organizations/" + org.creditCode());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("report-organization"))).click();
        WebElement chosen = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#complaint-organization input")));
        wait.until(d -> chosen.getAttribute("value").contains(org.name()));
        assertLandmarks("complaint form");
        assertNoSeriousViolations("complaint form");

        pick("complaint-category", "违规募捐");
        WebElement description = browser.findElement(By.cssSelector("#complaint-description textarea"));
        description.sendKeys("太短了");
        wait.until(d -> property("complaint-description", "invalid"));
        assertThat(browser.findElement(By.id("complaint-description")).getText()).contains("10至5000字");
        description.sendKeys("：该会在小区门口以会员互助名义向老人收取入会费，并承诺高额返利。");
        wait.until(d -> !property("complaint-description", "invalid"));
        browser.findElement(By.cssSelector("#complaint-contact input")).sendKeys("13900000000");
        screenshot("complaint-01-form-filled");
        // scrolled into the middle first: at the page's foot Vaadin's development-mode badge would take the click
        scrollIntoView(browser.findElement(By.id("complaint-submit")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("complaint-submit"))).click();

        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-tracking-code")))
                .getText().strip();
        assertThat(code).matches("[0-9A-Z]{20}");
        screenshot("complaint-02-tracking-code");
        assertLandmarks("complaint receipt");
        assertNoSeriousViolations("complaint receipt");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("complaint-follow"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-facts"), "已受理，待分办"));
        String facts = browser.findElement(By.id("track-facts")).getText();
        assertThat(facts).contains(org.name(), "违规募捐").doesNotContain("13900000000", "返利");
        screenshot("complaint-03-tracked");
        assertLandmarks("complaint tracking");
        assertNoSeriousViolations("complaint tracking");

        // anyone with the code, in a fresh page, and a mistyped code is refused
        browser.get(base + "/complaint/track");
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#track-code input")));
        input.sendKeys("0000000000000000000A");
        browser.findElement(By.id("track-submit")).click();
        wait.until(d -> property("track-code", "invalid"));
        // typed in lower case, on a fresh page
        browser.get(base + "/complaint/track");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#track-code input")))
                .sendKeys(code.toLowerCase());
        browser.findElement(By.id("track-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("track-facts"), org.name()));

        // from the search page: the organization found by part of its name
        browser.get(base + "/");
        scrollIntoView(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("public-complaint-link"))));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("public-complaint-link"))).click();
        WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#complaint-organization input")));
        search.sendKeys(marker);
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            for (WebElement item : d.findElements(By.tagName("vaadin-combo-box-item"))) {
                if (item.getText().contains(org.creditCode())) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        pick("complaint-category", "其他");
        browser.findElement(By.cssSelector("#complaint-description textarea"))
                .sendKeys("该会会员大会多年未召开，理事会成员由会长一人指定。");
        tick("complaint-anonymous");
        // scrolled into the middle first: at the page's foot Vaadin's development-mode badge would take the click
        scrollIntoView(browser.findElement(By.id("complaint-submit")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("complaint-submit"))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-tracking-code")))
                .getText().strip()).matches("[0-9A-Z]{20}").isNotEqualTo(code);

        browser.get(base + "/credit-lists");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=tablist]")));
        assertLandmarks("credit lists");
        assertNoSeriousViolations("credit lists");
    }

    /**
     * An enforcement officer works a report through the step forms in the browser: triage opens a case, and the
     * investigation's proposal (a fine with its amount, reason and legal basis) reaches the case as the form's data;
     * a fine with three decimals is refused at the field as it is typed, before anything is sent.
     */
    @Test
    void an_enforcement_officer_opens_a_case_and_proposes_a_fine_through_the_step_forms() {
        String marker = "海棠" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Organization org = beijingFoundation("北京市" + marker + "助老基金会", "北京市西城区3号");
        complaints.file(java.util.Optional.empty(), new ComplaintRequest(org.creditCode(), null,
                ComplaintCategory.ILLEGAL_FUNDRAISING, "该会在地铁站以助老名义向乘客募捐，未出示任何备案信息。", false,
                null));
        signIn("enforcer1");

        claimAndOpen(org.name(), "enforcement-01-triage-claimed");
        // the report itself, as the officer triages it
        assertThat(text("case-data")).contains(org.creditCode(), "违规募捐", "该会在地铁站以助老名义向乘客募捐");
        radio("field-outcome", "立案调查");
        clickFresh(By.id("case-complete"));
        wait.until(ExpectedConditions.urlContains("/workspace/inbox"));

        claimAndOpen(org.name(), "enforcement-02-investigation-claimed");
        radio("field-data.proposedOutcome", "罚款");
        WebElement fine = browser.findElement(By.id("field-data.fineAmount")).findElement(By.tagName("input"));
        fine.sendKeys("5000.125");
        wait.until(d -> String.valueOf(js("return document.getElementById(arguments[0]).errorMessage",
                "field-data.fineAmount")).contains("最多 2 位小数"));
        fine.sendKeys(Keys.BACK_SPACE);
        wait.until(d -> !Boolean.TRUE.equals(js("return document.getElementById(arguments[0]).invalid",
                "field-data.fineAmount")));
        browser.findElement(By.id("field-data.reason")).findElement(By.tagName("input"))
                .sendKeys("未取得公开募捐资格开展公开募捐");
        browser.findElement(By.id("field-data.legalBasis")).findElement(By.tagName("input"))
                .sendKeys("《慈善法》第一百零一条");
        browser.findElement(By.id("field-comment")).findElement(By.tagName("textarea"))
                .sendKeys("经现场调查和询问，举报属实。");
        screenshot("enforcement-03-proposal");
        assertNoSeriousViolations("case decision with a step form");
        clickFresh(By.id("case-complete"));
        wait.until(ExpectedConditions.urlContains("/workspace/inbox"));

        java.util.Map<String, Object> proposed = jdbc.queryForMap("SELECT status, proposed_outcome, fine_amount,"
                + " reason, legal_basis, proposed_by FROM enforcement_case WHERE credit_code = ?", org.creditCode());
        assertThat(proposed).containsEntry("status", "AWAITING_DECISION").containsEntry("proposed_outcome", "FINE")
                .containsEntry("reason", "未取得公开募捐资格开展公开募捐")
                .containsEntry("legal_basis", "《慈善法》第一百零一条").containsEntry("proposed_by", "enforcer1");
        assertThat((BigDecimal) proposed.get("fine_amount")).isEqualByComparingTo("5000.12");
        signOut();

        // the director decides on the proposal as the case view shows it
        signIn("director1");
        claimAndOpen(org.name(), "enforcement-04-decision-claimed");
        assertThat(text("case-data")).contains("罚款", "5000.12", "未取得公开募捐资格开展公开募捐", "《慈善法》第一百零一条",
                "经现场调查和询问，举报属实。", "卫法");
        screenshot("enforcement-05-decision");
        signOut();
    }

    /** A proposed credit listing opens for the official with the case itself: list, reason, legal basis. */
    @Test
    void an_official_confirming_a_credit_listing_reads_the_case_it_is_about() {
        String marker = "玉兰" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Organization org = beijingFoundation("北京市" + marker + "助残基金会", "北京市西城区5号");
        credit.propose(new Caller("enforcer1", "卫法", Set.of(Groups.ENFORCEMENT_OFFICERS), "110000"),
                new ListingProposal(org.creditCode(), "UNREACHABLE_AT_ADDRESS",
                        "登记住所无法联系", null, null));
        signIn("official1");
        claimAndOpen(org.name(), "credit-01-confirm-claimed");
        assertThat(text("case-data")).contains(org.creditCode(), "拟列入名单", "列入事由", "法律依据", "卫法");
        screenshot("credit-02-confirm");
        signOut();
    }

    /** A Beijing foundation held by applicant1, entered into the registry directly. */
    private Organization beijingFoundation(String name, String address) {
        return registry.register(new NewOrganization(name, OrganizationType.FOUNDATION, OrganizationScope.LOCAL,
                "110000", "北京市民政局", "黄某", new BigDecimal("4000000"), address, "资助",
                UUID.randomUUID().toString(), "applicant1", "director1"));
    }

    /**
     * Picks the radio button with this label in a radio group. Vaadin's radio input is transparent (the button draws
     * the circle), which Selenium counts as not displayed, so it is clicked from the page's script.
     */
    private void pick(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='" + id + "']//vaadin-radio-button[normalize-space(.)='" + text + "']//input")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", input);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].checked",
                d.findElement(By.xpath("//*[@id='" + id + "']//vaadin-radio-button[normalize-space(.)='" + text
                        + "']")))));
    }

    /** Ticks a vaadin-checkbox through its (transparent) input, as {@link #pick} does. */
    private void tick(String id) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", input);
        wait.until(d -> property(id, "checked"));
    }

    /** A Vaadin component's boolean property ({@code invalid}, {@code checked}): Selenium's getAttribute reads
     *  the property as "true"/"false", never null, so it is read from the page's script. */
    private boolean property(String id, String name) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.getElementById(arguments[0])[arguments[1]] === true", id, name));
    }

    private void assertLandmarks(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return document.querySelectorAll('h1').length")).intValue())
                .as("h1 on the " + page).isEqualTo(1);
        assertThat(((Number) js.executeScript(
                "return document.querySelectorAll('main, [role=main]').length")).intValue())
                .as("main landmarks on the " + page).isEqualTo(1);
    }
}
