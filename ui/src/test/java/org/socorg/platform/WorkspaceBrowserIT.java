package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The workspace end to end in a real headless Chromium, signed in through the real Keycloak: applicant1 fills the
 * establishment wizard, attaches a PDF, saves a draft, signs out and in again, resumes and submits (receipt with its
 * audit seal); official1 (Beijing) claims and accepts the documents and reviews; a Guangzhou officer cannot open the
 * Beijing case; director1 approves; the applicant sees the approval, then files a change for the new organization
 * through its own wizard (receipt with the application number), which applicant2 cannot open and official1's case
 * view shows as filed; on a phone the header fits; the public finds the organization and its certificate verified.
 * The receipts name filings by number, never by id. Screenshots in {@code target/screenshots}.
 */
class WorkspaceBrowserIT extends BrowserSession {

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--window-size=1280,1100");
        preferChinese(options);
    }

    @Override
    void screenshot(String name) {
        numberedScreenshot("", name);
    }

    @Test
    void an_applicant_files_through_the_wizard_with_a_draft_and_the_authority_accepts_reviews_and_approves()
            throws IOException {
        String name = "北京市夕阳红养老服务中心" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path charter = Files.createTempFile("charter", ".pdf");
        Files.writeString(charter, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        Path resolution = Files.createTempFile("resolution", ".pdf");
        Files.writeString(resolution, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

        // the applicant starts the wizard and stops half-way, with a document attached
        signIn("applicant1");
        open("/workspace/applicant");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-establishment")));
        screenshot("applicant-home");
        open("/workspace/apply/establishment");
        choose("field-orgType", "社会服务机构");
        radio("field-scope", "地方性");
        type("#field-name input", name);
        type("#field-legalRepresentative input", "赵院长");
        screenshot("wizard-step-1");
        click("wizard-next");
        type("#field-activityFunds input", "50000");
        screenshot("wizard-step-2");
        click("wizard-next");
        type("#field-address input", "北京市西城区2号");
        type("#field-businessScope textarea", "为老年人提供养老服务");
        screenshot("wizard-step-3");
        click("wizard-next");
        choose("field-divisionCode", "北京市民政局");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(charter.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), charter.getFileName().toString()));
        screenshot("wizard-step-4-authority-and-documents");
        click("wizard-save");
        waitForText("草稿已保存");
        screenshot("draft-saved");
        signOut();

        // signs in again, resumes at the step they left, checks the answers and submits
        signIn("applicant1");
        open("/workspace/applicant");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.resume-draft"))).click();
        waitForText("已打开草稿");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                charter.getFileName().toString()));
        screenshot("draft-resumed");
        click("wizard-next");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard-review"), name));
        assertThat(text("wizard-review")).contains("社会服务机构", "地方性", "50000", "北京市民政局",
                charter.getFileName().toString());
        screenshot("check-your-answers");
        click("wizard-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-done")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-receipt")));
        // the receipt and its address name the filing by its application number, never by an internal id
        String number = browser.getCurrentUrl().replaceAll(".*/workspace/receipt/", "");
        assertThat(number).matches("\\d{6}-\\d{4}-\\d{6,}");
        assertThat(text("receipt")).contains(number, name, "已提交，待受理")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");
        String applicationId = send(HttpRequest.newBuilder(URI.create(url("/api/registrations/" + number)))
                .header("Authorization", "Bearer " + token("applicant1")).GET().build()).path("id").asText();
        assertThat(text("receipt-next")).as("what happens next").contains("北京市民政局", "我的办事");
        screenshot("receipt");
        signOut();

        // the Beijing officer claims and accepts it, then reviews it
        signIn("official1");
        decide(name, "材料齐全，予以受理", "accepted");
        decide(name, "建议准予登记", "reviewed");
        signOut();

        // a Guangzhou officer neither sees nor opens the Beijing case
        String decisionTask = taskOf("director1", applicationId);
        signIn("official-gz");
        open("/workspace/inbox");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        assertThat(body()).doesNotContain(name);
        open("/workspace/cases/" + decisionTask);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-not-found")));
        assertThat(body()).doesNotContain(name);
        screenshot("other-city-refused");
        signOut();

        // the director approves
        signIn("director1");
        decide(name, "准予登记", "approved");
        signOut();

        signIn("applicant1");
        open("/workspace/applicant");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"), "准予登记"));
        screenshot("applicant-sees-approval");

        // the holder files a change for the new organization through that flow's own wizard (rendered from
        // forms/registration/change-application.form), the credit code filled in and fixed
        WebElement changeLink = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.filing-change")));
        String heldCode = changeLink.getAttribute("href").replaceAll(".*/", "");
        changeLink.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-reason")));
        assertThat(text("filing-organization")).contains(name, heldCode);
        assertThat(browser.findElement(By.id("field-creditCode")).getAttribute("readonly")).isNotNull();
        type("#field-address input", "北京市西城区新址8号");
        type("#field-reason textarea", "住所迁移");
        browser.findElement(By.cssSelector("#field-resolutionAdopted input")).click();
        assertThat(browser.findElement(By.cssSelector("#field-resolutionAdopted input")).isSelected()).isTrue();
        assertThat(text("field-activityFunds")).as("one language only").doesNotContain("New activity funds");
        screenshot("change-wizard");
        // saved as a draft, it is resumed from 我的办事 with every answer and the box ticked
        click("wizard-save");
        waitForText("草稿已保存");
        open("/workspace/applicant");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("drafts"), "变更登记申请：" + name));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.resume-draft"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#field-reason textarea"), "value", "住所迁移"));
        assertThat(browser.findElement(By.cssSelector("#field-resolutionAdopted input")).isSelected()).isTrue();
        assertThat(browser.getCurrentUrl()).contains("/workspace/file/change/" + heldCode + "?draft=");
        // the buttons sit below the fold of the resumed page: scroll to them as a user would
        clickFresh(By.id("wizard-next"));
        // the change's documents: the council's resolution, kept with the draft until it is filed
        WebElement changeUpload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents-upload")));
        assertThat(body()).contains("理事会决议");
        changeUpload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(resolution.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                resolution.getFileName().toString()));
        screenshot("change-wizard-documents");
        assertNoSeriousViolations("change-wizard-documents");
        clickFresh(By.id("wizard-next"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard-review"), "北京市西城区新址8号"));
        assertThat(text("wizard-review")).contains(resolution.getFileName().toString());
        click("wizard-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-receipt")));
        assertThat(text("receipt")).contains("变更登记申请", name, "已提交，待受理")
                .containsPattern("\\d{6}-\\d{4}-\\d{6,}").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        screenshot("change-filed");
        java.util.regex.Matcher changeNumber = java.util.regex.Pattern.compile("\\d{6}-\\d{4}-\\d{6,}")
                .matcher(text("receipt"));
        assertThat(changeNumber.find()).isTrue();
        String changeId = send(HttpRequest.newBuilder(URI.create(url("/api/registrations/" + changeNumber.group())))
                .header("Authorization", "Bearer " + token("applicant1")).GET().build()).path("id").asText();
        open("/workspace/applicant");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applications"), "变更登记：" + name));
        assertThat(browser.findElements(By.cssSelector("vaadin-button.resume-draft"))).as("the filed draft is gone")
                .isEmpty();
        signOut();
        // another applicant cannot file for an organization they do not hold
        signIn("applicant2");
        open("/workspace/file/change/" + heldCode);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filing-not-offered")));
        assertThat(body()).doesNotContain(name);
        signOut();
        // the Beijing officer's case view shows what the change asks for, as the holder's form labelled it
        signIn("official1");
        String changeTask = taskOf("official1", changeId);
        open("/workspace/cases/" + changeTask);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-data"), "住所迁移"));
        assertThat(text("case-data")).contains("北京市西城区新址8号", heldCode);
        assertThat(body()).contains(changeNumber.group());
        assertThat(text("case-documents")).as("filed with the change").contains(resolution.getFileName().toString());
        screenshot("change-case");
        // 一次性告知补正: the officer asks for the address in full; the holder answers from 我的办事 in the change's
        // own wizard, the officer's words on top and the filed answers and documents in place
        clickFresh(By.id("case-claim"));
        waitForText("已签收");
        radio("field-outcome", "一次性告知补正");
        type("#field-comment textarea", "请补正住所：缺少楼号");
        clickFresh(By.id("case-complete"));
        wait.until(ExpectedConditions.urlContains("/workspace/inbox"));
        signOut();
        signIn("applicant1");
        open("/workspace/applicant");
        clickFresh(By.id("answer-" + changeId));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("officer-comment")));
        assertThat(text("officer-comment")).contains("缺少楼号");
        assertThat(browser.getCurrentUrl()).contains("/workspace/file/change/" + heldCode + "?task=");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#field-address input"), "value",
                "北京市西城区新址8号"));
        screenshot("change-supplement");
        assertNoSeriousViolations("change-supplement");
        type("#field-address input", "北京市西城区新址8号院1号楼");
        clickFresh(By.id("wizard-next"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"),
                resolution.getFileName().toString()));
        clickFresh(By.id("wizard-next"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wizard-review"), "新址8号院1号楼"));
        click("wizard-submit");
        waitForText("补正材料已提交");
        signOut();
        // back with the Beijing officer, corrected: 转办 to a colleague of the authority, picked by name
        signIn("official1");
        changeTask = taskOf("official1", changeId);
        open("/workspace/cases/" + changeTask);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-data"), "新址8号院1号楼"));
        clickFresh(By.id("case-claim"));
        waitForText("已签收");
        clickFresh(By.id("case-delegate"));
        type("#delegate-to input", "周九");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., '周九')]")))
                .click();
        type("#delegate-reason textarea", "本人出差");
        screenshot("change-case-delegate");
        assertNoSeriousViolations("change-case-delegate");
        click("delegate-confirm");
        wait.until(ExpectedConditions.urlContains("/workspace/inbox"));
        waitForText("已转办给 周九");
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/api/tasks/" + changeTask)))
                .header("Authorization", "Bearer " + token("reviewer1")).GET().build()).path("assignee").asText())
                .as("the colleague now holds the change").isEqualTo("reviewer1");
        signOut();
        signIn("applicant1");
        // the wizard on a phone
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/workspace/apply/establishment");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-orgType")));
        screenshot("phone-wizard");
        // the header fits a phone: the short platform name whole (no ellipsis), sign-out as an icon with its label
        assertThat(js("const t = document.getElementById('platform-name');"
                + " return t.scrollWidth <= t.clientWidth ? t.innerText.trim() : 'cut: ' + t.innerText;"))
                .isEqualTo("社会组织");
        assertThat(browser.findElement(By.id("sign-out")).getAttribute("aria-label")).contains("退出");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));
        signOut();

        // the public finds the new organization, opens its certificate's QR link and sees it verified
        open("/");
        type("#public-search-text input", name);
        browser.findElement(By.cssSelector("#public-search-text input")).sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name)));
        screenshot("public-finds-the-organization");
        clickFresh(By.linkText(name));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organization-name"), name));
        screenshot("public-organization-page");
        String certificate = browser.findElement(By.id("certificate-pdf")).getAttribute("href");
        String creditCode = certificate.replaceAll(".*/organizations/([^/]+)/certificate.pdf$", "$1");
        String qr;
        try {
            qr = PublicQueryBrowserIT.qrTarget(HTTP.send(HttpRequest.newBuilder(URI.create(certificate)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body(), name, creditCode);
        } catch (Exception e) {
            throw new AssertionError("certificate " + certificate, e);
        }
        assertThat(qr).isEqualTo("http://127.0.0.1:" + port + "/verify/" + creditCode);
        browser.get(qr);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-verdict"), "登记证书有效"));
        screenshot("public-certificate-verified");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/organizations/" + creditCode);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organization-name"), name));
        screenshot("phone-public-organization-page");
    }

    /** Opens the inbox, filters to the case, claims its task, opens it and completes it with an outcome. */
    private void decide(String organization, String outcomeLabel, String shotName) {
        claimAndOpen(organization, shotName + "-claimed");
        radio("field-outcome", outcomeLabel);
        screenshot(shotName + "-decision");
        // the decision sits below the fold of the 1100px window: scroll it into view as a user would
        clickFresh(By.id("case-complete"));
        wait.until(ExpectedConditions.urlContains("/workspace/inbox"));
        waitForText("已办结");
        screenshot(shotName);
    }

    private String taskOf(String user, String applicationId) {
        JsonNode tasks = send(HttpRequest.newBuilder(URI.create(url("/api/tasks")))
                .header("Authorization", "Bearer " + token(user)).GET().build());
        for (JsonNode t : tasks) {
            if (applicationId.equals(t.path("businessKey").asText())) {
                return t.path("id").asText();
            }
        }
        throw new AssertionError("no task of " + applicationId + " for " + user + ": " + tasks);
    }

    /** The wizard's buttons: waits until the button is enabled, then clicks it once. */
    @Override
    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** The wizard's selects: a simpler pick than the workbench's, as they open in place. */
    @Override
    void choose(String id, String itemText) {
        click(id);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[contains(., '" + itemText + "')]"))).click();
    }
}
