package org.socorg.platform.annualreport;

/**
 * What the plausibility rules (DMN {@code annual-report-plausibility}) found in a report's figures.
 *
 * @param severity {@code REJECT}: the report cannot be filed so; {@code WARN}: filed, and shown to the reviewer
 * @param field the report field it is about
 */
public record Finding(String code, String severity, String field, String messageZh, String messageEn) {

    public static final String REJECT = "REJECT";
    public static final String WARN = "WARN";

    public boolean rejects() {
        return REJECT.equals(severity);
    }
}
