package org.socorg.platform.annualreport;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What an organization reports on a year (年度工作报告): its work, income and expenses, net assets at the start and
 * the end of the year, governance and public-welfare activities. Format rules are checked here; whether the
 * figures are plausible is the DMN table {@code annual-report-plausibility}.
 */
@Schema(description = "年度工作报告内容 / Contents of an annual report")
public record AnnualReportContent(
        @NotBlank(message = "请填写年度工作总结 / Summarize the year's work")
        @Size(max = 5000, message = "工作总结不超过5000字 / At most 5000 characters")
        @Schema(example = "全年资助困难学生320名，举办助学活动12场") String workSummary,
        @NotNull(message = "请填写本年收入合计（元）/ Enter the year's total income in CNY")
        @DecimalMin(value = "0", message = "金额不能为负数 / Amounts cannot be negative")
        @DecimalMax(value = "99999999999999", message = "金额过大 / The amount is too large")
        @Digits(integer = 14, fraction = 2, message = "金额最多两位小数 / At most two decimal places")
        @Schema(example = "1200000") BigDecimal totalIncome,
        @NotNull(message = "请填写本年支出合计（元）/ Enter the year's total expenses in CNY")
        @DecimalMin(value = "0", message = "金额不能为负数 / Amounts cannot be negative")
        @DecimalMax(value = "99999999999999", message = "金额过大 / The amount is too large")
        @Digits(integer = 14, fraction = 2, message = "金额最多两位小数 / At most two decimal places")
        @Schema(example = "1000000") BigDecimal totalExpenses,
        @NotNull(message = "请填写公益活动支出（元）/ Enter the public-welfare expenses in CNY")
        @DecimalMin(value = "0", message = "金额不能为负数 / Amounts cannot be negative")
        @DecimalMax(value = "99999999999999", message = "金额过大 / The amount is too large")
        @Digits(integer = 14, fraction = 2, message = "金额最多两位小数 / At most two decimal places")
        @Schema(description = "本年支出中用于公益活动的部分 / The part of the expenses spent on public welfare",
                example = "850000") BigDecimal publicWelfareExpenses,
        @NotNull(message = "请填写年初净资产（元）/ Enter the net assets at the start of the year in CNY")
        @DecimalMin(value = "0", message = "金额不能为负数 / Amounts cannot be negative")
        @DecimalMax(value = "99999999999999", message = "金额过大 / The amount is too large")
        @Digits(integer = 14, fraction = 2, message = "金额最多两位小数 / At most two decimal places")
        @Schema(example = "4000000") BigDecimal netAssetsStart,
        @NotNull(message = "请填写年末净资产（元）/ Enter the net assets at the end of the year in CNY")
        @DecimalMin(value = "0", message = "金额不能为负数 / Amounts cannot be negative")
        @DecimalMax(value = "99999999999999", message = "金额过大 / The amount is too large")
        @Digits(integer = 14, fraction = 2, message = "金额最多两位小数 / At most two decimal places")
        @Schema(example = "4200000") BigDecimal netAssetsEnd,
        @NotNull(message = "请填写本年召开理事会/会员（代表）大会次数 / Enter how many board or members' meetings were held")
        @Min(value = 0, message = "会议次数不能为负数 / Cannot be negative")
        @Max(value = 1000, message = "会议次数过大 / Too large")
        @Schema(example = "2") Integer meetingsHeld,
        @Size(max = 2000, message = "负责人变动情况不超过2000字 / At most 2000 characters")
        @Schema(description = "理事会、负责人变动情况；无变动可不填 / Changes of the board or responsible persons; empty if none",
                example = "秘书长由李明变更为王芳") String boardChanges,
        @NotBlank(message = "请填写公益活动情况 / Describe the public-welfare activities")
        @Size(max = 5000, message = "公益活动情况不超过5000字 / At most 5000 characters")
        @Schema(example = "“青禾助学计划”资助北京市困难家庭学生320名") String publicWelfareActivities) {

    /** Text trimmed, an empty answer on board changes stored as none. */
    public AnnualReportContent normalized() {
        return new AnnualReportContent(trim(workSummary), totalIncome, totalExpenses, publicWelfareExpenses,
                netAssetsStart, netAssetsEnd, meetingsHeld,
                boardChanges == null || boardChanges.isBlank() ? null : boardChanges.trim(),
                trim(publicWelfareActivities));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
