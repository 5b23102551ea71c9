package org.socorg.platform.annualreport;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An annual report as the organization's account holder files it: which organization and year, and the report's
 * contents (the fields of {@link AnnualReportContent}, flat, as the filing form has them).
 */
@Schema(description = "报送年度工作报告 / Filing of an annual report")
public record AnnualReportFiling(
        @NotBlank(message = "请填写统一社会信用代码 / Enter the unified social credit code")
        @Size(max = 18, message = "统一社会信用代码为18位 / The credit code has 18 characters")
        @Schema(example = "53110000MJ0000001X") String creditCode,
        @NotNull(message = "请填写报告年度 / Enter the report year")
        @Min(value = 2000, message = "报告年度不早于2000年 / The report year is 2000 or later")
        @Max(value = 2200, message = "报告年度有误 / The report year is wrong")
        @Schema(description = "报告所属年度（上一年度）/ The year reported on (the previous year)", example = "2026")
        Integer reportYear,
        String workSummary,
        BigDecimal totalIncome,
        BigDecimal totalExpenses,
        BigDecimal publicWelfareExpenses,
        BigDecimal netAssetsStart,
        BigDecimal netAssetsEnd,
        Integer meetingsHeld,
        String boardChanges,
        String publicWelfareActivities) {

    /** The report's contents, validated on their own record so the correction loop checks them the same way. */
    public AnnualReportContent content() {
        return new AnnualReportContent(workSummary, totalIncome, totalExpenses, publicWelfareExpenses,
                netAssetsStart, netAssetsEnd, meetingsHeld, boardChanges, publicWelfareActivities);
    }
}
