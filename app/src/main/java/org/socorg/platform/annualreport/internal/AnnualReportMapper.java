package org.socorg.platform.annualreport.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.annualreport.AnnualReportNotice;
import org.socorg.platform.annualreport.AnnualReportQuery;

@Mapper
public interface AnnualReportMapper {

    void insert(ReportRow row);

    /** Optimistic: updates only if the row still has the version read; returns 0 otherwise. */
    int update(ReportRow row);

    Optional<ReportRow> findByCaseId(@Param("caseId") String caseId);

    int countForYear(@Param("creditCode") String creditCode, @Param("reportYear") int reportYear);

    /** Either {@code creditCodes} (an applicant's organizations) or {@code divisionCode} (an official's) limits it. */
    List<ReportRow> search(@Param("q") AnnualReportQuery query, @Param("creditCodes") Collection<String> creditCodes,
            @Param("divisionCode") String divisionCode);

    List<ReportRow> findPublished(@Param("creditCode") String creditCode);

    /** Credit codes with a report of that year in any state: those organizations have filed. */
    List<String> filedCodes(@Param("reportYear") int reportYear);

    void insertNotice(@Param("creditCode") String creditCode, @Param("reportYear") int reportYear,
            @Param("kind") String kind, @Param("daysBefore") int daysBefore, @Param("dueOn") java.time.LocalDate dueOn,
            @Param("divisionCode") String divisionCode, @Param("messageZh") String messageZh,
            @Param("messageEn") String messageEn, @Param("createdAt") java.time.Instant createdAt);

    /** "creditCode/daysBefore" of every notice of that kind and year, to give each one once. */
    List<String> noticeKeys(@Param("reportYear") int reportYear, @Param("kind") String kind);

    List<AnnualReportNotice> notices(@Param("creditCodes") Collection<String> creditCodes);

    int countNotice(@Param("creditCode") String creditCode, @Param("reportYear") int reportYear,
            @Param("kind") String kind);

    /** Years the organization was proposed for listing for and still has no reviewed report for. */
    int countOverdueYearsUnreported(@Param("creditCode") String creditCode);
}
