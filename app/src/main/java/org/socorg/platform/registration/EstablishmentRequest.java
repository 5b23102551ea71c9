package org.socorg.platform.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;

/**
 * An application for establishment registration (成立登记申请), as the applicant files it.
 * Format rules are checked here; substantive rules (minimum funds and members, names) are DMN.
 */
@Schema(description = "成立登记申请 / Application for establishment registration")
public record EstablishmentRequest(
        @NotNull(message = "请选择组织类型 / Choose the organization type")
        @Schema(example = "FOUNDATION") OrganizationType orgType,
        @NotNull(message = "请选择全国性或地方性 / Choose NATIONAL or LOCAL scope")
        @Schema(example = "LOCAL") OrganizationScope scope,
        @NotBlank(message = "请填写拟成立组织的名称 / Enter the proposed name")
        @Size(max = 50, message = "名称不超过50个字 / The name has at most 50 characters")
        @Schema(example = "北京市青禾助学基金会") String name,
        @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字 / The division code has 6 digits")
        @Schema(description = "登记管理机关的行政区划代码；缺省为本机关 / Division code of the registration authority; "
                + "defaults to this authority", example = "110000") String divisionCode,
        @Size(max = 100, message = "业务主管单位不超过100个字 / The supervising unit has at most 100 characters")
        @Schema(example = "北京市教育委员会") String supervisingUnit,
        @NotBlank(message = "请填写法定代表人 / Enter the legal representative")
        @Size(max = 50, message = "法定代表人姓名不超过50个字 / At most 50 characters")
        @Schema(example = "王青禾") String legalRepresentative,
        @NotNull(message = "请填写活动资金（基金会为原始基金），单位：元 / Enter the activity funds (a foundation's original fund) in CNY")
        @DecimalMin(value = "0", message = "资金不能为负数 / Funds cannot be negative")
        @DecimalMax(value = "999999999999", message = "资金数额过大 / The amount is too large")
        @Digits(integer = 12, fraction = 2, message = "资金最多两位小数 / At most two decimal places")
        @Schema(example = "4000000") BigDecimal activityFunds,
        @Min(value = 0, message = "个人会员数不能为负数 / Cannot be negative")
        @Max(value = 10_000_000, message = "个人会员数过大 / Too large")
        @Schema(description = "个人会员数（社会团体）/ Individual members (associations)", example = "0") Integer individualMembers,
        @Min(value = 0, message = "单位会员数不能为负数 / Cannot be negative")
        @Max(value = 10_000_000, message = "单位会员数过大 / Too large")
        @Schema(description = "单位会员数（社会团体）/ Unit members (associations)", example = "0") Integer unitMembers,
        @Schema(description = "是否公开募捐（基金会）/ Public fundraising (foundations)", example = "true") Boolean publicFundraising,
        @NotBlank(message = "请填写住所 / Enter the registered address")
        @Size(max = 200, message = "住所不超过200个字 / At most 200 characters")
        @Schema(example = "北京市海淀区学院路1号") String address,
        @NotBlank(message = "请填写业务范围 / Enter the business scope")
        @Size(max = 1000, message = "业务范围不超过1000个字 / At most 1000 characters")
        @Schema(example = "资助家庭经济困难学生完成学业") String businessScope) {

    /** Unanswered optional numbers and flags mean zero and "no", so rules never see a null. */
    public EstablishmentRequest normalized(String defaultDivisionCode) {
        return new EstablishmentRequest(orgType, scope, name == null ? null : name.trim(),
                divisionCode == null || divisionCode.isBlank() ? defaultDivisionCode : divisionCode,
                blankToNull(supervisingUnit), legalRepresentative == null ? null : legalRepresentative.trim(),
                activityFunds, individualMembers == null ? 0 : individualMembers,
                unitMembers == null ? 0 : unitMembers, Boolean.TRUE.equals(publicFundraising),
                address == null ? null : address.trim(), businessScope == null ? null : businessScope.trim());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
