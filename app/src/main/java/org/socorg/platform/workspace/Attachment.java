package org.socorg.platform.workspace;

import java.time.Instant;

/** A document attached to a draft or, once filed, to an application (without its content). */
public record Attachment(String id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
}
