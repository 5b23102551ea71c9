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
     * {@code EXTERNALLY_TERMINATED}, {@code INTERNALLY_TERMINATED}). Cost: one pass over the jurisdiction's history
     * rows (ACT_HI_VARINST by its name/value index, joined to ACT_HI_PROCINST by primary key).
     */
    List<CaseCountRow> casesByFlowAndState(@Param("divisionPrefix") String divisionPrefix);

    /**
     * Open tasks per process key; overdue when their deadline is at or before {@code now}, due soon when after
     * {@code now} and at or before {@code soon}. Cost: one pass over the jurisdiction's open tasks, with one index
     * lookup of the statutory clocks (unique key on process instance and rule) per task inside the statement.
     */
    List<TaskLoadRow> openTasksByFlow(@Param("divisionPrefix") String divisionPrefix, @Param("now") Instant now,
            @Param("soon") Instant soon);

    /**
     * Cases completed in {@code [from, to)} per week: the week is the number of {@code weekStarts} (the starts of
     * the second to last week) the end time has reached, so 0 is the first week. Cost: one pass over the cases
     * that ended in the window.
     */
    List<WeekCountRow> completedPerWeek(@Param("divisionPrefix") String divisionPrefix, @Param("from") Instant from,
            @Param("to") Instant to, @Param("weekStarts") List<Instant> weekStarts);

    /** Organizations per province (first two digits), type and status. Cost: one pass over the registry index. */
    List<OrganizationCountRow> organizationsByProvinceTypeAndStatus(@Param("divisionPrefix") String divisionPrefix);

    /** Listings per list, in force and removed. Cost: one pass over the jurisdiction's listings. */
    List<ListingCountRow> listingsByList(@Param("divisionPrefix") String divisionPrefix);

    /** Distinct organizations on any list now. Cost: one pass over the listings in force. */
    long listedOrganizations(@Param("divisionPrefix") String divisionPrefix);
}
