package org.socorg.platform.task;

import java.time.Instant;

/** A comment left on a case when a task was completed (the outcome's label and the reasons given). */
public record TaskComment(String author, Instant time, String message) {
}
