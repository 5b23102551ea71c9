package org.socorg.platform.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An application for deregistration (注销登记申请), filed by the organization's account holder after liquidation.
 * The confirmations are checked by DMN ({@code registration-deregistration-requirements}): a "no" is a reason to
 * refuse, not a format error.
 */
@Schema(description = "注销登记申请 / Application for deregistration")
public record DeregistrationRequest(
        @NotBlank(message = "请填写组织的统一社会信用代码 / Enter the organization's unified social credit code")
        @Schema(example = "53110000MJ0000001X") String creditCode,
        @NotBlank(message = "请填写注销理由 / Give the reason for deregistration")
        @Size(max = 1000, message = "注销理由不超过1000个字 / At most 1000 characters")
        @Schema(example = "章程规定的宗旨已经实现，理事会决议终止") String reason,
        @NotNull(message = "请确认清算是否已经完成 / Confirm whether liquidation is complete")
        @Schema(description = "清算已经完成 / Liquidation is complete", example = "true") Boolean liquidationCompleted,
        @NotNull(message = "请填写清算完成日期 / Enter the date liquidation was completed")
        @Schema(description = "清算完成日期 / Date liquidation was completed", example = "2026-08-31")
        LocalDate liquidationCompletedOn,
        @NotNull(message = "请确认清算报告是否已经清算组织和业务主管单位确认 / Confirm whether the liquidation report "
                + "was confirmed")
        @Schema(description = "清算报告已经确认 / The liquidation report is confirmed", example = "true")
        Boolean liquidationReportConfirmed,
        @NotBlank(message = "请说明剩余财产的处置 / Describe how the remaining assets were disposed of")
        @Size(max = 1000, message = "不超过1000个字 / At most 1000 characters")
        @Schema(example = "剩余财产20万元已捐赠北京市慈善基金会") String remainingAssetsDisposal,
        @Schema(description = "业务主管单位已审查同意（有业务主管单位时）/ The supervising unit has consented (where there "
                + "is one)", example = "true") Boolean supervisingUnitConsent) {

    public DeregistrationRequest normalized() {
        return new DeregistrationRequest(creditCode == null ? null : creditCode.trim(),
                reason == null ? null : reason.trim(), liquidationCompleted, liquidationCompletedOn,
                liquidationReportConfirmed, remainingAssetsDisposal == null ? null : remainingAssetsDisposal.trim(),
                Boolean.TRUE.equals(supervisingUnitConsent));
    }
}
