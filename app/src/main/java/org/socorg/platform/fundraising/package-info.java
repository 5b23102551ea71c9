/**
 * Public fundraising (公开募捐): the public-fundraising qualification (公开募捐资格) a charity organization applies for,
 * decided within a statutory limit after an eligibility check (DMN {@code fundraising-eligibility}: years
 * registered, credit lists, annual reports), with its certificate and revocation; and the filing of each
 * fundraising plan (募捐方案备案) by a qualified charity, with dates checked by DMN {@code fundraising-filing-dates},
 * a filing number, progress reports and a closing report. Qualifications, filed plans and their amounts are public
 * ({@link org.socorg.platform.disclosure.PublicRecordSource}). Also holds the officials' charity recognition
 * (慈善组织认定), which the registry records.
 */
package org.socorg.platform.fundraising;
