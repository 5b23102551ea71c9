package org.socorg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.socorg.platform.task.InboxNotices;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notices screen in a real headless Chromium, signed in through the real Keycloak: two Shanghai cases near
 * their statutory limit (the reminder the deadline timer sends, raised here directly) reach official-sh's inbox as
 * notices; the bell in the header counts them, the page lists them with kind, date and text and links to the case;
 * one and then all are marked read and the bell clears; a user with no notices sees what will appear there.
 * Screenshots {@code notices-*.png} in {@code target/screenshots}.
 */
class NoticesBrowserIT extends BrowserSession {

    @Autowired InboxNotices notices;

    @Override
    protected void configure(ChromeOptions options) {
        options.addArguments("--window-size=1280,900");
        preferChinese(options);
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
}
