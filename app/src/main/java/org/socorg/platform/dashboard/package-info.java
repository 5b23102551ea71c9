/**
 * Dashboards (统计分析) for officials and leaders: the caseload of the caller's jurisdiction by flow and status, open
 * tasks overdue or near their deadline on the working-day calendar, cases completed per week, registered
 * organizations by province, type and status, and the credit lists. Read-only; registration officials, directors,
 * supervisors, enforcement officers and auditors only.
 *
 * <p>The module is a reporting read model: its {@code internal} queries read the engine's history and runtime
 * tables and the registry's, clocks' and credit lists' tables with one grouped statement each, rather than asking
 * each feature case by case (which would cost a round trip per case). It writes nothing and no module depends on
 * it. API: {@link org.socorg.platform.dashboard.DashboardService} and {@link org.socorg.platform.dashboard.Dashboard}.
 */
package org.socorg.platform.dashboard;
