package org.socorg.platform.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.registration.internal.ApplicationMapper;
import org.socorg.platform.registration.internal.ApplicationRow;
import org.socorg.platform.registration.internal.ApplicationStore;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files registration applications and shows them to those allowed to see them: an applicant sees their own,
 * an official sees those filed with their authority (same division code).
 */
@Service
public class RegistrationService {

    static final Set<String> OFFICIAL_GROUPS = Set.of(Groups.REGISTRATION_OFFICIALS, Groups.REGISTRATION_DIRECTORS,
            Groups.REGISTRATION_SUPERVISORS);

    private final ApplicationStore store;
    private final ApplicationMapper mapper;
    private final RuntimeService runtime;
    private final StatutoryClocks clocks;
    private final String defaultDivisionCode;

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final OrganizationRegistry registry;

    RegistrationService(ApplicationStore store, ApplicationMapper mapper, @Lazy RuntimeService runtime,
            @Lazy IdentityService identity, @Lazy ProcessEngineConfigurationImpl engineConfiguration,
            StatutoryClocks clocks, OrganizationRegistry registry,
            @Value("${platform.authority.division-code}") String defaultDivisionCode) {
        this.engineConfiguration = engineConfiguration;
        this.identity = identity;
        this.registry = registry;
        this.store = store;
        this.mapper = mapper;
        this.runtime = runtime;
        this.clocks = clocks;
        this.defaultDivisionCode = defaultDivisionCode;
    }

    /**
     * Files an establishment application and starts its process; both or neither happen.
     *
     * @throws PlatformException 403 unless the caller is an applicant
     */
    @Transactional
    public RegistrationApplication submitEstablishment(Caller caller, EstablishmentRequest request) {
        if (!caller.inGroup(Groups.APPLICANTS)) {
            throw PlatformException.forbidden("只有申请人可以提交登记申请", "Only applicants can file applications");
        }
        EstablishmentRequest details = request.normalized(defaultDivisionCode);
        ApplicationRow row = new ApplicationRow();
        row.setId(UUID.randomUUID().toString());
        row.setKind(ApplicationKind.ESTABLISHMENT);
        row.setStatus(ApplicationStatus.SUBMITTED);
        row.setApplicantId(caller.id());
        row.setDivisionCode(details.divisionCode());
        row.setOrgType(details.orgType());
        row.setScope(details.scope());
        row.setName(details.name());
        row.setPayload(store.toJson(details));
        row.setSubmittedAt(ApplicationStore.now());
        row.setUpdatedAt(row.getSubmittedAt());
        start(caller, row, Map.of());
        store.insert(row);
        return view(row);
    }

    /**
     * Files a change registration (变更登记) for an organization the caller holds, and starts its process.
     *
     * @throws PlatformException 403 unless the caller is an applicant who holds the organization; 400 for a
     *     malformed code or when nothing would change; 404 for an unknown code; 409 when the organization is not
     *     active or already has a change or deregistration open
     */
    @Transactional
    public RegistrationApplication submitChange(Caller caller, ChangeRequest request) {
        ChangeRequest change = request.normalized();
        Organization org = heldActiveOrganization(caller, change.creditCode());
        if (!changesSomething(org, change)) {
            throw PlatformException.invalid("NOTHING_TO_CHANGE",
                    "申请中没有与登记事项不同的内容：请填写要变更的名称、住所、法定代表人、业务范围、业务主管单位或活动资金",
                    "The application changes nothing that is registered: give a new name, address, legal "
                            + "representative, business scope, supervising unit or activity funds");
        }
        ApplicationRow row = amendmentRow(caller, ApplicationKind.CHANGE, org, store.toJson(change));
        start(caller, row, Map.of("creditCode", org.creditCode()));
        insertOpen(row);
        return view(row);
    }

    /**
     * Files a deregistration (注销登记) for an organization the caller holds, and starts its process.
     *
     * @throws PlatformException as {@link #submitChange}, except that there is no "nothing to change"
     */
    @Transactional
    public RegistrationApplication submitDeregistration(Caller caller, DeregistrationRequest request) {
        DeregistrationRequest deregistration = request.normalized();
        Organization org = heldActiveOrganization(caller, deregistration.creditCode());
        ApplicationRow row = amendmentRow(caller, ApplicationKind.DEREGISTRATION, org, store.toJson(deregistration));
        start(caller, row, Map.of("creditCode", org.creditCode()));
        insertOpen(row);
        return view(row);
    }

    /** Whether a change would set at least one registered field to a new value. */
    static boolean changesSomething(Organization org, ChangeRequest c) {
        return differs(c.name(), org.name()) || differs(c.address(), org.address())
                || differs(c.legalRepresentative(), org.legalRepresentative())
                || differs(c.businessScope(), org.businessScope())
                || differs(c.supervisingUnit(), org.supervisingUnit())
                || (c.activityFunds() != null && c.activityFunds().compareTo(org.activityFunds()) != 0);
    }

    private static boolean differs(String proposed, String registered) {
        return proposed != null && !proposed.equals(registered);
    }

