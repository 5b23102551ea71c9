package org.socorg.platform.registration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.socorg.platform.calendar.StatutoryClocks;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.registration.internal.ApplicationMapper;
import org.socorg.platform.registration.internal.ApplicationRow;
import org.socorg.platform.registration.internal.ApplicationStore;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
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

    RegistrationService(ApplicationStore store, ApplicationMapper mapper, @Lazy RuntimeService runtime,
            @Lazy IdentityService identity, StatutoryClocks clocks,
            @Value("${platform.authority.division-code}") String defaultDivisionCode) {
        this.identity = identity;
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
        // The process starts first so the row is written once, complete with its process instance; nothing the
        // process does before its first wait state reads the row.
        // the applicant is the process's start user, and the audit log names them for its first steps
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            row.setProcessInstanceId(runtime.startProcessInstanceByKey(ApplicationKind.ESTABLISHMENT.processKey(),
                    row.getId(), Map.of(
                            "applicationId", row.getId(),
                            "applicantId", caller.id(),
                            "divisionCode", details.divisionCode(),
                            "orgType", details.orgType().name(),
                            "organizationName", details.name()))
                    .getProcessInstanceId());
        } finally {
            identity.setAuthentication(previous);
        }
        store.insert(row);
        return view(row);
    }

    /** One application, if the caller may see it. */
    @Transactional(readOnly = true)
    public RegistrationApplication get(Caller caller, String id) {
        ApplicationRow row = store.require(id);
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

    private RegistrationApplication view(ApplicationRow row) {
        return new RegistrationApplication(row.getId(), row.getKind(), row.getStatus(), row.getApplicantId(),
                row.getDivisionCode(), store.details(row), row.getProcessInstanceId(), row.getCreditCode(),
                row.getOrganizationId(), store.reasons(row), row.getSubmittedAt(), row.getDecidedAt(),
                row.getProcessInstanceId() == null ? List.of() : clocks.forProcessInstance(row.getProcessInstanceId()));
    }
}
