package org.socorg.platform.fundraising;

import java.time.Instant;
import java.util.List;
import org.socorg.platform.calendar.StatutoryClock;

/** A qualification application as its applicant and the officials handling it see it. */
public record QualificationApplication(String id, String creditCode, String organizationName, String divisionCode,
        String applicantId, QualificationStatus status, String statement, String governance,
        String processInstanceId, List<Reason> outcomeReasons, String certificateNumber, Instant submittedAt,
        Instant decidedAt, List<StatutoryClock> deadlines) {
}