    private Organization heldActiveOrganization(Caller caller, String creditCode) {
        if (!caller.inGroup(Groups.APPLICANTS)) {
            throw PlatformException.forbidden("只有申请人可以提交登记申请", "Only applicants can file applications");
        }
        Organization org = registry.getByCreditCode(creditCode);
        if (!registry.isAccountHolder(org.creditCode(), caller.id())) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "NOT_ACCOUNT_HOLDER",
                    "您不是该组织的账户持有人，不能代其申请：" + org.creditCode(),
                    "You do not act for this organization online and cannot file for it: " + org.creditCode());
        }
        if (org.status() != OrganizationStatus.ACTIVE) {
            throw OrganizationRegistry.notActive(org);
        }
        mapper.findOpenFor(org.id()).ifPresent(open -> {
            throw alreadyOpen(open);
        });
        return org;
    }

    private static PlatformException alreadyOpen(ApplicationRow open) {
        return new PlatformException(PlatformException.Kind.CONFLICT, "APPLICATION_ALREADY_OPEN",
                "该组织已有一件正在办理的" + (open.getKind() == ApplicationKind.CHANGE ? "变更" : "注销")
                        + "登记申请，办结后才能再次申请：" + open.getId(),
                "The organization already has an open " + open.getKind() + " application; file again once it is "
                        + "decided: " + open.getId(),
                Map.of("openApplicationId", open.getId()));
    }

    private ApplicationRow amendmentRow(Caller caller, ApplicationKind kind, Organization org, String payload) {
        ApplicationRow row = new ApplicationRow();
        row.setId(UUID.randomUUID().toString());
        row.setKind(kind);
        row.setStatus(ApplicationStatus.SUBMITTED);
        row.setApplicantId(caller.id());
        // the authority that registered the organization handles its changes and its deregistration
        row.setDivisionCode(org.divisionCode());
        row.setOrgType(org.orgType());
        row.setScope(org.scope());
        row.setName(org.name());
        row.setPayload(payload);
        row.setOrganizationId(org.id());
        row.setCreditCode(org.creditCode());
        row.setOpenForOrganization(org.id());
        row.setSubmittedAt(ApplicationStore.now());
        row.setUpdatedAt(row.getSubmittedAt());
        return row;
    }

    private void insertOpen(ApplicationRow row) {
        try {
            store.insert(row);
        } catch (DuplicateKeyException raced) {
            // another filing for the same organization committed between the check and this insert
            throw alreadyOpen(mapper.findOpenFor(row.getOpenForOrganization()).orElse(row));
        }
    }

    /**
     * Starts the application's process. The process starts first so the row is written once, complete with its
     * process instance; nothing the process does before its first wait state reads the row. The applicant is the
     * process's start user, and the audit log names them for its first steps.
     */
    private void start(Caller caller, ApplicationRow row, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(Map.of(
                "applicationId", row.getId(),
                "applicantId", caller.id(),
                "divisionCode", row.getDivisionCode(),
                "orgType", row.getOrgType().name(),
                "organizationName", row.getName()));
        variables.putAll(extra);
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            // one engine command without a user operation log entry: the audit log seals the start with the
            // applicant as actor and start user, which is all the entry would say
            row.setProcessInstanceId(engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
                commandContext.disableUserOperationLog();
                return runtime.startProcessInstanceByKey(row.getKind().processKey(), row.getId(), variables)
                        .getProcessInstanceId();
            }));
        } finally {
            identity.setAuthentication(previous);
        }
    }

    /** One application, by its id or its application number (申请编号), if the caller may see it. */
    @Transactional(readOnly = true)
    public RegistrationApplication get(Caller caller, String id) {
        ApplicationRow row = ApplicationNumber.serial(id).flatMap(mapper::findBySerial)
                .filter(r -> id.strip().equals(number(r)))
                .orElseGet(() -> store.require(id));
        if (!maySee(caller, row)) {
            // Same answer as a missing id: an applicant must not learn which ids exist.
            throw PlatformException.notFound("申请", "application", id);
        }
        return view(row);
    }

    /** The applications the caller may see, newest first. */
    @Transactional(readOnly = true)
    public List<RegistrationApplication> list(Caller caller, ApplicationQuery query) {
        List<ApplicationRow> rows;
        if (isOfficial(caller)) {
            rows = mapper.search(query, null, caller.divisionCode());
        } else if (caller.inGroup(Groups.APPLICANTS)) {
            rows = mapper.search(query, caller.id(), null);
        } else {
            throw PlatformException.forbidden("无权查看登记申请", "You may not list registration applications");
        }
        return rows.stream().map(this::view).toList();
    }

    static boolean isOfficial(Caller caller) {
        return caller.inAnyGroup(OFFICIAL_GROUPS);
    }

    private static boolean maySee(Caller caller, ApplicationRow row) {
        if (caller.id().equals(row.getApplicantId())) {
            return true;
        }
        return isOfficial(caller) && row.getDivisionCode().equals(caller.divisionCode());
    }

    private static String number(ApplicationRow row) {
        return ApplicationNumber.format(row.getDivisionCode(), row.getSubmittedAt(), row.getSerial());
    }

    private RegistrationApplication view(ApplicationRow row) {
        ApplicationKind kind = row.getKind();
        return new RegistrationApplication(row.getId(),
                number(row), kind,
                row.getStatus(), row.getApplicantId(),
                row.getDivisionCode(), kind == ApplicationKind.ESTABLISHMENT ? store.details(row) : null,
                row.getProcessInstanceId(), row.getCreditCode(),
                row.getOrganizationId(), store.reasons(row), row.getSubmittedAt(), row.getDecidedAt(),
                row.getProcessInstanceId() == null ? List.of() : clocks.forProcessInstance(row.getProcessInstanceId()),
                kind == ApplicationKind.CHANGE ? store.change(row) : null,
                kind == ApplicationKind.DEREGISTRATION ? store.deregistration(row) : null);
    }
}
