package org.socorg.platform.fundraising;

/** A reason given to the applicant (refusal, non-acceptance, supplement request), in Chinese and English. */
public record Reason(String code, String messageZh, String messageEn) {
}
