package org.socorg.platform.annualreport.internal;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AnnualReportStandingMapper {

    int countAcceptedYears(@Param("creditCode") String creditCode, @Param("fromYear") int fromYear,
            @Param("toYear") int toYear);
}
