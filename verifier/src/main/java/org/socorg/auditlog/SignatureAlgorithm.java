package org.socorg.auditlog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * The checkpoint signature: SM2 with SM3 (GB/T 32918, the default user id {@code 1234567812345678} of GM/T 0009,
 * DER-encoded (r, s)) or Ed25519 (RFC 8032). Uses BouncyCastle's lightweight API with its fast custom curve for sm2p256v1.
 */
public enum SignatureAlgorithm {

    SM2("sm2"),
    ED25519("ed25519");

    /** GM/T 0009-2012 §10: the user id when none is agreed. */
    public static final byte[] SM2_DEFAULT_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    /** RFC 8410: id-Ed25519. */
    private static final ASN1ObjectIdentifier ED25519_OID = new ASN1ObjectIdentifier("1.3.101.112");

    private static final X9ECParameters SM2_CURVE = CustomNamedCurves.getByName("sm2p256v1");
    static final ECNamedDomainParameters SM2_DOMAIN =
            new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1, SM2_CURVE);

    private final String id;

    SignatureAlgorithm(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static SignatureAlgorithm fromId(String id) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.id.equalsIgnoreCase(id)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown signature algorithm '" + id + "' (known: sm2, ed25519)");
    }

    /** A new key pair. */
    public LogSigner generate(SecureRandom random) {
        AsymmetricCipherKeyPair pair;
        if (this == SM2) {
            ECKeyPairGenerator generator = new ECKeyPairGenerator();
            generator.init(new ECKeyGenerationParameters(SM2_DOMAIN, random));
            pair = generator.generateKeyPair();
        } else {
            Ed25519KeyPairGenerator generator = new Ed25519KeyPairGenerator();
            generator.init(new Ed25519KeyGenerationParameters(random));
            pair = generator.generateKeyPair();
        }
        return new LogSigner(this, pair.getPrivate(), publicKeyOf(pair.getPublic()));
    }

    /** Reads a PKCS#8 private key (PEM {@code PRIVATE KEY}) of either algorithm. */
    public static LogSigner readPrivateKey(String pem) {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(Pem.decode(pem, "PRIVATE KEY"));
            AsymmetricKeyParameter key = PrivateKeyFactory.createKey(info);
            if (key instanceof Ed25519PrivateKeyParameters ed) {
                return new LogSigner(ED25519, ed, publicKeyOf(ed.generatePublicKey()));
            }
            if (key instanceof ECPrivateKeyParameters ec) {
                requireSm2Curve(info.getPrivateKeyAlgorithm().getParameters());
                ECPrivateKeyParameters onFastCurve = new ECPrivateKeyParameters(ec.getD(), SM2_DOMAIN);
                ECPublicKeyParameters pub = new ECPublicKeyParameters(
                        SM2_DOMAIN.getG().multiply(ec.getD()).normalize(), SM2_DOMAIN);
                return new LogSigner(SM2, onFastCurve, publicKeyOf(pub));
            }
            throw new IllegalArgumentException("not an SM2 or Ed25519 private key");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable private key: " + e.getMessage(), e);
        }
    }

    /** Reads a SubjectPublicKeyInfo (PEM {@code PUBLIC KEY}) of either algorithm. */
    public static LogPublicKey readPublicKey(String pem) {
        return readPublicKey(Pem.decode(pem, "PUBLIC KEY"));
    }

    public static LogPublicKey readPublicKey(byte[] spkiDer) {
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(spkiDer);
            ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
            if (algorithm.equals(ED25519_OID)) {
                return new LogPublicKey(ED25519, spkiDer, PublicKeyFactory.createKey(info));
            }
            requireSm2Curve(info.getAlgorithm().getParameters());
            ECPublicKeyParameters ec = (ECPublicKeyParameters) PublicKeyFactory.createKey(info);
            ECPublicKeyParameters onFastCurve = new ECPublicKeyParameters(
                    SM2_DOMAIN.getCurve().decodePoint(ec.getQ().getEncoded(false)), SM2_DOMAIN);
            return new LogPublicKey(SM2, spkiDer, onFastCurve);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable public key: " + e.getMessage(), e);
        }
    }

    private static void requireSm2Curve(Object parameters) {
        if (!GMObjectIdentifiers.sm2p256v1.equals(parameters)) {
            throw new IllegalArgumentException("an EC key on a curve other than sm2p256v1: " + parameters);
        }
    }

    static LogPublicKey publicKeyOf(AsymmetricKeyParameter publicKey) {
        try {
            byte[] der = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey).getEncoded();
            return new LogPublicKey(publicKey instanceof Ed25519PublicKeyParameters ? ED25519 : SM2, der, publicKey);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] privateKeyDer(AsymmetricKeyParameter privateKey) {
        try {
            return PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SM2 signature (DER) of {@code message} with user id {@code id}; {@code random} supplies the nonce k. */
    public static byte[] sm2Sign(ECPrivateKeyParameters key, byte[] id, byte[] message, SecureRandom random) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithID(new ParametersWithRandom(key, random), id));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    public static boolean sm2Verify(ECPublicKeyParameters key, byte[] id, byte[] message, byte[] signature) {
        SM2Signer signer = new SM2Signer();
        signer.init(false, new ParametersWithID(key, id));
        signer.update(message, 0, message.length);
        return signer.verifySignature(signature);
    }

    static byte[] ed25519Sign(Ed25519PrivateKeyParameters key, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    static boolean ed25519Verify(Ed25519PublicKeyParameters key, byte[] message, byte[] signature) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(false, key);
        signer.update(message, 0, message.length);
        return signer.verifySignature(signature);
    }

    /** The SM2 domain used for signing: sm2p256v1 on BouncyCastle's fast custom curve. */
    public static ECDomainParameters sm2Domain() {
        return SM2_DOMAIN;
    }

}
