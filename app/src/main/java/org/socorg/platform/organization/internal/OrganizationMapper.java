package org.socorg.platform.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.organization.FieldChange;
import org.socorg.platform.organization.OrganizationQuery;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.RegistrySearch;
import org.socorg.platform.organization.StatusChange;

@Mapper
public interface OrganizationMapper {

    void insert(OrganizationRow row);

    void insertStatusChange(@Param("organizationId") long organizationId,
            @Param("fromStatus") OrganizationStatus fromStatus, @Param("toStatus") OrganizationStatus toStatus,
            @Param("reason") String reason, @Param("applicationId") String applicationId,
            @Param("changedBy") String changedBy, @Param("changedAt") Instant changedAt);

    /** Updates what registration may change: name, details, status, certificate validity. */
    int updateRegistered(OrganizationRow row);

    Optional<OrganizationRow> lockByCreditCode(@Param("creditCode") String creditCode);

    void insertChange(@Param("organizationId") long organizationId, @Param("c") FieldChange change);

    List<FieldChange> changeHistory(@Param("organizationId") long organizationId);

    int countActiveByNameExcept(@Param("divisionCode") String divisionCode, @Param("activeName") String activeName,
            @Param("creditCode") String creditCode);
    /** Moves an organization out of {@code fromStatus}; 0 when it was no longer in it. Frees its active name. */
    int updateStatus(@Param("id") long id, @Param("fromStatus") OrganizationStatus fromStatus,
            @Param("toStatus") OrganizationStatus toStatus, @Param("updatedAt") Instant updatedAt);
    void updateCharity(@Param("creditCode") String creditCode, @Param("charity") boolean charity,
            @Param("updatedAt") Instant updatedAt);

    void updatePublicFundraising(@Param("creditCode") String creditCode,
            @Param("publicFundraising") boolean publicFundraising, @Param("updatedAt") Instant updatedAt);

    int countActiveByName(@Param("divisionCode") String divisionCode, @Param("activeName") String activeName);

    Optional<OrganizationRow> findByCreditCode(@Param("creditCode") String creditCode);

    Optional<String> findAccountHolder(@Param("creditCode") String creditCode);

    int countHeldBy(@Param("creditCode") String creditCode, @Param("userId") String userId);

    List<OrganizationRow> findHeldBy(@Param("userId") String userId);

    List<StatusChange> statusHistory(@Param("organizationId") long organizationId);

    /** @param namePattern the name fragment with LIKE wildcards escaped by {@code !}, or null */
    List<OrganizationRow> search(@Param("q") OrganizationQuery query, @Param("namePattern") String namePattern);

    /** @param namePattern the normalised name fragment with LIKE wildcards escaped by {@code !}, or null */
    List<OrganizationRow> searchRegistry(@Param("s") RegistrySearch search, @Param("namePattern") String namePattern);

    long countRegistry(@Param("s") RegistrySearch search, @Param("namePattern") String namePattern);
}
