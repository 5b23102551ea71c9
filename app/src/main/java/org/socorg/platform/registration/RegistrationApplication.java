package org.socorg.platform.registration;

import java.time.Instant;
import java.util.List;
import org.socorg.platform.calendar.StatutoryClock;

/** An application as its applicant and the officials handling it see it. */
public record RegistrationApplication(
        String id,
        ApplicationKind kind,
        ApplicationStatus status,
        String applicantId,
        String divisionCode,
        EstablishmentRequest details,
        String processInstanceId,
        String creditCode,
        Long organizationId,
        List<Reason> outcomeReasons,
        Instant submittedAt,
        Instant decidedAt,
        List<StatutoryClock> deadlines) {
}
