package org.socorg.auditlog;

import java.security.SecureRandom;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/** A private key that signs checkpoints. Thread-safe. */
public final class LogSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignatureAlgorithm algorithm;
    private final AsymmetricKeyParameter key;
    private final LogPublicKey publicKey;

    LogSigner(SignatureAlgorithm algorithm, AsymmetricKeyParameter key, LogPublicKey publicKey) {
        this.algorithm = algorithm;
        this.key = key;
        this.publicKey = publicKey;
    }

    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    public LogPublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return publicKey.keyId();
    }

    /** PKCS#8 PEM of the private key, to be kept secret. */
    public String privateKeyPem() {
        return Pem.encode(SignatureAlgorithm.privateKeyDer(key), "PRIVATE KEY");
    }

    public byte[] sign(byte[] message) {
        if (algorithm == SignatureAlgorithm.SM2) {
            return SignatureAlgorithm.sm2Sign((ECPrivateKeyParameters) key, SignatureAlgorithm.SM2_DEFAULT_ID, message,
                    RANDOM);
        }
        return SignatureAlgorithm.ed25519Sign((Ed25519PrivateKeyParameters) key, message);
    }
}
