package org.socorg.platform.credit;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the organization says in an objection or removal application. */
@Schema(description = "异议或移出申请的陈述 / Statement of an objection or removal application")
public record RequestStatement(
        @NotBlank(message = "请填写陈述理由 / Give your statement")
        @Size(max = 2000, message = "陈述不超过2000字 / The statement has at most 2000 characters")
        @Schema(example = "本会已于2026年9月补报2025年度工作报告并通过审查") String statement) {
}
