package org.socorg.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.task.InboxNotices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reading and marking inbox notices over HTTP: each user sees and marks only the notices addressed to them or to
 * their groups in their authority; anyone else's is 404 {@code NOTICE_NOT_FOUND} in both languages and stays
 * unread; a group's notice is read by each member on their own.
 */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InboxNoticesApiTest extends ApiJourneySupport {

    @Autowired InboxNotices notices;

    @Test
    void the_recipient_marks_their_notice_read_and_another_applicant_gets_404_and_changes_nothing() {
        String key = "91110000MJ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        notices.toUser("applicant1", notice("ANNUAL_REPORT_REMINDER", key));
        Map<String, Object> mine = only("applicant1", key);
        assertThat(mine).containsEntry("read", false).containsEntry("messageZh", "请报送年报 " + key);
        Object id = mine.get("id");

        ResponseEntity<Map<String, Object>> refused = call(HttpMethod.POST, "/api/tasks/notices/" + id + "/read",
                "applicant2", null);
        ComplaintApiJourney.assertProblem(refused, HttpStatus.NOT_FOUND, "NOTICE_NOT_FOUND");
        assertThat(refused.getBody().get("detailZh").toString()).contains("未找到该提醒");
        assertThat(refused.getBody().get("detailEn").toString()).contains("No notice " + id);
        assertThat(list("/api/tasks/notices", "applicant2")).noneMatch(n -> key.equals(n.get("businessKey")));
        assertThat(only("applicant1", key)).as("still unread for its recipient").containsEntry("read", false);

        ResponseEntity<Map<String, Object>> read = call(HttpMethod.POST, "/api/tasks/notices/" + id + "/read",
                "applicant1", null);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).containsEntry("read", true).containsEntry("businessKey", key);
        Object readAt = read.getBody().get("readAt");
        assertThat(readAt).isNotNull();
        assertThat(only("applicant1", key)).containsEntry("read", true);
        // marking it again is no change
        assertThat(call(HttpMethod.POST, "/api/tasks/notices/" + id + "/read", "applicant1", null).getBody())
                .containsEntry("readAt", readAt);
    }

    @Test
    void a_groups_notice_is_read_by_each_member_alone_and_is_not_found_for_another_authority() {
        String key = "case-" + UUID.randomUUID();
        notices.toGroup("expert", "110000", notice(InboxNotices.DEADLINE_NEAR, key));
        Object id = only("expert1", key).get("id");
        assertThat(only("expert2", key)).containsEntry("read", false);
        assertThat(list("/api/tasks/notices", "expert-sh")).noneMatch(n -> key.equals(n.get("businessKey")));
        ComplaintApiJourney.assertProblem(call(HttpMethod.POST, "/api/tasks/notices/" + id + "/read", "expert-sh",
                null), HttpStatus.NOT_FOUND, "NOTICE_NOT_FOUND");
        ComplaintApiJourney.assertProblem(call(HttpMethod.POST, "/api/tasks/notices/" + id + "/read", "applicant1",
                null), HttpStatus.NOT_FOUND, "NOTICE_NOT_FOUND");

        assertThat(call(HttpMethod.POST, "/api/tasks/notices/" + id + "/read", "expert1", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(only("expert1", key)).containsEntry("read", true);
        assertThat(only("expert2", key)).as("a colleague's own copy stays unread").containsEntry("read", false);
    }

    @Test
    void mark_all_reads_every_notice_of_the_caller_only_and_says_how_many() {
        String key = "91110000MJ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        notices.toUser("supervisor1", notice("ANNUAL_REPORT_REMINDER", key));
        notices.toUser("supervisor1", notice("ANNUAL_REPORT_OVERDUE", key));
        notices.toUser("director1", notice("ANNUAL_REPORT_REMINDER", key));
        call(HttpMethod.POST, "/api/tasks/notices/read-all", "supervisor1", null);
        notices.toUser("supervisor1", notice("EVALUATION_EXPIRY", key));
        notices.toUser("supervisor1", notice(InboxNotices.DEADLINE_NEAR, key));

        ResponseEntity<Map<String, Object>> all = call(HttpMethod.POST, "/api/tasks/notices/read-all", "supervisor1",
                null);

        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).containsEntry("marked", 2);
        assertThat(list("/api/tasks/notices", "supervisor1")).allMatch(n -> Boolean.TRUE.equals(n.get("read")));
        assertThat(only("director1", key)).as("someone else's stays unread").containsEntry("read", false);
        assertThat(call(HttpMethod.POST, "/api/tasks/notices/read-all", "supervisor1", null).getBody())
                .containsEntry("marked", 0);
    }

    @Test
    void a_malformed_id_is_400_and_no_sign_in_is_401() {
        ResponseEntity<Map<String, Object>> malformed = call(HttpMethod.POST, "/api/tasks/notices/abc/read",
                "applicant1", null);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).containsKeys("detailZh", "detailEn");
        assertThat(call(HttpMethod.POST, "/api/tasks/notices/read-all", null, null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(call(HttpMethod.POST, "/api/tasks/notices/999999999/read", "applicant1", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Map<String, Object> only(String user, String businessKey) {
        List<Map<String, Object>> found = list("/api/tasks/notices", user).stream()
                .filter(n -> businessKey.equals(n.get("businessKey"))).toList();
        assertThat(found).as(user + "'s notices about " + businessKey).hasSize(1);
        return found.get(0);
    }

    private static InboxNotices.Notice notice(String kind, String key) {
        return new InboxNotices.Notice(kind, key, null, "测试组织", "请报送年报 " + key, "Please file the report " + key);
    }
}
