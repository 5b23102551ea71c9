package org.socorg.platform.identity;

/**
 * Keycloak realm roles, one per kind of user (realm {@code socorg}, {@code config/keycloak/socorg-realm.json}).
 * A caller carries their roles among their {@link Caller#groups() groups}, beside the process candidate groups
 * ({@link Groups}) the roles map to ({@code platform.identity.role-groups}).
 */
public final class Roles {
    /** 申请人 */
    public static final String APPLICANT = "applicant";
    /** 登记管理机关工作人员 */
    public static final String REGISTRATION_OFFICER = "registration-officer";
    /** 审查人员 */
    public static final String REVIEWER = "reviewer";
    /** 登记管理机关负责人 */
    public static final String DIRECTOR = "director";
    /** 督办人员 */
    public static final String SUPERVISOR = "supervisor";
    /** 评估专家 */
    public static final String EXPERT = "expert";
    /** 执法人员 */
    public static final String ENFORCEMENT_OFFICER = "enforcement-officer";
    /** 分析人员 */
    public static final String ANALYST = "analyst";
    /** 审计人员 */
    public static final String AUDITOR = "auditor";
    /** 系统管理员: manages users and roles within their own jurisdiction */
    public static final String ADMINISTRATOR = "administrator";

    private Roles() {
    }
}
