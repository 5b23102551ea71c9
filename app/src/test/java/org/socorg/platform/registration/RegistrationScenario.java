package org.socorg.platform.registration;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.task.TaskDecision;
import org.socorg.platform.task.TaskInbox;
import org.socorg.platform.task.TaskSummary;

/** The personas and steps of an establishment registration, driven through the real services. */
public final class RegistrationScenario {

    public static final Caller APPLICANT = new Caller("applicant1", "张三", Set.of(Groups.APPLICANTS), "110000");
    public static final Caller OTHER_APPLICANT = new Caller("applicant2", "赵六", Set.of(Groups.APPLICANTS), "110000");
    public static final Caller OFFICIAL = new Caller("official1", "李四", Set.of(Groups.REGISTRATION_OFFICIALS), "110000");
    public static final Caller DIRECTOR = new Caller("director1", "王五", Set.of(Groups.REGISTRATION_DIRECTORS), "110000");
    public static final Caller SUPERVISOR = new Caller("supervisor1", "钱七", Set.of(Groups.REGISTRATION_SUPERVISORS), "110000");
    public static final Caller SHANGHAI_OFFICIAL = new Caller("official-sh", "孙八",
            Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS), "310000");

    private RegistrationScenario() {
    }

    public static EstablishmentRequest foundation(String name) {
        return new EstablishmentRequest(OrganizationType.FOUNDATION, OrganizationScope.LOCAL, name, "110000",
                "北京市教育委员会", "王青禾", new BigDecimal("4000000"), 0, 0, true, "北京市海淀区学院路1号",
                "资助家庭经济困难学生完成学业");
    }

    public static EstablishmentRequest association(String name, int funds, int individualMembers) {
        return new EstablishmentRequest(OrganizationType.ASSOCIATION, OrganizationScope.LOCAL, name, "110000",
                "北京市科学技术协会", "李会长", BigDecimal.valueOf(funds), individualMembers, 0, false,
                "北京市东城区1号", "学术交流");
    }

    public static EstablishmentRequest socialService(String name) {
        return new EstablishmentRequest(OrganizationType.SOCIAL_SERVICE, OrganizationScope.LOCAL, name, "110000",
                "北京市民政局", "赵院长", new BigDecimal("50000"), 0, 0, false, "北京市西城区2号", "养老服务");
    }

    /** Claims (when offered) and completes the caller's task at the given step. */
    public static void complete(TaskInbox inbox, Caller caller, String processInstanceId, String taskKey,
            String outcome, String comment) {
        complete(inbox, caller, processInstanceId, taskKey, new TaskDecision(outcome, comment, Map.of()));
    }

    public static void complete(TaskInbox inbox, Caller caller, String processInstanceId, String taskKey,
            TaskDecision decision) {
        TaskSummary task = task(inbox, caller, processInstanceId, taskKey);
        if (task.assignee() == null) {
            inbox.claim(caller, task.id());
        }
        inbox.complete(caller, task.id(), decision);
    }

    public static TaskSummary task(TaskInbox inbox, Caller caller, String processInstanceId, String taskKey) {
        return inbox.myTasks(caller).stream()
                .filter(t -> t.processInstanceId().equals(processInstanceId) && t.taskDefinitionKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(caller.id() + " has no task " + taskKey + " in " + processInstanceId));
    }
}
