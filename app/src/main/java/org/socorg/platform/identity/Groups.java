package org.socorg.platform.identity;

/** The group (role) names the processes and the API use; Keycloak realm roles carry the same names. */
public final class Groups {
    /** 申请人 */
    public static final String APPLICANTS = "applicants";
    /** 登记管理机关工作人员: accept and review applications */
    public static final String REGISTRATION_OFFICIALS = "registration-officials";
    /** 登记管理机关负责人: take the decision */
    public static final String REGISTRATION_DIRECTORS = "registration-directors";
    /** Supervisors receive escalations when a statutory deadline passes. */
    public static final String REGISTRATION_SUPERVISORS = "registration-supervisors";

    /** 评估专家: score organizations in an evaluation panel. */
    public static final String EXPERTS = "experts";
    /** 执法监察人员: triage complaints, investigate, propose penalties and credit listings. */
    public static final String ENFORCEMENT_OFFICERS = "enforcement-officers";
    /** 业务分析人员: edit and deploy processes, rules and forms. */
    public static final String ANALYSTS = "analysts";

    /** 审计人员: export the audit log and run its reconciliation. */
    public static final String AUDITORS = "auditors";

    private Groups() {
    }
}
