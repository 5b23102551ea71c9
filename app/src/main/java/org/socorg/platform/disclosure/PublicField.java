package org.socorg.platform.disclosure;

/** One labelled value of a public record, labelled in both languages; {@code value} is plain text, never markup. */
public record PublicField(String labelZh, String labelEn, String value) {
}
