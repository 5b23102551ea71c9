package org.socorg.platform.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The organization's self-assessment (自评): its own score per criterion (each 0..the criterion's maximum in the
 * {@code evaluation-criteria} table) and a summary of its work.
 */
@Schema(description = "自评 / Self-assessment")
public record SelfAssessment(
        @NotNull(message = "请填写基础条件自评分 / Give the self-score for basic conditions") @Min(0) @Max(10000)
        @Schema(example = "90") Integer basicConditions,
        @NotNull(message = "请填写内部治理自评分 / Give the self-score for internal governance") @Min(0) @Max(10000)
        @Schema(example = "300") Integer internalGovernance,
        @NotNull(message = "请填写工作绩效自评分 / Give the self-score for work performance") @Min(0) @Max(10000)
        @Schema(example = "340") Integer workPerformance,
        @NotNull(message = "请填写社会评价自评分 / Give the self-score for social evaluation") @Min(0) @Max(10000)
        @Schema(example = "120") Integer socialEvaluation,
        @NotBlank(message = "请填写自评报告 / Write the self-assessment report")
        @Size(max = 4000, message = "自评报告不超过4000字 / The report has at most 4000 characters")
        @Schema(example = "本会近三年资助困难学生1200名，理事会按章程换届，财务审计无保留意见。") String summary) {
}
