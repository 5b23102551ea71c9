package org.socorg.platform.dashboard.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The dashboard's grouped queries. Each is one statement whose result has a row per group (flow, week, province,
 * list), never per case. {@code divisionPrefix} limits every query to the division codes starting with it; null
 * counts the whole country. Cases belong to a jurisdiction by their process variable {@code divisionCode} (as the
 * task inbox reads it), organizations and listings by their {@code division_code} column.
 */
@Mapper
public interface DashboardMapper {

    /**
     * Cases per process key and engine state ({@code ACTIVE}, {@code SUSPENDED}, {@code COMPLETED},
     * {@code EXTERNALLY_TERMINATED}, {@code INTERNALLY_TERMINATED}). Cost: one pass over every case's
     * {@code divisionCode} history row (ACT_HI_VARINST's index on NAME_), filtered by prefix, each joined to its
     * ACT_HI_PROCINST row by the instance id's index.
     */
    List<CaseCountRow> casesByFlowAndState(@Param("divisionPrefix") String divisionPrefix);

    /**
     * Open tasks per process key; overdue when their deadline is at or before {@code now}, due soon when after
     * {@code now} and at or before {@code soon}. Cost: one pass over all open tasks (ACT_RU_TASK), each with an
     * index lookup of its case's {@code divisionCode} (ACT_RU_VARIABLE by execution) and, for those in the
     * jurisdiction, of its running statutory clocks (unique key on process instance and rule), inside the statement.
     */
    List<TaskLoadRow> openTasksByFlow(@Param("divisionPrefix") String divisionPrefix, @Param("now") Instant now,
            @Param("soon") Instant soon);

    /**
     * Cases completed in {@code [from, to)} per week: the week is the number of {@code weekStarts} (the starts of
     * the second to last week) the end time has reached, so 0 is the first week. Cost: one pass over the
     * instances that ended in the window (ACT_HI_PROCINST's index on END_TIME_), each joined to its
     * {@code divisionCode} row by ACT_HI_VARINST's index on the instance id and name.
     */
    List<WeekCountRow> completedPerWeek(@Param("divisionPrefix") String divisionPrefix, @Param("from") Instant from,
            @Param("to") Instant to, @Param("weekStarts") List<Instant> weekStarts);

    /**
     * Organizations per province (first two digits), type and status. Cost: a range scan of the registry's index on
     * (division_code, status).
     */
    List<OrganizationCountRow> organizationsByProvinceTypeAndStatus(@Param("divisionPrefix") String divisionPrefix);

    /**
     * Listings per list, in force and removed. Cost: one pass over {@code credit_listing} (no index on the division:
     * the table grows with listings, not with cases).
     */
    List<ListingCountRow> listingsByList(@Param("divisionPrefix") String divisionPrefix);

    /** Distinct organizations on any list now. Cost: as {@link #listingsByList}, plus a sort of their codes. */
    long listedOrganizations(@Param("divisionPrefix") String divisionPrefix);
}
