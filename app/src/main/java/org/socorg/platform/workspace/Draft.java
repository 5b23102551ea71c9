package org.socorg.platform.workspace;

import java.time.Instant;
import java.util.Map;

/**
 * An unfinished filing, kept on the server so its author can resume it later, from any device.
 *
 * @param formId the form-js id of the form being filled, e.g. {@code registration-establishment-application}
 * @param title  what the author sees in their list, e.g. the proposed organization's name
 * @param data   the answers so far, keyed by the form's field keys
 * @param step   the wizard step the author was on (0-based)
 */
public record Draft(String id, String ownerId, String formId, String title, Map<String, Object> data, int step,
        Instant createdAt, Instant updatedAt) {

    public Draft {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
