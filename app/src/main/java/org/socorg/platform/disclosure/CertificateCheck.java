package org.socorg.platform.disclosure;

import java.time.LocalDate;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;

/**
 * What the public verification page (the certificate's QR code) says about a registration certificate (登记证书):
 * it is valid while the organization is active and the date is within the certificate's validity.
 */
public record CertificateCheck(String creditCode, String name, OrganizationType type, String certificateNumber,
        OrganizationStatus status, LocalDate validFrom, LocalDate validTo, LocalDate checkedOn, boolean valid,
        String reasonZh, String reasonEn) {
}
