package org.socorg.platform.fundraising.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.fundraising.QualificationCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A charity's public-fundraising qualification certificate and its verification, for anyone (no sign-in). */
@RestController
@RequestMapping("/api/public/organizations/{creditCode}/qualifications/{certificateNumber}")
@Tag(name = "Public query 一网通查", description = "Search organizations and read their public records; no sign-in")
class QualificationCertificateController {

    private final FundraisingService fundraising;
    private final String publicBaseUrl;

    QualificationCertificateController(FundraisingService fundraising,
            @Value("${platform.public.base-url:}") String publicBaseUrl) {
        this.fundraising = fundraising;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/certificate-check")
    @Operation(summary = "Whether a public-fundraising qualification certificate is valid now (what its QR code opens)")
    QualificationCheck check(@PathVariable String creditCode, @PathVariable String certificateNumber) {
        return fundraising.checkQualification(creditCode, certificateNumber);
    }

    @GetMapping(value = "/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The public-fundraising qualification certificate (公开募捐资格证书) as PDF, with a QR code of"
            + " its verification page", description = "409 CERTIFICATE_NOT_VALID when the qualification is revoked.")
    ResponseEntity<byte[]> certificate(@PathVariable String creditCode, @PathVariable String certificateNumber) {
        String base = publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : publicBaseUrl;
        byte[] pdf = fundraising.qualificationCertificatePdf(creditCode, certificateNumber, base);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"qualification-"
                        + certificateNumber.strip().toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z-]", "") + ".pdf\"")
                .body(pdf);
    }
}
