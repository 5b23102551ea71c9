package org.socorg.platform.fundraising;

import java.time.LocalDate;

/** A public-fundraising qualification granted to a charity (公开募捐资格证书); {@code revokedOn} is null while valid. */
public record Qualification(long id, String creditCode, String certificateNumber, String applicationId,
        String divisionCode, LocalDate grantedOn, String grantedBy, LocalDate revokedOn, String revocationReason,
        String revokedBy) {

    public boolean valid() {
        return revokedOn == null;
    }
}
