package org.socorg.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.socorg.auditlog.Checkpoint;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Keyring;
import org.socorg.auditlog.LogSigner;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.platform.TestPlatformApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A configured key signs; the retired key stays published, so checkpoints it signed before the rotation still verify
 * with the keys the platform publishes.
 */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class KeyRotationTest {

    static final LogSigner OLD = SignatureAlgorithm.SM2.generate(new SecureRandom());
    static final LogSigner NEW = SignatureAlgorithm.SM2.generate(new SecureRandom());

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("platform.audit.signing-key", NEW::privateKeyPem);
        registry.add("platform.audit.generate-key", () -> "false");
        registry.add("platform.audit.retired-keys[0]", () -> OLD.publicKey().pem());
    }

    @Autowired AuditLog audit;

    @Test
    void signs_with_the_configured_key_and_keeps_the_retired_one_published() {
        Checkpoint checkpoint = audit.checkpointNow();
        assertThat(checkpoint.keyId()).isEqualTo(NEW.keyId());
        assertThat(audit.keys()).extracting(AuditKey::keyId, AuditKey::current)
                .contains(org.assertj.core.groups.Tuple.tuple(NEW.keyId(), true),
                        org.assertj.core.groups.Tuple.tuple(OLD.keyId(), false));

        Keyring published = new Keyring(audit.keys().stream()
                .map(k -> SignatureAlgorithm.readPublicKey(k.publicKeyPem())).toList());
        Checkpoint signedBeforeRotation = Checkpoint.sign(OLD, checkpoint.origin(), checkpoint.treeSize(),
                checkpoint.root(), Instant.now().toString(), HashAlgorithm.SM3);
        assertThat(signedBeforeRotation.signatureProblem(published)).isNull();
        assertThat(checkpoint.signatureProblem(published)).isNull();
        assertThat(signedBeforeRotation.signatureProblem(Keyring.of(NEW.publicKey())))
                .contains("unknown key " + OLD.keyId());
    }
}
