package org.socorg.platform.commendation;

/**
 * A commendation was recorded or withdrawn; published inside that transaction, so the audit log seals it with it
 * (business key {@link Commendation#businessKey()}).
 *
 * @param change {@code RECORDED} or {@code WITHDRAWN}
 * @param commendation the record as stored after the change
 */
public record CommendationChanged(String change, Commendation commendation) {

    public static final String RECORDED = "RECORDED";
    public static final String WITHDRAWN = "WITHDRAWN";
}
