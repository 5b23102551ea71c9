package org.socorg.platform.annualreport.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.annualreport.PublishedAnnualReport;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The published annual reports and inspection results (年度检查结果与年度报告) on an organization's public page. */
@Component
class PublishedAnnualReports implements PublicRecordSource {

    private final AnnualReportService reports;

    PublishedAnnualReports(AnnualReportService reports) {
        this.reports = reports;
    }

    @Override
    public String section() {
        return PublicSections.ANNUAL_REPORTS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicRecord> publicRecords(String creditCode) {
        return reports.published(creditCode).stream().map(PublishedAnnualReports::record).toList();
    }

    private static PublicRecord record(PublishedAnnualReport r) {
        List<PublicField> fields = new ArrayList<>();
        fields.add(new PublicField("报告年度", "Report year", String.valueOf(r.reportYear())));
        fields.add(new PublicField("年检结论", "Inspection result", r.outcome().labelZh() + " / " + r.outcome().labelEn()));
        fields.add(new PublicField("公布日期", "Published on", r.publishedOn().toString()));
        fields.add(new PublicField("本年收入合计（元）", "Total income (CNY)", plain(r.totalIncome())));
        fields.add(new PublicField("本年支出合计（元）", "Total expenses (CNY)", plain(r.totalExpenses())));
        fields.add(new PublicField("公益活动支出（元）", "Public-welfare expenses (CNY)", plain(r.publicWelfareExpenses())));
        fields.add(new PublicField("年初净资产（元）", "Net assets at the start of the year (CNY)", plain(r.netAssetsStart())));
        fields.add(new PublicField("年末净资产（元）", "Net assets at the end of the year (CNY)", plain(r.netAssetsEnd())));
        fields.add(new PublicField("召开理事会/会员大会次数", "Board or members' meetings held",
                String.valueOf(r.meetingsHeld())));
        return new PublicRecord(PublicSections.ANNUAL_REPORTS, r.id(), r.publishedOn(),
                r.reportYear() + "年度工作报告（年检结论：" + r.outcome().labelZh() + "）",
                "Annual report " + r.reportYear() + " (inspection result: " + r.outcome().labelEn() + ")",
                List.copyOf(fields), r.id());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
