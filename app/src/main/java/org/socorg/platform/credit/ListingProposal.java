package org.socorg.platform.credit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An official's proposal to list an organization (执法监察或登记管理机关工作人员提出列入).
 *
 * @param reasonCode one of {@link ListingReasons}; the DMN {@code credit-listing-reasons} gives its list and legal basis
 * @param detail the facts (e.g. the penalty decision number), appended to the reason
 * @param reasonAroseOn the day the reason arose (default today): the 5-working-day entry limit counts from it
 */
@Schema(description = "列入信用名录的提议 / Proposal to list an organization")
public record ListingProposal(
        @NotBlank(message = "请填写统一社会信用代码 / Give the unified social credit code")
        @Schema(example = "53110000MJ0000001X") String creditCode,
        @NotBlank(message = "请选择列入理由 / Choose the listing reason")
        @Pattern(regexp = "[A-Z_]{3,40}", message = "理由代码格式不对 / The reason code is malformed")
        @Schema(example = "UNREACHABLE_AT_ADDRESS") String reasonCode,
        @Size(max = 300, message = "事实说明不超过300字 / The detail has at most 300 characters")
        @Schema(example = "两次挂号信（2026-03-02、2026-04-20）均被退回") String detail,
        @Schema(example = "2026-09-07") LocalDate reasonAroseOn,
        @Size(max = 64, message = "来源编号不超过64字 / The source reference has at most 64 characters")
        String sourceReference) {
}
