package org.socorg.platform.fundraising;

import java.time.LocalDate;

/**
 * What the public verification page of a public-fundraising qualification certificate (公开募捐资格证书, its QR
 * code) says: valid until revoked (and while its organization holds it), with the revocation's date and reason.
 */
public record QualificationCheck(String creditCode, String organizationName, String certificateNumber,
        String grantedBy, LocalDate grantedOn, boolean valid, LocalDate revokedOn, String revocationReason,
        String reasonZh, String reasonEn) {
}
