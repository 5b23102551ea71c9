package org.socorg.platform.annualreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;

/** Organizations, reports and the personas of the annual-report flow, driven through the real services. */
public final class AnnualReportScenario {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Caller HOLDER = new Caller("applicant1", "张三", Set.of(Groups.APPLICANTS), null);
    public static final Caller OTHER_APPLICANT = new Caller("applicant2", "赵六", Set.of(Groups.APPLICANTS), null);
    public static final Caller OFFICIAL = new Caller("official1", "李四", Set.of(Groups.REGISTRATION_OFFICIALS), "110000");
    public static final Caller SUPERVISOR = new Caller("supervisor1", "钱七", Set.of(Groups.REGISTRATION_SUPERVISORS),
            "110000");
    public static final Caller SHANGHAI_OFFICIAL = new Caller("official-sh", "孙八",
            Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS), "310000");

    private AnnualReportScenario() {
    }

    /** A Beijing foundation held by {@link #HOLDER}, entered into the registry directly (founded today). */
    public static Organization foundation(OrganizationRegistry registry) {
        return organization(registry, OrganizationType.FOUNDATION, "110000", HOLDER.id());
    }

    public static Organization organization(OrganizationRegistry registry, OrganizationType type, String division,
            String holder) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = switch (type) {
            case FOUNDATION -> "北京市年报测试" + suffix + "基金会";
            case ASSOCIATION -> "北京市年报测试" + suffix + "协会";
            case SOCIAL_SERVICE -> "北京市年报测试" + suffix + "服务中心";
        };
        return registry.register(new NewOrganization(name, type, OrganizationScope.LOCAL, division, "北京市民政局",
                "王年报", new BigDecimal("4000000"), "北京市海淀区学院路1号", "资助困难学生", UUID.randomUUID().toString(),
                holder, "director1"));
    }

    /** A plausible report for the year: net assets grow by income minus expenses. */
    public static AnnualReportFiling filing(Organization org, int year) {
        return new AnnualReportFiling(org.creditCode(), year, "全年资助困难学生320名，举办助学活动12场",
                new BigDecimal("1200000"), new BigDecimal("1000000"), new BigDecimal("850000"),
                new BigDecimal("4000000"), new BigDecimal("4200000"), 2, null, "“青禾助学计划”资助困难家庭学生320名");
    }

    /** The first year the organization reports on: the year it was founded. */
    public static int firstReportYear(Organization org) {
        return org.foundedOn().getYear();
    }

    /** Sets the engine's clock to 10:00 on that day. */
    public static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZONE).toInstant()));
    }
}
