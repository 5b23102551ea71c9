package org.socorg.platform.complaint.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.complaint.ComplaintCategory;
import org.socorg.platform.complaint.ComplaintStatus;
import org.socorg.platform.complaint.EnforcementCaseStatus;

@Mapper
public interface ComplaintMapper {

    void insertComplaint(ComplaintRow row);

    int updateComplaint(ComplaintRow row);

    void setComplaintProcessInstance(@Param("id") String id, @Param("processInstanceId") String processInstanceId);

    Optional<ComplaintRow> findComplaint(@Param("id") String id);

    Optional<ComplaintRow> findByTrackingCode(@Param("trackingCode") String trackingCode);

    /** The earliest open complaint (received or under investigation, not merged) about the same subject. */
    Optional<ComplaintRow> findOpenDuplicate(@Param("id") String id, @Param("divisionCode") String divisionCode,
            @Param("subjectKey") String subjectKey, @Param("category") ComplaintCategory category);

    List<ComplaintRow> searchComplaints(@Param("divisionCode") String divisionCode,
            @Param("status") ComplaintStatus status, @Param("limit") int limit, @Param("offset") int offset);

    void insertCase(CaseRow row);

    int updateCase(CaseRow row);

    Optional<CaseRow> findCase(@Param("id") String id);

    List<CaseRow> searchCases(@Param("divisionCode") String divisionCode,
            @Param("status") EnforcementCaseStatus status, @Param("limit") int limit, @Param("offset") int offset);

    void insertPenalty(PenaltyRow row);

    void setDecisionNumber(@Param("id") long id, @Param("decisionNumber") String decisionNumber);

    Optional<PenaltyRow> findPenalty(@Param("id") long id);

    List<PenaltyRow> penaltiesOf(@Param("creditCode") String creditCode);

    /** Penalties decided for the organization on or after {@code since} that gave this credit listing reason. */
    int countPenaltiesWithReason(@Param("creditCode") String creditCode, @Param("since") LocalDate since,
            @Param("reasonCode") String reasonCode, @Param("excludingCase") String excludingCase);

    void insertIllegalOrganization(IllegalOrganizationRow row);

    Optional<IllegalOrganizationRow> findIllegalOrganization(@Param("id") long id);

    int withdrawIllegalOrganization(@Param("id") long id, @Param("withdrawnOn") LocalDate withdrawnOn,
            @Param("withdrawnBy") String withdrawnBy);

    List<IllegalOrganizationRow> publishedIllegalOrganizations(@Param("divisionPrefix") String divisionPrefix,
            @Param("limit") int limit, @Param("offset") int offset);
}
