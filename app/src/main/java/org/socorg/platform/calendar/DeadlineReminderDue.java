package org.socorg.platform.calendar;

/** Published when a case's statutory deadline is near; notification channels subscribe to it. */
public record DeadlineReminderDue(String processInstanceId, String businessKey, String divisionCode) {
}
