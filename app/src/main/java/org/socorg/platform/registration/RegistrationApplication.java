package org.socorg.platform.registration;

import java.time.Instant;
import java.util.List;
import org.socorg.platform.calendar.StatutoryClock;

/**
 * An application as its applicant and the officials handling it see it. Exactly one of {@code details}
 * (establishment), {@code change} and {@code deregistration} is set, by {@code kind}; a change or deregistration
 * names its organization by {@code creditCode} and {@code organizationId} from the start. {@code id} is the key every
 * API and process uses; {@code number} is what people read and quote ({@link ApplicationNumber}).
 */
public record RegistrationApplication(
        String id,
        String number,
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
        List<StatutoryClock> deadlines,
        ChangeRequest change,
        DeregistrationRequest deregistration) {
}
