package org.socorg.platform.fundraising.internal;

import java.time.Instant;
import org.socorg.platform.fundraising.QualificationStatus;

/** The fundraising_qualification_application table's row; outcome reasons are JSON text. */
public class QualificationApplicationRow {
    public String id;
    public String creditCode;
    public String organizationName;
    public String divisionCode;
    public String applicantId;
    public QualificationStatus status;
    public String statement;
    public String governance;
    public String processInstanceId;
    public String outcomeReasons;
    public String certificateNumber;
    public Instant submittedAt;
    public Instant decidedAt;
    public Instant updatedAt;
    public int version;
}
