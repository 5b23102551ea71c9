package org.socorg.platform.evaluation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.evaluation.EvaluationStatus;

/** One row of {@code evaluation_application}; MyBatis maps the fields directly. */
public class EvaluationRow {
    public String id;
    public String creditCode;
    public String organizationName;
    public String divisionCode;
    public String applicantId;
    public EvaluationStatus status;
    public String selfAssessment;
    public String processInstanceId;
    /** The panel's user ids, comma-separated, in the order the official named them. */
    public String panelExperts;
    public int scoreRound;
    public BigDecimal totalScore;
    public String grade;
    public String outcomeReasons;
    public LocalDate noticeEndsOn;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String confirmedBy;
    public Instant submittedAt;
    public Instant decidedAt;
    public Instant updatedAt;
    public int version;
}
