package org.socorg.platform.registration;

/** Published when an application reaches a final outcome (approved, refused or not accepted). */
public record RegistrationDecided(String applicationId, ApplicationKind kind, ApplicationStatus outcome,
        String divisionCode, String creditCode) {
}
