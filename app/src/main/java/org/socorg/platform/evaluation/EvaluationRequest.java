package org.socorg.platform.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An application for evaluation, filed by the organization's account holder. */
@Schema(description = "评估申请 / Application for evaluation")
public record EvaluationRequest(
        @NotBlank(message = "请填写统一社会信用代码 / Give the unified social credit code")
        @Schema(example = "53110000MJ0000001X") String creditCode,
        @NotNull(message = "请填写自评 / Give the self-assessment") @Valid SelfAssessment selfAssessment) {
}
