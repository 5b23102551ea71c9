/**
 * Annual reports (年报 / 年检): each registered organization reports on the previous year; the authority reviews
 * (合格 / 基本合格 / 不合格) and publishes it. Other modules ask
 * {@link org.socorg.platform.annualreport.AnnualReportStanding} whether an organization's reports are in order.
 */
package org.socorg.platform.annualreport;
