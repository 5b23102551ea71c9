package org.socorg.platform.audit.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.audit}: the log's algorithms and keys.
 *
 * @param origin          the log's name in every checkpoint (a signature for one log is void for another)
 * @param hash            {@code sm3} (default) or {@code sha256}
 * @param signature       {@code sm2} (default) or {@code ed25519}; used when a key is generated
 * @param signingKey      the private key as PKCS#8 PEM text (from the environment), or empty
 * @param signingKeyFile  a PEM file with the private key; generated, with a loud warning, when missing and
 *                        {@code generateKey} is on; empty to keep a generated key in memory only (tests)
 * @param generateKey     whether a missing key may be generated (the embedded default); off in production
 * @param retiredKeys     public keys (PEM text or {@code file:} paths) of keys no longer signing, kept so old checkpoints
 *                        verify and are published beside the current key
 * @param checkpointInterval how often a checkpoint is signed when the log has grown
 */
@ConfigurationProperties("platform.audit")
public record AuditProperties(String origin, String hash, String signature, String signingKey, String signingKeyFile,
        boolean generateKey, List<String> retiredKeys, Duration checkpointInterval) {

    public AuditProperties {
        origin = origin == null || origin.isBlank() ? "socorg-platform" : origin;
        hash = hash == null || hash.isBlank() ? "sm3" : hash;
        signature = signature == null || signature.isBlank() ? "sm2" : signature;
        retiredKeys = retiredKeys == null ? List.of() : List.copyOf(retiredKeys);
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(1) : checkpointInterval;
    }
}
