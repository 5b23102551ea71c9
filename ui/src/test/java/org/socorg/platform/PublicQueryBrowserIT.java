package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import java.math.BigDecimal;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public query in a real headless Chromium, on an organization registered through the real flow (filed by
 * {@code applicant1}, accepted and reviewed by {@code official1}, approved by {@code director1}, with Keycloak
 * tokens): a person searches by part of its Chinese name, opens its page and the audit proof of its registration,
 * follows the QR code of its certificate and sees the certificate verified, then switches to English. Each step is
 * saved as a screenshot under {@code target/screenshots/}; axe-core checks the search and organization pages for
 * serious and critical accessibility violations.
 */
class PublicQueryBrowserIT extends BrowserSession {

    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired OrganizationRegistry registry;

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--window-size=1280,1000");
    }

    @Test
    void the_public_finds_an_organization_by_part_of_its_name_and_verifies_its_certificate_through_the_qr_code()
            throws Exception {
        String marker = "木棉" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String name = "北京市" + marker + "助学基金会";
        String creditCode = registerThroughTheFlow(name);
        String base = url("");

        browser.get(base + "/");
        WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#public-search-text input")));
        search.sendKeys(marker + "助学", Keys.ENTER);
        // the page first lists every organization; the search leaves exactly this one
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#public-search-results [role=listitem]"), 1));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name)));
        screenshot("public-01-search-by-partial-name");
        assertNoSeriousViolations("search page");

        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.linkText(name)).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organization-name"), name));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(creditCode, "林木棉", "基本信息",
                "年检与年报");
        screenshot("public-02-organization-page");
        // a tab with nothing recorded says so
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[@role='tab' and contains(., '年检与年报')]")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "暂无年检与年报记录"));
        screenshot("public-02b-organization-empty-tab");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[@role='tab' and contains(., '基本信息')]")))
                .click();
        assertNoSeriousViolations("organization page");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button.proof-mark"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-proof-verdict"), "已验证"));
        screenshot("public-03-audit-proof");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ESCAPE).perform();

        String qrTarget = certificateQrTarget(creditCode, name);
        assertThat(qrTarget).isEqualTo(base + "/verify/" + creditCode);
        browser.get(qrTarget);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-verdict"), "登记证书有效"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(name, creditCode);
        screenshot("public-04-certificate-verified");

        // a qualification in force has its own certificate: its PDF, its QR code, its own verification page
        String number = "110000-PF-2026-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.update("INSERT INTO fundraising_qualification (credit_code, certificate_number, application_id,"
                + " division_code, granted_on, granted_by, created_at) VALUES (?, ?, ?, '110000', ?, 'director1', ?)",
                creditCode, number, UUID.randomUUID().toString(), java.sql.Date.valueOf("2026-01-05"),
                java.sql.Timestamp.from(java.time.Instant.now()));
        browser.get(base + "/organizations/" + creditCode);
        String qualificationHref = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("qualification-pdf")))
                .getAttribute("href");
        HttpResponse<byte[]> qualificationPdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(qualificationHref)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(qualificationPdf.statusCode()).isEqualTo(200);
        Files.write(SHOTS.resolve("public-qualification-certificate.pdf"), qualificationPdf.body());
        String qualificationQr = qrTarget(qualificationPdf.body(), "公开募捐资格证书", name, number);
        assertThat(qualificationQr).isEqualTo(base + "/verify/" + creditCode + "/qualification/" + number);
        browser.get(qualificationQr);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-verdict"), "公开募捐资格证书有效"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(name, number);
        screenshot("public-04b-qualification-verified");
        browser.get(qrTarget);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-verdict"), "登记证书有效"));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verify-verdict"),
                "The registration certificate is valid"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        screenshot("public-05-certificate-verified-in-english");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/?q=" + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name)));
        screenshot("public-06-search-on-a-phone");
    }

    /**
     * Text people typed is shown as text: an organization whose name holds markup (as a registry imported from
     * elsewhere might) shows the markup literally in the search results and on its page, and none of it runs.
     */
    @Test
    void markup_in_an_organizations_name_is_shown_as_text_and_never_runs() {
        String marker = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String name = "北京市" + marker + "<img src=x onerror=window.__xss=1>基金会";
        Organization org = registry.register(new NewOrganization(name, OrganizationType.FOUNDATION,
                OrganizationScope.LOCAL, "110000", "北京市民政局", "<b>黄某</b>", new BigDecimal("4000000"),
                "北京市西城区9号", "<script>window.__xss=2</script>资助", UUID.randomUUID().toString(), "applicant1",
                "director1"));
        String base = url("");

        browser.get(base + "/?q=" + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "<img src=x"));
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
        browser.get(base + "/organizations/" + org.creditCode());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "<b>黄某</b>"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(name);
        assertThat(js("return window.__xss === undefined && document.querySelectorAll('img[src=x]').length === 0"))
                .isEqualTo(true);
        screenshot("public-08-markup-shown-as-text");
    }

    /** Files, accepts, reviews and approves an establishment through the API with Keycloak tokens. */
    private String registerThroughTheFlow(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgType", "FOUNDATION");
        body.put("scope", "LOCAL");
        body.put("name", name);
        body.put("divisionCode", "110000");
        body.put("supervisingUnit", "北京市教育委员会");
        body.put("legalRepresentative", "林木棉");
        body.put("activityFunds", 4_000_000);
        body.put("publicFundraising", true);
        body.put("address", "北京市东城区1号");
        body.put("businessScope", "资助家庭经济困难学生完成学业");
        JsonNode filed = api("POST", "/api/registrations/establishments", "applicant1", body);
        String id = filed.get("id").asText();
        String pid = filed.get("processInstanceId").asText();
        complete("official1", pid, "UserTask_CheckDocuments", Map.of("outcome", "COMPLETE"));
        complete("official1", pid, "UserTask_ReviewApplication",
                Map.of("outcome", "RECOMMEND_APPROVAL", "comment", "符合条件"));
        complete("director1", pid, "UserTask_DecideRegistration", Map.of("outcome", "APPROVE"));
        JsonNode decided = api("GET", "/api/registrations/" + id, "applicant1", null);
        assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
        return decided.get("creditCode").asText();
    }

    private void complete(String user, String pid, String taskKey, Map<String, String> decision) {
        String taskId = null;
        for (JsonNode t : api("GET", "/api/tasks", user, null)) {
            if (pid.equals(t.get("processInstanceId").asText()) && taskKey.equals(t.get("taskDefinitionKey").asText())) {
                taskId = t.get("id").asText();
            }
        }
        assertThat(taskId).as(user + " has " + taskKey).isNotNull();
        api("POST", "/api/tasks/" + taskId + "/claim", user, null);
        api("POST", "/api/tasks/" + taskId + "/complete", user, decision);
    }

    private JsonNode api(String method, String path, String user, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Authorization", "Bearer " + token(user)).header("Content-Type", "application/json")
                    .header("Accept", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isLessThan(300);
            return r.body() == null || r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Downloads the certificate as the page's button does, checks its text and reads its QR code. */
    private String certificateQrTarget(String creditCode, String name) throws Exception {
        String href = browser.findElement(By.id("certificate-pdf")).getAttribute("href");
        assertThat(href).endsWith("/api/public/organizations/" + creditCode + "/certificate.pdf");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(SHOTS.resolve("public-certificate.pdf"), pdf.body());
        return qrTarget(pdf.body(), "基金会法人登记证书", name, creditCode);
    }

    /** The text of the certificate's QR code, after checking the PDF says what it must. */
    static String qrTarget(byte[] pdf, String... texts) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(texts);
            PDResources resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            collect(resources, images);
            assertThat(images).isNotEmpty();
            // the embedded image is the bare QR symbol: read it as such. The camera-style detector alone misses
            // about 6 in 1000 symbols of such URLs (measured on 2000 random ones), which made this test flaky.
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(images.get(0).getImage()))),
                    java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        }
    }

    private static void collect(PDResources resources, List<PDImageXObject> out) throws IOException {
        for (COSName n : resources.getXObjectNames()) {
            var x = resources.getXObject(n);
            if (x instanceof PDImageXObject image) {
                out.add(image);
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), out);
            }
        }
    }
}
