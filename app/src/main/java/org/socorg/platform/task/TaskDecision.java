package org.socorg.platform.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What the person completing a task decided: one of the task's outcomes, a comment (required by outcomes that
 * need reasons) and, for tasks that take data (e.g. the applicant's supplements), the data.
 */
@Schema(description = "办理决定 / Decision completing a task")
public record TaskDecision(
        @NotBlank(message = "请选择办理结果 / Choose an outcome") @Schema(example = "COMPLETE") String outcome,
        @Size(max = 2000, message = "意见不超过2000字 / The comment has at most 2000 characters")
        @Schema(example = "材料齐全，符合法定形式") String comment,
        @Schema(description = "任务需要的数据（如补正后的申请内容）/ Data the task takes, e.g. corrected application fields")
        Map<String, Object> data) {

    public TaskDecision {
        data = data == null ? Map.of() : data;
    }

    public boolean hasComment() {
        return comment != null && !comment.isBlank();
    }
}
