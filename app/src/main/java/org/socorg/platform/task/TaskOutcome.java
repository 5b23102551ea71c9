package org.socorg.platform.task;

/** One outcome a task offers, with its labels and whether it needs a comment (reasons). */
public record TaskOutcome(String code, String labelZh, String labelEn, boolean commentRequired) {
}
