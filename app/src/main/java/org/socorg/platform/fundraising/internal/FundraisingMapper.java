package org.socorg.platform.fundraising.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.fundraising.ProgressReport;
import org.socorg.platform.fundraising.Qualification;

@Mapper
public interface FundraisingMapper {

    void insertApplication(QualificationApplicationRow row);

    /** Optimistic: updates only if the row still has the version read; returns 0 otherwise. */
    int updateApplication(QualificationApplicationRow row);

    Optional<QualificationApplicationRow> findApplication(@Param("id") String id);

    int countOpenApplications(@Param("creditCode") String creditCode);

    void insertQualification(@Param("creditCode") String creditCode,
            @Param("certificateNumber") String certificateNumber, @Param("applicationId") String applicationId,
            @Param("divisionCode") String divisionCode, @Param("grantedOn") LocalDate grantedOn,
            @Param("grantedBy") String grantedBy, @Param("createdAt") Instant createdAt);

    Optional<Qualification> findQualificationByCertificate(@Param("certificateNumber") String certificateNumber);

    /** Every qualification of the organization, newest first. */
    List<Qualification> findQualifications(@Param("creditCode") String creditCode);

    int revokeQualification(@Param("id") long id, @Param("revokedOn") LocalDate revokedOn,
            @Param("reason") String reason, @Param("revokedBy") String revokedBy);

    void insertPlan(PlanRow row);

    int updatePlan(PlanRow row);

    Optional<PlanRow> findPlan(@Param("id") String id);

    /** Filed and closed plans of the organization, newest start first: the public ones. */
    List<PlanRow> findPublicPlans(@Param("creditCode") String creditCode);

    void insertProgress(@Param("planId") String planId, @Param("reportedOn") LocalDate reportedOn,
            @Param("amountRaised") BigDecimal amountRaised, @Param("note") String note,
            @Param("closing") boolean closing, @Param("reportedBy") String reportedBy,
            @Param("reportedAt") Instant reportedAt);

    List<ProgressReport> findProgress(@Param("planId") String planId);

    Optional<Long> lockSequence(@Param("name") String name);

    void insertSequence(@Param("name") String name, @Param("nextValue") long nextValue);

    void advanceSequence(@Param("name") String name, @Param("nextValue") long nextValue);
}
