package org.socorg.platform.audit;

import java.time.Instant;

/** A public key that signs, or signed, checkpoints; {@code current} marks the one signing now. */
public record AuditKey(String keyId, String algorithm, String publicKeyPem, Instant firstSeen, boolean current) {
}
