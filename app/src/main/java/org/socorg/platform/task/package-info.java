/**
 * The officials' and applicants' task inbox (待办), over the process engine: list the tasks the caller may work
 * on (assigned to them, or offered to their groups within their jurisdiction), claim, and complete with a
 * decision. Each feature validates its own tasks' decisions through a {@link
 * org.socorg.platform.task.TaskCompletionHandler}.
 */
package org.socorg.platform.task;
