package org.socorg.platform.evaluation;

/** Why an evaluation was refused or not accepted, in both languages. */
public record EvaluationReason(String code, String messageZh, String messageEn) {
}
