/**
 * Annual reports (年报 / 年检): each registered organization's account holder reports on the previous year (work,
 * income and expenses, net assets, governance, public-welfare activities); the authority reviews it (合格 / 基本合格
 * / 不合格) or returns it for correction, and publishes it. A daily sweep reminds organizations before their due
 * date (configurable per type) and proposes those that have not filed by it for the abnormal-activity list
 * ({@code credit.ListingProposed}); a late report reviewed clears that cause ({@code credit.ListingCauseCleared}).
 * Other modules ask {@link org.socorg.platform.annualreport.AnnualReportStanding} whether an organization's reports
 * are in order.
 */
package org.socorg.platform.annualreport;
