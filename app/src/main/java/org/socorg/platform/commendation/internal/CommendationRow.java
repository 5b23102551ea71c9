package org.socorg.platform.commendation.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.socorg.platform.commendation.Commendation;

/** One row of {@code commendation}. */
public class CommendationRow {
    public Long id;
    public String creditCode;
    public String divisionCode;
    public String title;
    public String awardingBody;
    public LocalDate awardedOn;
    public String documentNumber;
    public String note;
    public String recordedBy;
    public Instant recordedAt;
    public Instant withdrawnAt;
    public String withdrawnBy;
    public String withdrawalReason;

    public Commendation toView() {
        return new Commendation(id, creditCode, divisionCode, title, awardingBody, awardedOn, documentNumber, note,
                recordedBy, recordedAt, withdrawnAt, withdrawnBy, withdrawalReason);
    }
}
