package org.socorg.platform.fundraising;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A progress report (募捐进展): the amount raised so far; it is public. */
public record ProgressRequest(
        @NotNull(message = "请填写截至目前的募得金额（元）/ Enter the amount raised so far in CNY")
        @DecimalMin(value = "0", message = "金额不能为负数 / The amount cannot be negative")
        @DecimalMax(value = "999999999999", message = "金额过大 / The amount is too large")
        @Digits(integer = 12, fraction = 2, message = "金额最多两位小数 / At most two decimal places")
        @Schema(example = "320000") BigDecimal amountRaised,
        @Size(max = 1000, message = "说明不超过1000字 / At most 1000 characters")
        @Schema(example = "已资助首批80名学生") String note) {
}
