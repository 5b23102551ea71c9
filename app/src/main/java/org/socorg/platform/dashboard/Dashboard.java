package org.socorg.platform.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;

/**
 * The figures of one jurisdiction at one moment.
 *
 * @param divisionCode the caller's authority
 * @param divisionPrefix the division-code prefix counted ({@code "4401"}: Guangzhou and its districts; {@code "44"}:
 *     Guangdong and its cities), or null for the whole country (the Ministry, 100000)
 * @param asOf the moment the figures are for
 * @param dueSoonUntil the last day that counts as "near the deadline": the third working day after today
 * @param cases process instances (cases) per flow (process key), running and ended
 * @param tasks open tasks per flow, with those overdue or due within three working days
 * @param throughput cases completed in each of the last twelve weeks (Monday to Sunday), oldest first
 * @param organizationsByProvince registered organizations per province (division code {@code xx0000}; {@code 100000}
 *     for organizations registered by the Ministry)
 * @param organizations registered organizations per province, type and status
 * @param credit listings per credit list, in force and removed
 */
public record Dashboard(String divisionCode, String divisionPrefix, Instant asOf, LocalDate today,
        LocalDate dueSoonUntil, Totals totals, List<FlowCases> cases, List<FlowTasks> tasks,
        List<WeekCompleted> throughput, List<ProvinceOrganizations> organizationsByProvince,
        List<OrganizationCount> organizations, List<CreditListCount> credit) {

    /** Working days ahead that count as "near the deadline" (the inbox's amber badge uses the same three). */
    public static final int NEAR_DEADLINE_WORKING_DAYS = 3;

    public Dashboard {
        cases = List.copyOf(cases);
        tasks = List.copyOf(tasks);
        throughput = List.copyOf(throughput);
        organizationsByProvince = List.copyOf(organizationsByProvince);
        organizations = List.copyOf(organizations);
        credit = List.copyOf(credit);
    }

    /** The headline figures (KPI tiles). */
    public record Totals(long openCases, long openTasks, long overdueTasks, long dueSoonTasks,
            long activeOrganizations, long listedOrganizations) {
    }

    /** Cases of one flow: running (active or suspended), completed, and terminated (cancelled, withdrawn). */
    public record FlowCases(String processKey, long running, long completed, long terminated) {
        public long total() {
            return running + completed + terminated;
        }
    }

    /**
     * Open tasks of one flow. A task's deadline is the earliest running statutory clock of its case, or else the
     * task's own due date; a task without either is open but neither overdue nor due soon.
     */
    public record FlowTasks(String processKey, long open, long overdue, long dueSoon) {
    }

    public record WeekCompleted(LocalDate weekStart, long completed) {
    }

    public record ProvinceOrganizations(String provinceCode, long active, long total) {
    }

    public record OrganizationCount(String provinceCode, OrganizationType type, OrganizationStatus status,
            long count) {
    }

    /** Listings of one list: in force now, and removed (the rows stay, with the removal). */
    public record CreditListCount(CreditList list, long inForce, long removed) {
    }
}
