package org.socorg.platform.fundraising;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An application for public-fundraising qualification (公开募捐资格申请), filed by the charity's account holder. */
@Schema(description = "公开募捐资格申请 / Application for public-fundraising qualification")
public record QualificationRequest(
        @NotBlank(message = "请填写慈善组织的统一社会信用代码 / Enter the charity's unified social credit code")
        @Schema(example = "53110000MJ0000011X") String creditCode,
        @NotBlank(message = "请说明申请理由及拟开展的公开募捐活动 / Explain why you apply and what fundraising you plan")
        @Size(max = 2000, message = "申请说明不超过2000字 / At most 2000 characters")
        @Schema(example = "拟面向社会公众募集助学资金") String statement,
        @Size(max = 2000, message = "治理结构说明不超过2000字 / At most 2000 characters")
        @Schema(description = "内部治理结构说明 / Governance (council, supervisors, financial controls)",
                example = "理事会7人、监事1人，财务制度健全") String governance) {
}
