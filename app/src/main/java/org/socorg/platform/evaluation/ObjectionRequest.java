package org.socorg.platform.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An objection (异议) to a publicly noticed grade; anyone may file one, name and contact are optional. */
@Schema(description = "公示异议 / Objection to a noticed grade")
public record ObjectionRequest(
        @NotBlank(message = "请填写异议内容 / Say what the objection is")
        @Size(max = 2000, message = "异议内容不超过2000字 / At most 2000 characters")
        @Schema(example = "该组织2025年未按章程召开会员大会，内部治理得分偏高。") String content,
        @Size(max = 100, message = "姓名不超过100字 / The name has at most 100 characters") String name,
        @Size(max = 200, message = "联系方式不超过200字 / The contact has at most 200 characters") String contact) {
}
