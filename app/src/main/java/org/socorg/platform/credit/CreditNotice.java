package org.socorg.platform.credit;

import java.time.Instant;

/** A notice (告知书) the authority sent the organization about a listing; its account holder reads it. */
public record CreditNotice(long id, String creditCode, String caseId, Long listingId, String kind, String textZh,
        String textEn, Instant createdAt) {
}
