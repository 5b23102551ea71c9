package org.socorg.auditlog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public keys a verifier trusts, by key id; old keys stay so that checkpoints signed before a rotation verify. */
public final class Keyring {

    private final Map<String, LogPublicKey> keys = new LinkedHashMap<>();

    public Keyring(Collection<LogPublicKey> trusted) {
        trusted.forEach(key -> keys.put(key.keyId(), key));
    }

    public static Keyring of(LogPublicKey... trusted) {
        return new Keyring(List.of(trusted));
    }

    public LogPublicKey get(String keyId) {
        return keys.get(keyId);
    }

    public Collection<LogPublicKey> all() {
        return keys.values();
    }
}
