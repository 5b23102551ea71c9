package org.socorg.platform.complaint;

import java.util.List;
import java.util.Map;
import org.socorg.platform.complaint.internal.ComplaintMapper;
import org.socorg.platform.complaint.internal.ComplaintStore;
import org.socorg.platform.complaint.internal.IllegalOrganizationRow;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public list of known illegal social organizations (非法社会组织名单): enforcement officers publish and withdraw
 * the entries of their own authority; anyone reads the list.
 */
@Service
public class IllegalOrganizations {

    private final ComplaintStore store;
    private final ComplaintMapper mapper;

    IllegalOrganizations(ComplaintStore store) {
        this.store = store;
        this.mapper = store.mapper();
    }

    @Transactional
    public IllegalOrganization publish(Caller caller, IllegalOrganizationRequest request) {
        ComplaintService.requireOfficer(caller);
        IllegalOrganizationRow row = new IllegalOrganizationRow();
        row.name = request.name().trim();
        row.divisionCode = caller.divisionCode();
        row.description = request.description().trim();
        row.legalBasis = request.legalBasis() == null || request.legalBasis().isBlank() ? null
                : request.legalBasis().trim();
        row.publishedOn = store.today();
        row.publishedBy = caller.id();
        row.createdAt = ComplaintStore.now();
        mapper.insertIllegalOrganization(row);
        return row.toView();
    }

    /** Takes an entry off the list (e.g. the group registered or was wrongly listed); other authorities' get 404. */
    @Transactional
    public IllegalOrganization withdraw(Caller caller, long id) {
        ComplaintService.requireOfficer(caller);
        IllegalOrganizationRow row = mapper.findIllegalOrganization(id)
                .filter(r -> r.divisionCode.equals(caller.divisionCode()))
                .orElseThrow(() -> PlatformException.notFound("非法社会组织名单条目", "illegal organization entry", id));
        if (mapper.withdrawIllegalOrganization(id, store.today(), caller.id()) == 0) {
            throw PlatformException.conflict("ALREADY_WITHDRAWN", "该条目已撤下", "The entry was already withdrawn");
        }
        return mapper.findIllegalOrganization(id).orElse(row).toView();
    }

    /**
     * The entries in force, newest first.
     *
     * @param divisionPrefix only those of authorities whose division code starts with it, or null for all
     */
    @Transactional(readOnly = true)
    public List<IllegalOrganization> published(String divisionPrefix, int offset, int limit) {
        if (divisionPrefix != null && !divisionPrefix.matches("\\d{1,6}")) {
            throw new PlatformException(PlatformException.Kind.INVALID_INPUT, "INVALID_DIVISION",
                    "行政区划代码前缀应为1至6位数字", "The division prefix has 1 to 6 digits",
                    Map.of("field", "division"));
        }
        return mapper.publishedIllegalOrganizations(divisionPrefix, Math.min(Math.max(limit, 1), 200),
                Math.max(0, offset)).stream().map(IllegalOrganizationRow::toView).toList();
    }
}
