package org.socorg.platform.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report about an organization (投诉举报), as anyone files it. The organization is named by its unified social
 * credit code or, when the reporter does not know it (or it is not registered at all), by name.
 */
@Schema(description = "投诉举报 / A complaint about an organization")
public record ComplaintRequest(
        @Size(max = 18, message = "统一社会信用代码为18位 / The credit code has 18 characters")
        @Schema(description = "被举报组织的统一社会信用代码（知道时填写）/ The organization's credit code, if known",
                example = "53110000MJ0000001X") String creditCode,
        @Size(max = 100, message = "组织名称不超过100个字 / The name has at most 100 characters")
        @Schema(description = "被举报组织的名称（不知道代码时必填）/ The organization's name (required without a code)",
                example = "北京市某某促进会") String organizationName,
        @NotNull(message = "请选择举报事项类别 / Choose what the complaint is about")
        @Schema(example = "ILLEGAL_FUNDRAISING") ComplaintCategory category,
        @NotBlank(message = "请描述举报的事实 / Describe what happened")
        @Size(min = 10, max = 5000, message = "事实描述为10至5000字 / The description has 10 to 5000 characters")
        @Schema(example = "该组织在街头以救助名义向路人募捐，未出示任何备案信息。") String description,
        @Schema(description = "匿名举报：不留联系方式，也不记录登录身份 / Anonymous: no contact, the signed-in "
                + "identity is not recorded", example = "false") Boolean anonymous,
        @Size(max = 200, message = "联系方式不超过200个字 / The contact has at most 200 characters")
        @Schema(description = "联系方式（非匿名时选填），只有承办的执法人员可见 / Contact (optional unless anonymous, "
                + "where it must be empty); only the officers handling the complaint see it",
                example = "13800000000") String contact) {

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }
}
