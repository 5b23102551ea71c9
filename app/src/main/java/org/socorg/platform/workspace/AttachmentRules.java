package org.socorg.platform.workspace;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What may be attached: PDF, JPEG and PNG only (checked by name, declared type and the file's first bytes, so a
 * renamed file is refused), at most {@link #MAX_BYTES} each and {@link #MAX_FILES} per filing.
 */
public final class AttachmentRules {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 20;
    /** Extension to media type. */
    public static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png");

    private AttachmentRules() {
    }

    /** The media type the content really has, if it is one of the accepted ones and matches the file name. */
    public static Optional<String> acceptedType(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String byName = dot < 0 ? null : TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        String byContent = sniff(content);
        return byName != null && byName.equals(byContent) ? Optional.of(byName) : Optional.empty();
    }

    private static String sniff(byte[] c) {
        if (c.length >= 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F') {
            return "application/pdf";
        }
        if (c.length >= 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return "image/png";
        }
        return null;
    }
}
