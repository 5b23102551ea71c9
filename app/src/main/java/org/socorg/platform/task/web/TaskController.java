package org.socorg.platform.task.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.task.InboxNotice;
import org.socorg.platform.task.InboxNotices;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskDelegation;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks 待办", description = "The caller's task inbox: list, claim, complete with a decision")
class TaskController {

    private final TaskInbox inbox;
    private final CurrentUser currentUser;
    private final InboxNotices notices;

    TaskController(TaskInbox inbox, CurrentUser currentUser, InboxNotices notices) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.notices = notices;
    }

    @GetMapping
    @Operation(summary = "My tasks: assigned to me, and offered to my groups in my jurisdiction")
    List<TaskSummary> myTasks() {
        return inbox.myTasks(currentUser.require());
    }

    @GetMapping("/notices")
    @Operation(summary = "My notices (提醒): reminders addressed to me, or to my groups in my jurisdiction",
            description = "Statutory limits near on cases I handle, a grade about to expire, an annual report due;"
                    + " newest first, at most 200, each with whether I have read it.")
    List<InboxNotice> myNotices() {
        return notices.mine(currentUser.require());
    }

    @PostMapping("/notices/{id}/read")
    @Operation(summary = "Mark one of my notices read (已读)",
            description = "Only a notice addressed to me or to my groups in my jurisdiction; any other is 404"
                    + " NOTICE_NOT_FOUND. Marking it again changes nothing. A group's notice is read by each member"
                    + " on their own.")
    InboxNotice markRead(@PathVariable long id) {
        return notices.markRead(currentUser.require(), id);
    }

    @PostMapping("/notices/read-all")
    @Operation(summary = "Mark all my notices read (全部已读)", description = "Answers how many were unread.")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", notices.markAllRead(currentUser.require()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with the outcomes it offers")
    TaskSummary get(@PathVariable String id) {
        return inbox.get(currentUser.require(), id);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim (签收) an offered task")
    TaskSummary claim(@PathVariable String id) {
        return inbox.claim(currentUser.require(), id);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Release (退回) a task I claimed, back to its candidate groups")
    TaskSummary release(@PathVariable String id) {
        return inbox.release(currentUser.require(), id);
    }

    @PostMapping("/{id}/delegate")
    @Operation(summary = "Delegate (转办) a task I hold to a colleague",
            description = "The colleague must be offered the step (one of its candidate groups) and work for the case's "
                    + "authority; the hand-over is recorded as a comment on the case.")
    TaskSummary delegate(@PathVariable String id, @Valid @RequestBody TaskDelegation delegation) {
        return inbox.delegate(currentUser.require(), id, delegation.to(), delegation.comment());
    }

    /** A colleague a task can be handed to: their user name (for {@code delegate}) and the name people see. */
    record Colleague(String username, String displayName) {
    }

    @GetMapping("/{id}/delegation-candidates")
    @Operation(summary = "The colleagues I could delegate (转办) a task I hold to",
            description = "The enabled people of the case's authority who hold one of the roles the step is offered "
                    + "to, by name; only for the person holding the task.")
    List<Colleague> delegationCandidates(@PathVariable String id) {
        return inbox.delegationCandidates(currentUser.require(), id).stream()
                .map(c -> new Colleague(c.id(), c.displayName())).toList();
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete my task with a decision",
            description = "The outcome must be one the task offers; outcomes giving reasons need a comment.")
    ResponseEntity<Void> complete(@PathVariable String id, @Valid @RequestBody TaskDecision decision) {
        inbox.complete(currentUser.require(), id, decision);
        return ResponseEntity.noContent().build();
    }
}
