package org.socorg.platform.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A hand-over (转办) of a task to a colleague.
 *
 * @param to      the colleague's user name
 * @param comment why, recorded on the case (optional)
 */
@Schema(description = "转办 / Delegation of a task to a colleague")
public record TaskDelegation(
        @NotBlank(message = "请填写接手同事的用户名 / Enter the user name of the colleague taking over")
        @Size(max = 100, message = "用户名不超过100个字符 / A user name has at most 100 characters")
        @Schema(example = "official2") String to,
        @Size(max = 2000, message = "理由不超过2000字 / The reason has at most 2000 characters")
        @Schema(example = "本人出差，转同事办理") String comment) {
}
