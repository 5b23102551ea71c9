package org.socorg.platform.fundraising;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the authority revokes a qualification (撤销公开募捐资格); the reason is public. */
public record RevocationRequest(
        @NotBlank(message = "请填写撤销理由 / Give the reason for revocation")
        @Size(max = 500, message = "撤销理由不超过500字 / At most 500 characters")
        @Schema(example = "骗取公开募捐资格") String reason) {
}
