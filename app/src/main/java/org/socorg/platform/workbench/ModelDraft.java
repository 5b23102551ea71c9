package org.socorg.platform.workbench;

import java.time.Instant;

/** A changed model that is not deployed yet. {@code baseDefinitionId} is the deployed version it changes, if any. */
public record ModelDraft(String id, String resourceName, ModelKind kind, String modelKey, String content,
        String baseDefinitionId, DraftStatus status, String author, String reviewer, String reviewComment,
        String deploymentId, Instant createdAt, Instant updatedAt) {
}
