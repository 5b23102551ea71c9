package org.socorg.platform.commendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a commendation is withdrawn (wrongly entered: wrong organization, title, date or document number). */
@Schema(description = "撤回表彰记录的理由 / Why the commendation is withdrawn")
public record WithdrawalRequest(
        @NotBlank(message = "请填写撤回理由 / Give the reason for the withdrawal")
        @Size(max = 300, message = "撤回理由不超过300字 / At most 300 characters")
        @Schema(example = "文号录入错误") String reason) {
}
