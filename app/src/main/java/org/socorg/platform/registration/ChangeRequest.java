package org.socorg.platform.registration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.socorg.platform.organization.ChangedDetails;

/**
 * An application for change registration (变更登记申请), filed by the organization's account holder. Every changeable
 * field is optional: a field left out (or equal to what is registered) stays as it is, and at least one must change.
 * A new name is checked by the same name rules as an establishment (DMN {@code registration-name-rules}).
 */
@Schema(description = "变更登记申请 / Application for change registration")
public record ChangeRequest(
        @NotBlank(message = "请填写组织的统一社会信用代码 / Enter the organization's unified social credit code")
        @Schema(example = "53110000MJ0000001X") String creditCode,
        @Size(max = 50, message = "名称不超过50个字 / The name has at most 50 characters")
        @Schema(description = "新名称 / New name", example = "北京市青禾教育基金会") String name,
        @Size(max = 200, message = "住所不超过200个字 / At most 200 characters")
        @Schema(description = "新住所 / New registered address") String address,
        @Size(max = 50, message = "法定代表人姓名不超过50个字 / At most 50 characters")
        @Schema(description = "新法定代表人 / New legal representative") String legalRepresentative,
        @Size(max = 1000, message = "业务范围不超过1000个字 / At most 1000 characters")
        @Schema(description = "新业务范围 / New business scope") String businessScope,
        @Size(max = 100, message = "业务主管单位不超过100个字 / The supervising unit has at most 100 characters")
        @Schema(description = "新业务主管单位 / New supervising unit") String supervisingUnit,
        @DecimalMin(value = "0", message = "资金不能为负数 / Funds cannot be negative")
        @DecimalMax(value = "999999999999", message = "资金数额过大 / The amount is too large")
        @Digits(integer = 12, fraction = 2, message = "资金最多两位小数 / At most two decimal places")
        @Schema(description = "新活动资金（基金会为原始基金），元 / New activity funds in CNY") BigDecimal activityFunds,
        @NotBlank(message = "请填写变更理由 / Give the reason for the change")
        @Size(max = 1000, message = "变更理由不超过1000个字 / At most 1000 characters")
        @Schema(example = "理事会换届，法定代表人变更") String reason,
        @NotNull(message = "请确认变更事项已经会员大会或理事会按章程表决通过 / Confirm whether the members' assembly "
                + "or the council adopted the change as the charter requires")
        @Schema(description = "变更事项已经会员（代表）大会或理事会按章程表决通过 / Adopted by the members' assembly or "
                + "council", example = "true") Boolean resolutionAdopted,
        @Schema(description = "新业务主管单位已审查同意（变更业务主管单位时）/ The new supervising unit has consented "
                + "(when it changes)", example = "false") Boolean supervisingUnitConsent) {

    /** Blank fields mean "unchanged"; text is trimmed. */
    public ChangeRequest normalized() {
        return new ChangeRequest(creditCode == null ? null : creditCode.trim(), trim(name), trim(address),
                trim(legalRepresentative), trim(businessScope), trim(supervisingUnit), activityFunds,
                reason == null ? null : reason.trim(), resolutionAdopted, Boolean.TRUE.equals(supervisingUnitConsent));
    }

    /** The registry fields this application sets. */
    public ChangedDetails changedDetails() {
        return new ChangedDetails(name, address, legalRepresentative, businessScope, supervisingUnit, activityFunds);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
