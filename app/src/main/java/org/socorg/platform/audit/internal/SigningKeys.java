package org.socorg.platform.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socorg.auditlog.LogPublicKey;
import org.socorg.auditlog.LogSigner;
import org.socorg.auditlog.SignatureAlgorithm;
import org.socorg.platform.audit.AuditKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key that signs checkpoints, and every key that ever did. The private key comes from configuration (PEM text or a
 * PEM file); on a developer machine it is generated, with a warning nobody can miss, because checkpoints signed with a
 * key nobody holds elsewhere prove little. Every public key is recorded and published so old checkpoints stay
 * verifiable after a rotation.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final LogSigner signer;
    private final List<LogPublicKey> retired = new ArrayList<>();
    private final JdbcTemplate jdbc;

    SigningKeys(AuditProperties properties, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.signer = load(properties);
        for (String key : properties.retiredKeys()) {
            retired.add(SignatureAlgorithm.readPublicKey(text(key)));
        }
        publish(signer.publicKey());
        retired.forEach(this::publish);
        log.info("Audit checkpoints are signed with {} key {}", signer.algorithm().id(), signer.keyId());
    }

    private static LogSigner load(AuditProperties properties) {
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            return SignatureAlgorithm.readPrivateKey(text(properties.signingKey()));
        }
        String file = properties.signingKeyFile();
        if (file != null && !file.isBlank() && Files.exists(Path.of(file))) {
            return SignatureAlgorithm.readPrivateKey(read(Path.of(file)));
        }
        if (!properties.generateKey()) {
            throw new IllegalStateException("No audit signing key: set SOCORG_AUDIT_SIGNING_KEY (PKCS#8 PEM) or "
                    + "platform.audit.signing-key-file; generating one is switched off (platform.audit.generate-key)");
        }
        LogSigner generated = SignatureAlgorithm.fromId(properties.signature()).generate(new SecureRandom());
        String where = "memory only (it is lost when the platform stops)";
        if (file != null && !file.isBlank()) {
            write(Path.of(file), generated.privateKeyPem());
            where = Path.of(file).toAbsolutePath().toString();
        }
        log.warn("""

                ************************************************************************************************
                *  GENERATED a new {} audit signing key {} — kept in {}.
                *  Fine for a developer machine; in production configure SOCORG_AUDIT_SIGNING_KEY and publish its
                *  public key through a channel other than this server, or checkpoints prove nothing.
                ************************************************************************************************""",
                generated.algorithm().id(), generated.keyId(), where);
        return generated;
    }

    private static String text(String pemOrFile) {
        return pemOrFile.startsWith("file:") ? read(Path.of(pemOrFile.substring(5))) : pemOrFile;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit key file " + path, e);
        }
    }

    private static void write(Path path, String pem) {
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, pem, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Could not restrict the permissions of {}", path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write audit key file " + path, e);
        }
    }

    private void publish(LogPublicKey key) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM audit_key WHERE key_id = ?", Integer.class,
                key.keyId());
        if (known == null || known == 0) {
            try {
                jdbc.update("INSERT INTO audit_key (key_id, algorithm, public_pem, first_seen) VALUES (?, ?, ?, ?)",
                        key.keyId(), key.algorithm().id(), key.pem(), Timestamp.from(Instant.now()));
            } catch (org.springframework.dao.DuplicateKeyException anotherInstanceWasFirst) {
                // the other application instance published the same key at the same moment
            }
        }
    }

    public LogSigner signer() {
        return signer;
    }

    /** Every published key, current and retired, oldest first. */
    public List<AuditKey> published() {
        return jdbc.query("SELECT key_id, algorithm, public_pem, first_seen FROM audit_key ORDER BY first_seen, key_id",
                (rs, i) -> new AuditKey(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(1).equals(signer.keyId())));
    }
}
