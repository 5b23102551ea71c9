package org.socorg.platform.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * One public record about an organization (an annual report, a grade, a listing, a filing...).
 *
 * @param section the tab it belongs to, one of {@link PublicSections}
 * @param id the record's id within its feature (stable, for links)
 * @param date the date the public sees first (published, decided, listed, filed)
 * @param businessKey the business key of the case that produced it, so the audit trail
 *        ({@code /api/audit/cases/{businessKey}}) proves it; null for records no case produced
 */
public record PublicRecord(String section, String id, LocalDate date, String titleZh, String titleEn,
        List<PublicField> fields, String businessKey) {
}
