package org.socorg.auditlog;

import java.util.Arrays;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * A key that checkpoints are verified with. Its id is the first 8 bytes, in hex, of the SM3 hash of its
 * SubjectPublicKeyInfo: the same key always has the same id, whatever the log's hash algorithm.
 */
public final class LogPublicKey {

    private final SignatureAlgorithm algorithm;
    private final byte[] spki;
    private final AsymmetricKeyParameter key;
    private final String keyId;

    LogPublicKey(SignatureAlgorithm algorithm, byte[] spki, AsymmetricKeyParameter key) {
        this.algorithm = algorithm;
        this.spki = spki.clone();
        this.key = key;
        this.keyId = Hex.encode(Arrays.copyOf(HashAlgorithm.SM3.hash(spki), 8));
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    public String keyId() {
        return keyId;
    }

    public byte[] encoded() {
        return spki.clone();
    }

    public String pem() {
        return Pem.encode(spki, "PUBLIC KEY");
    }

    public boolean verify(byte[] message, byte[] signature) {
        try {
            if (algorithm == SignatureAlgorithm.SM2) {
                return SignatureAlgorithm.sm2Verify((ECPublicKeyParameters) key, SignatureAlgorithm.SM2_DEFAULT_ID,
                        message, signature);
            }
            return SignatureAlgorithm.ed25519Verify((Ed25519PublicKeyParameters) key, message, signature);
        } catch (RuntimeException malformedSignature) {
            return false;
        }
    }
}
