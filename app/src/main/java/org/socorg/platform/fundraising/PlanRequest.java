package org.socorg.platform.fundraising;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A public fundraising plan filed with the registration authority (募捐方案备案). */
@Schema(description = "募捐方案 / Fundraising plan")
public record PlanRequest(
        @NotBlank(message = "请填写慈善组织的统一社会信用代码 / Enter the charity's unified social credit code")
        @Schema(example = "53110000MJ0000011X") String creditCode,
        @NotBlank(message = "请填写募捐方案名称 / Enter the plan's title")
        @Size(max = 100, message = "名称不超过100个字 / At most 100 characters")
        @Schema(example = "2027年春季助学募捐") String title,
        @NotBlank(message = "请填写募捐目的 / Enter the purpose")
        @Size(max = 1000, message = "募捐目的不超过1000字 / At most 1000 characters")
        @Schema(example = "资助300名家庭经济困难的高中生") String purpose,
        @NotNull(message = "请填写募捐目标金额（元）/ Enter the target amount in CNY")
        @DecimalMin(value = "0.01", message = "目标金额须大于0 / The target must be above 0")
        @DecimalMax(value = "999999999999", message = "目标金额过大 / The amount is too large")
        @Digits(integer = 12, fraction = 2, message = "金额最多两位小数 / At most two decimal places")
        @Schema(example = "1500000") BigDecimal targetAmount,
        @NotNull(message = "请填写募捐开始日期 / Enter the start date")
        @Schema(example = "2027-03-01") LocalDate startDate,
        @NotNull(message = "请填写募捐结束日期 / Enter the end date")
        @Schema(example = "2027-05-31") LocalDate endDate,
        @NotBlank(message = "请填写募捐地域 / Enter the region")
        @Size(max = 200, message = "募捐地域不超过200字 / At most 200 characters")
        @Schema(example = "北京市") String region,
        @NotBlank(message = "请填写接受捐赠的银行账户 / Enter the bank account receiving donations")
        @Size(max = 200, message = "银行账户不超过200字 / At most 200 characters")
        @Schema(example = "中国工商银行北京海淀支行 0200 0000 0000 0000 000") String bankAccount,
        @Schema(description = "是否为应急募捐（重大突发事件）/ Emergency fundraising (a sudden major event)",
                example = "false") Boolean emergency) {

    public boolean inEmergency() {
        return Boolean.TRUE.equals(emergency);
    }
}
