package org.socorg.platform.credit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socorg.platform.credit.CreditHistory;
import org.socorg.platform.credit.CreditSanction;
import org.socorg.platform.credit.PublicListPage;
import org.socorg.platform.credit.PublicListing;
import org.socorg.platform.shared.PlatformException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public credit lists (no sign-in): what joint punishment (联合惩戒) and partner departments read. */
@RestController
@RequestMapping("/api/credit")
@Tag(name = "Credit lists 信用名录", description = "Public abnormal-activity and serious-dishonesty lists")
class CreditListsController {

    private final CreditSanction credit;

    CreditListsController(CreditSanction credit) {
        this.credit = credit;
    }

    @GetMapping("/lists/{list}")
    @Operation(summary = "A public list, newest listing first: ABNORMAL_ACTIVITY (活动异常名录) or SERIOUS_DISHONESTY "
            + "(严重违法失信名单)")
    PublicListPage list(@PathVariable String list,
            @Parameter(description = "division code or prefix: 440000 = Guangdong and its cities, 440100 = Guangzhou")
            @RequestParam(required = false) String region,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "20") int size) {
        return credit.publicList(list, region, page, size);
    }

    @GetMapping("/lists/{list}/export")
    @Operation(summary = "Every listing in force on a list, for partner departments (CSV or JSON)",
            description = "format=csv (default, UTF-8 with BOM so spreadsheet programs read the Chinese) or json.")
    ResponseEntity<?> export(@PathVariable String list, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "csv") String format) {
        List<PublicListing> listings = credit.export(list, region);
        String name = list.toLowerCase().replace('_', '-');
        if ("json".equals(format)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(listings);
        }
        if (!"csv".equals(format)) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "UNKNOWN_FORMAT",
                    "导出格式须为 csv 或 json", "format must be csv or json", java.util.Map.of("field", "format"));
        }
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("id,credit_code,organization_name,list,reason_code,reason,legal_basis,division_code,listed_on\r\n");
        for (PublicListing l : listings) {
            csv.append(l.id()).append(',').append(l.creditCode()).append(',').append(cell(l.organizationName()))
                    .append(',').append(l.list()).append(',').append(l.reasonCode()).append(',')
                    .append(cell(l.reason())).append(',').append(cell(l.legalBasis())).append(',')
                    .append(l.divisionCode()).append(',').append(l.listedOn()).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + ".csv").build().toString())
                .body(csv.toString());
    }

    @GetMapping("/organizations/{creditCode}")
    @Operation(summary = "An organization's credit record: listed now or not, and every listing with its removal")
    CreditHistory history(@PathVariable String creditCode) {
        return credit.history(creditCode);
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs a cell as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
