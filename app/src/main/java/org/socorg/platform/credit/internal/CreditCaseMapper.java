package org.socorg.platform.credit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.credit.CreditNotice;
import org.socorg.platform.credit.CreditRequestKind;
import org.socorg.platform.credit.PublicListing;

/** The credit flow's tables: cases, requests, notices, and the listing columns the flow writes. */
@Mapper
public interface CreditCaseMapper {

    void insertCase(CaseRow row);

    int updateCase(CaseRow row);

    Optional<CaseRow> findCase(@Param("id") String id);

    /** Open cases (proposed or listed) of an organization, oldest first. */
    List<CaseRow> findOpenCases(@Param("creditCode") String creditCode);

    void insertListing(ListingRow row);

    Optional<ListingRow> findListing(@Param("id") long id);

    List<ListingRow> findListingsInForce(@Param("creditCode") String creditCode);

    int removeListing(@Param("id") long id, @Param("removedOn") LocalDate removedOn,
            @Param("reason") String reason, @Param("removedBy") String removedBy);

    int correctListing(@Param("id") long id, @Param("reason") String reason);

    int restartPeriod(@Param("id") long id, @Param("startedOn") LocalDate startedOn);

    void insertRequest(RequestRow row);

    int updateRequest(RequestRow row);

    Optional<RequestRow> findPendingRequest(@Param("caseId") String caseId, @Param("kind") CreditRequestKind kind);

    List<RequestRow> findRequests(@Param("caseId") String caseId);

    int closePendingRequests(@Param("caseId") String caseId, @Param("at") Instant at);

    void insertNotice(@Param("creditCode") String creditCode, @Param("caseId") String caseId,
            @Param("listingId") Long listingId, @Param("kind") String kind, @Param("textZh") String textZh,
            @Param("textEn") String textEn, @Param("createdAt") Instant createdAt);

    List<CreditNotice> findNotices(@Param("creditCode") String creditCode);

    List<PublicListing> findPublicListings(@Param("listType") CreditList list,
            @Param("divisionPrefix") String divisionPrefix, @Param("creditCode") String creditCode,
            @Param("inForceOnly") boolean inForceOnly, @Param("limit") int limit, @Param("offset") int offset);

    long countPublicListings(@Param("listType") CreditList list, @Param("divisionPrefix") String divisionPrefix);
}
