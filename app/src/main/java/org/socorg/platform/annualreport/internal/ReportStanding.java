package org.socorg.platform.annualreport.internal;

import org.socorg.platform.annualreport.AnnualReportStanding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ReportStanding implements AnnualReportStanding {

    private final AnnualReportStandingMapper mapper;

    ReportStanding(AnnualReportStandingMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean reportsInOrder(String creditCode, int fromYear, int toYear) {
        if (fromYear > toYear) {
            return true;
        }
        return mapper.countAcceptedYears(creditCode, fromYear, toYear) == toYear - fromYear + 1;
    }
}
