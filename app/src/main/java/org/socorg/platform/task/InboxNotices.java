package org.socorg.platform.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.socorg.platform.calendar.DeadlineReminderDue;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.task.internal.NoticeMapper;
import org.socorg.platform.task.internal.NoticeRow;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices in the inbox: where the reminders of every flow reach a person. A reminder used to be an event nobody
 * received or a log line; now it is a notice the recipient reads beside their tasks ({@code GET /api/tasks/notices}),
 * addressed as tasks are: to a user, or to a group within an authority.
 */
@Service
public class InboxNotices {

    public static final String DEADLINE_NEAR = "DEADLINE_NEAR";
    static final int LIMIT = 200;

    private final NoticeMapper mapper;
    private final TaskService tasks;

    InboxNotices(NoticeMapper mapper, @Lazy TaskService tasks) {
        this.mapper = mapper;
        this.tasks = tasks;
    }

    /** What is said, about which case; who it is said to is the method's business. */
    public record Notice(String kind, String businessKey, String processInstanceId, String subject, String messageZh,
            String messageEn) {
    }

    @Transactional
    public void toUser(String userId, Notice notice) {
        insert(notice, userId, null, null);
    }

    /** To everyone of the group working for the authority of that division (as a task is offered). */
    @Transactional
    public void toGroup(String group, String divisionCode, Notice notice) {
        insert(notice, null, group, divisionCode);
    }

    /** The caller's notices, newest first (at most 200). */
    @Transactional(readOnly = true)
    public List<InboxNotice> mine(Caller caller) {
        return mapper.mine(caller.id(), caller.groups(), caller.divisionCode(), LIMIT).stream()
                .map(InboxNotices::notice).toList();
    }

    /** How many of the caller's notices they have not read (the count beside the bell in the header). */
    @Transactional(readOnly = true)
    public int unread(Caller caller) {
        return mapper.unread(caller.id(), caller.groups(), caller.divisionCode());
    }

    /**
     * Marks one of the caller's notices read (again: no change). A notice addressed to someone else — another user,
     * or a group or authority the caller does not belong to — is "not found", so its existence is not disclosed.
     */
    @Transactional
    public InboxNotice markRead(Caller caller, long id) {
        NoticeRow row = mapper.visible(id, caller.id(), caller.groups(), caller.divisionCode());
        if (row == null) {
            throw new PlatformException(PlatformException.Kind.NOT_FOUND, "NOTICE_NOT_FOUND",
                    "未找到该提醒：" + id + "（只能查看和标记发给本人或本人所在岗位的提醒）",
                    "No notice " + id + " found (you can only read and mark notices addressed to you or your role)");
        }
        if (row.readAt == null) {
            row.readAt = now();
            mapper.markRead(id, caller.id(), row.readAt);
        }
        return notice(row);
    }

    /** Marks every notice of the caller read; returns how many were unread. */
    @Transactional
    public int markAllRead(Caller caller) {
        return mapper.markAllRead(caller.id(), caller.groups(), caller.divisionCode(), now());
    }

    private static InboxNotice notice(NoticeRow r) {
        return new InboxNotice(r.id, r.kind, r.businessKey, r.processInstanceId, r.subject, r.messageZh, r.messageEn,
                r.createdAt, r.readAt != null, r.readAt);
    }

    /**
     * A statutory limit is near: each open task of the case tells whoever handles it — its assignee, or else the
     * groups it is offered to in the case's authority.
     */
    @EventListener
    public void deadlineNear(DeadlineReminderDue due) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(due.processInstanceId()).active().list();
        if (open.isEmpty()) {
            return;
        }
        Object subjectValue = tasks.getVariable(open.get(0).getId(), TaskInbox.SUBJECT_VARIABLE);
        String subject = subjectValue == null ? "" : subjectValue.toString();
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        List<String> steps = new ArrayList<>();
        for (Task task : open) {
            steps.add(task.getName());
            if (task.getAssignee() != null) {
                users.add(task.getAssignee());
            } else {
                tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                        .forEach(l -> groups.add(l.getGroupId()));
            }
        }
        Notice notice = new Notice(DEADLINE_NEAR, due.businessKey(), due.processInstanceId(), subject,
                // the engine's step names are English: the Chinese text names none (the workspace shows each step
                // in the reader's language beside the link to its task)
                "「" + subject + "」的法定办理时限将至，请及时办理",
                "The statutory time limit of \"" + subject + "\" is near; please complete it ("
                        + String.join(", ", steps) + ")");
        users.forEach(u -> insert(notice, u, null, null));
        if (due.divisionCode() != null) {
            groups.forEach(g -> insert(notice, null, g, due.divisionCode()));
        }
    }

    private void insert(Notice notice, String user, String group, String divisionCode) {
        NoticeRow row = new NoticeRow();
        row.recipientUser = user;
        row.recipientGroup = group;
        row.divisionCode = divisionCode;
        row.kind = notice.kind();
        row.businessKey = notice.businessKey();
        row.processInstanceId = notice.processInstanceId();
        row.subject = truncate(notice.subject(), 200);
        row.messageZh = truncate(notice.messageZh(), 500);
        row.messageEn = truncate(notice.messageEn(), 500);
        row.createdAt = now();
        mapper.insert(row);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The engine's clock, so scenario tests that move time date the notices too. */
    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
