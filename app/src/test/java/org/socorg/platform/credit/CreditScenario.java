package org.socorg.platform.credit;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;

/** The personas of credit sanction and a registered organization to list, driven through the real services. */
final class CreditScenario {

    static final Caller ENFORCER = new Caller("enforcer1", "冯执", Set.of(Groups.ENFORCEMENT_OFFICERS), "110000");
    static final Caller OFFICIAL = new Caller("official1", "李四", Set.of(Groups.REGISTRATION_OFFICIALS), "110000");
    static final Caller SUPERVISOR = new Caller("supervisor1", "钱七", Set.of(Groups.REGISTRATION_SUPERVISORS), "110000");
    static final Caller SHANGHAI_OFFICIAL = new Caller("official-sh", "孙八", Set.of(Groups.REGISTRATION_OFFICIALS),
            "310000");
    static final Caller HOLDER = new Caller("applicant1", "张三", Set.of(Groups.APPLICANTS), "110000");
    static final Caller OTHER_APPLICANT = new Caller("applicant2", "赵六", Set.of(Groups.APPLICANTS), "110000");

    private CreditScenario() {
    }

    /** A Beijing social association held by {@code applicant1}. */
    static Organization register(OrganizationRegistry registry) {
        String name = "北京市信用测试" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "协会";
        return registry.register(new NewOrganization(name, OrganizationType.ASSOCIATION, OrganizationScope.LOCAL,
                "110000", "北京市科学技术协会", "李会长", new BigDecimal("50000"), "北京市东城区1号", "学术交流",
                UUID.randomUUID().toString(), HOLDER.id(), "director1"));
    }
}
