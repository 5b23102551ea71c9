package org.socorg.platform.registration.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.registration.ApplicationQuery;

@Mapper
public interface ApplicationMapper {

    void insert(ApplicationRow row);

    /** Optimistic: updates only if the row still has the version read; returns 0 otherwise. */
    int update(ApplicationRow row);

    Optional<ApplicationRow> findById(@Param("id") String id);

    /** The application filed under that serial (the tail of its {@link org.socorg.platform.registration.ApplicationNumber}). */
    Optional<ApplicationRow> findBySerial(@Param("serial") long serial);

    /** The change or deregistration application open for the organization, if any. */
    Optional<ApplicationRow> findOpenFor(@Param("organizationId") long organizationId);

    /** The organization's approved applications (establishment, changes, deregistration), newest first. */
    List<ApplicationRow> findApprovedFor(@Param("organizationId") long organizationId);

    List<ApplicationRow> search(@Param("q") ApplicationQuery query, @Param("applicantId") String applicantId,
            @Param("divisionCode") String divisionCode);
}
