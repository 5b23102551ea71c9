package org.socorg.platform.disclosure.internal;

import java.util.List;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.shared.CertificatePdf;
import org.socorg.platform.shared.CertificatePdf.Field;
import org.springframework.stereotype.Component;

/** Renders the registration certificate (登记证书) as PDF, in the layout of {@link CertificatePdf}. */
@Component
public class CertificateDocument {

    /** The certificate of {@code o}; its QR code opens {@code verifyUrl}. */
    public byte[] render(Organization o, String verifyUrl) {
        boolean foundation = o.orgType() == OrganizationType.FOUNDATION;
        List<Field> fields = List.of(
                new Field("名称", "Name", o.name()),
                new Field("统一社会信用代码", "Credit code", o.creditCode()),
                new Field("证书编号", "Certificate no.", o.certificateNumber()),
                new Field("类型", "Type", o.orgType().nameZh() + " / " + o.orgType().nameEn()),
                new Field("法定代表人", "Legal representative", o.legalRepresentative()),
                new Field("住所", "Address", o.address()),
                new Field("业务范围", "Business scope", o.businessScope()),
                new Field(foundation ? "原始基金" : "活动资金", foundation ? "Original fund" : "Activity funds",
                        o.activityFunds().stripTrailingZeros().toPlainString() + " 元 CNY"),
                new Field("登记管理机关", "Registration authority", o.registrationAuthority()),
                new Field("有效期", "Valid", CertificatePdf.date(o.certificateValidFrom()) + " 至 "
                        + CertificatePdf.date(o.certificateValidTo())));
        return CertificatePdf.render(title(o.orgType()), "Registration Certificate — " + o.orgType().nameEn(),
                "登记证书 Registration certificate " + o.creditCode(), o.registrationAuthority(), fields, verifyUrl);
    }

    private static String title(OrganizationType type) {
        return switch (type) {
            case ASSOCIATION -> "社会团体法人登记证书";
            case SOCIAL_SERVICE -> "社会服务机构登记证书";
            case FOUNDATION -> "基金会法人登记证书";
        };
    }
}
