package org.socorg.platform.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An entry for the public list of illegal social organizations, as an enforcement officer publishes it. */
@Schema(description = "非法社会组织名单条目 / An entry of the list of illegal social organizations")
public record IllegalOrganizationRequest(
        @NotBlank(message = "请填写名称 / Enter the name")
        @Size(max = 100, message = "名称不超过100个字 / At most 100 characters")
        @Schema(example = "中华某某文化发展促进总会") String name,
        @NotBlank(message = "请填写情况说明 / Enter what was found")
        @Size(max = 1000, message = "情况说明不超过1000字 / At most 1000 characters")
        @Schema(example = "未经登记，擅自以社会组织名义开展活动") String description,
        @Size(max = 300, message = "依据不超过300字 / At most 300 characters")
        @Schema(example = "《取缔非法民间组织暂行办法》第二条") String legalBasis) {
}
