package org.socorg.platform.commendation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A commendation (表彰) of an organization, as its registration authority recorded it.
 *
 * @param divisionCode the authority that recorded it (the organization's registration authority)
 * @param withdrawnAt when it was withdrawn as wrongly entered, or null while it stands (and is public)
 */
public record Commendation(long id, String creditCode, String divisionCode, String title, String awardingBody,
        LocalDate awardedOn, String documentNumber, String note, String recordedBy, Instant recordedAt,
        Instant withdrawnAt, String withdrawnBy, String withdrawalReason) {

    @JsonProperty("withdrawn")
    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** The business key of its audit trail ({@code /api/audit/cases/commendation:<id>}). */
    public String businessKey() {
        return "commendation:" + id;
    }
}
