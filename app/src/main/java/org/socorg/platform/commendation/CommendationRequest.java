package org.socorg.platform.commendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A commendation to record, as a director of the organization's registration authority enters it. */
@Schema(description = "表彰记录 / A commendation to record")
public record CommendationRequest(
        @NotBlank(message = "请填写统一社会信用代码 / Give the unified social credit code")
        @Schema(example = "53110000MJ0000001X") String creditCode,
        @NotBlank(message = "请填写表彰名称 / Enter the title of the commendation")
        @Size(max = 100, message = "表彰名称不超过100个字 / At most 100 characters")
        @Schema(example = "全国先进社会组织") String title,
        @NotBlank(message = "请填写授予机关 / Enter the awarding body")
        @Size(max = 100, message = "授予机关不超过100个字 / At most 100 characters")
        @Schema(example = "民政部") String awardingBody,
        @NotNull(message = "请填写授予日期 / Enter the date awarded")
        @Schema(example = "2026-06-18") LocalDate awardedOn,
        @NotBlank(message = "请填写文号 / Enter the document number")
        @Size(max = 64, message = "文号不超过64个字 / At most 64 characters")
        @Schema(example = "民发〔2026〕18号") String documentNumber,
        @Size(max = 500, message = "备注不超过500字 / At most 500 characters")
        String note) {
}
