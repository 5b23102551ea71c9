package org.socorg.platform.shared;

import java.util.Map;

/**
 * A refusal the caller can act on, with its message in Chinese and English.
 * The web layer turns it into an RFC 9457 problem detail with {@link #status()}; it never becomes a 500.
 */
public class PlatformException extends RuntimeException {

    /** The HTTP-independent kind of refusal; the web layer maps each to a status code. */
    public enum Kind {
        INVALID_INPUT(400), NOT_AUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), TOO_MANY_REQUESTS(429),
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final Map<String, Object> details;

    public PlatformException(Kind kind, String code, String messageZh, String messageEn) {
        this(kind, code, messageZh, messageEn, Map.of());
    }

    public PlatformException(Kind kind, String code, String messageZh, String messageEn, Map<String, Object> details) {
        super(code + ": " + messageEn);
        this.kind = kind;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.details = Map.copyOf(details);
    }

    public static PlatformException notFound(String whatZh, String whatEn, Object id) {
        return new PlatformException(Kind.NOT_FOUND, "NOT_FOUND",
                "未找到" + whatZh + "：" + id, "No " + whatEn + " found with id " + id);
    }

    public static PlatformException forbidden(String messageZh, String messageEn) {
        return new PlatformException(Kind.FORBIDDEN, "FORBIDDEN", messageZh, messageEn);
    }

    public static PlatformException conflict(String code, String messageZh, String messageEn) {
        return new PlatformException(Kind.CONFLICT, code, messageZh, messageEn);
    }

    public static PlatformException invalid(String code, String messageZh, String messageEn) {
        return new PlatformException(Kind.INVALID_INPUT, code, messageZh, messageEn);
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return kind.status();
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    public Map<String, Object> details() {
        return details;
    }
}
