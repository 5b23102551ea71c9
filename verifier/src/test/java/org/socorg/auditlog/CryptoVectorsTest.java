package org.socorg.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

/** SM3, SM2 and Ed25519 vectors through the project's own code. */
class CryptoVectorsTest {

    @Test
    void sm3_matches_the_standard_examples() {
        for (Map<String, Object> v : Vectors.list(Vectors.load("sm3.json"), "vectors")) {
            assertThat(Hex.encode(HashAlgorithm.SM3.hash(Hex.decode((String) v.get("message_hex")))))
                    .as((String) v.get("id")).isEqualTo(v.get("digest"));
        }
    }

    /** Hands out the vector's nonce k when the signer draws its random k. */
    private static SecureRandom fixedNonce(String kHex) {
        byte[] k = BigIntegers.asUnsignedByteArray(32, new BigInteger(kHex, 16));
        return new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(k, 0, bytes, 0, bytes.length);
            }
        };
    }

    @SuppressWarnings("unchecked")
    @Test
    void sm2_signs_the_standard_examples_with_their_user_ids() {
        for (Map<String, Object> v : Vectors.list(Vectors.load("sm2.json"), "vectors")) {
            Map<String, Object> curve = (Map<String, Object>) v.get("curve");
            ECDomainParameters domain;
            if ("sm2p256v1".equals(curve.get("name"))) {
                domain = SignatureAlgorithm.sm2Domain();
            } else {
                ECCurve c = new ECCurve.Fp(big(curve, "p"), big(curve, "a"), big(curve, "b"), big(curve, "n"),
                        big(curve, "h"));
                domain = new ECDomainParameters(c, c.createPoint(big(curve, "Gx"), big(curve, "Gy")), big(curve, "n"),
                        big(curve, "h"));
            }
            BigInteger d = new BigInteger((String) v.get("private_key_dA"), 16);
            byte[] id = ((String) v.get("user_id")).getBytes(StandardCharsets.US_ASCII);
            byte[] message = ((String) v.get("message")).getBytes(StandardCharsets.US_ASCII);
            ECPoint q = domain.getG().multiply(d).normalize();
            if (v.containsKey("public_key_xA")) {
                assertThat(q.getAffineXCoord().toBigInteger()).isEqualTo(new BigInteger((String) v.get("public_key_xA"), 16));
            }
            byte[] signature = SignatureAlgorithm.sm2Sign(new ECPrivateKeyParameters(d, domain), id, message,
                    fixedNonce((String) v.get("k")));
            ASN1Sequence rs = ASN1Sequence.getInstance(signature);
            assertThat(ASN1Integer.getInstance(rs.getObjectAt(0)).getValue()).as("r of %s", v.get("id"))
                    .isEqualTo(new BigInteger((String) v.get("r"), 16));
            assertThat(ASN1Integer.getInstance(rs.getObjectAt(1)).getValue()).as("s of %s", v.get("id"))
                    .isEqualTo(new BigInteger((String) v.get("s"), 16));

            ECPublicKeyParameters pub = new ECPublicKeyParameters(q, domain);
            assertThat(SignatureAlgorithm.sm2Verify(pub, id, message, signature)).isTrue();
            assertThat(SignatureAlgorithm.sm2Verify(pub, "another id".getBytes(StandardCharsets.US_ASCII), message,
                    signature)).as("the user id is part of what is signed").isFalse();
            ASN1EncodableVector flipped = new ASN1EncodableVector();
            flipped.add(rs.getObjectAt(0));
            flipped.add(new ASN1Integer(ASN1Integer.getInstance(rs.getObjectAt(1)).getValue().add(BigInteger.ONE)));
            assertThat(SignatureAlgorithm.sm2Verify(pub, id, message, encode(flipped))).isFalse();
        }
    }

    private static byte[] encode(ASN1EncodableVector vector) {
        try {
            return new DERSequence(vector).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger big(Map<String, Object> curve, String field) {
        return new BigInteger((String) curve.get(field), 16);
    }

    @Test
    void ed25519_matches_rfc_8032() {
        for (Map<String, Object> v : Vectors.list(Vectors.load("ed25519.json"), "vectors")) {
            Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(Hex.decode((String) v.get("secret_key")));
            byte[] message = Hex.decode((String) v.get("message"));
            assertThat(Hex.encode(key.generatePublicKey().getEncoded())).isEqualTo(v.get("public_key"));
            byte[] signature = SignatureAlgorithm.ed25519Sign(key, message);
            assertThat(Hex.encode(signature)).as((String) v.get("id")).isEqualTo(v.get("signature"));
            LogPublicKey pub = SignatureAlgorithm.publicKeyOf(key.generatePublicKey());
            assertThat(pub.verify(message, signature)).isTrue();
            signature[5] ^= 1;
            assertThat(pub.verify(message, signature)).isFalse();
        }
    }

    @Test
    void keys_survive_pem_and_sign_verifiably_for_both_suites() {
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            LogSigner signer = algorithm.generate(new SecureRandom());
            LogSigner reread = SignatureAlgorithm.readPrivateKey(signer.privateKeyPem());
            LogPublicKey pub = SignatureAlgorithm.readPublicKey(signer.publicKey().pem());
            assertThat(reread.keyId()).isEqualTo(signer.keyId()).isEqualTo(pub.keyId()).hasSize(16);
            assertThat(pub.algorithm()).isEqualTo(algorithm);
            byte[] message = "checkpoint".getBytes(StandardCharsets.UTF_8);
            assertThat(pub.verify(message, reread.sign(message))).isTrue();
            assertThat(pub.verify("other".getBytes(StandardCharsets.UTF_8), reread.sign(message))).isFalse();
            assertThat(pub.verify(message, new byte[] {1, 2, 3})).as("garbage is refused, not thrown").isFalse();
        }
        assertThat(SignatureAlgorithm.SM2.generate(new SecureRandom()).keyId())
                .isNotEqualTo(SignatureAlgorithm.SM2.generate(new SecureRandom()).keyId());
    }
}
