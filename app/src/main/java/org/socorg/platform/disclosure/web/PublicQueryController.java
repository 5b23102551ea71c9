package org.socorg.platform.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.disclosure.CertificateCheck;
import org.socorg.platform.disclosure.CreditFilter;
import org.socorg.platform.disclosure.PublicCreditListing;
import org.socorg.platform.disclosure.PublicOrganization;
import org.socorg.platform.disclosure.PublicQuery;
import org.socorg.platform.disclosure.PublicQueryService;
import org.socorg.platform.disclosure.PublicSearchResult;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public query (一网通查) over REST: read-only, no sign-in. */
@RestController
@RequestMapping("/api/public")
@Tag(name = "Public query 一网通查", description = "Search organizations and read their public records; no sign-in")
class PublicQueryController {

    private final PublicQueryService query;
    private final String publicBaseUrl;

    PublicQueryController(PublicQueryService query, @Value("${platform.public.base-url:}") String publicBaseUrl) {
        this.query = query;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GetMapping("/organizations")
    @Operation(summary = "Search organizations by name fragment (Chinese, partial) or full credit code",
            description = "Filters: type, registration status, credit status (CLEAR = on no list), region (start "
                    + "of the authority's division code, e.g. 44 or 440100), charity, public-fundraising "
                    + "qualification. Pages are 0-based.")
    PublicSearchResult search(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganizationType type,
            @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) CreditFilter credit,
            @RequestParam(required = false) @Parameter(example = "44") String region,
            @RequestParam(required = false) Boolean charity,
            @RequestParam(required = false) Boolean fundraising,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return query.search(new PublicQuery(q, type, status, credit, region, charity, fundraising, page, size));
    }

    @GetMapping("/organizations/{creditCode}")
    @Operation(summary = "An organization's public page: basic information, status history, credit listings and "
            + "every section (notices, annual reports, evaluation, penalties, fundraising...)")
    PublicOrganization organization(@PathVariable String creditCode) {
        return query.organization(creditCode);
    }

    @GetMapping("/organizations/{creditCode}/certificate-check")
    @Operation(summary = "Whether the organization's registration certificate is valid now (what its QR code opens)")
    CertificateCheck certificateCheck(@PathVariable String creditCode) {
        return query.checkCertificate(creditCode);
    }

    @GetMapping(value = "/organizations/{creditCode}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The registration certificate (登记证书) as PDF, with a QR code of its verification page",
            description = "409 CERTIFICATE_NOT_VALID when the organization is no longer active.")
    ResponseEntity<byte[]> certificate(@PathVariable String creditCode) {
        String base = publicBaseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : publicBaseUrl;
        byte[] pdf = query.certificatePdf(creditCode, base);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate-"
                        + creditCode.strip().toUpperCase(java.util.Locale.ROOT) + ".pdf\"")
                .body(pdf);
    }

    @GetMapping("/credit-lists/{list}")
    @Operation(summary = "A public credit list: the organizations on it now, newest listing first",
            description = "ABNORMAL_ACTIVITY (活动异常名录) or SERIOUS_DISHONESTY (严重违法失信名单).")
    List<PublicCreditListing> creditList(@PathVariable CreditList list,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return query.creditList(list, region, page, size);
    }
}
