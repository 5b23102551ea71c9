package org.socorg.platform.fundraising.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.fundraising.FundraisingPlan;
import org.socorg.platform.fundraising.FundraisingPlanService;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.fundraising.ProgressReport;
import org.socorg.platform.fundraising.Qualification;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fundraising sections of an organization's public page: its qualifications (granted and revoked, with the
 * reason) and its filed plans with their progress and amounts. Only what the Charity Law makes public: no
 * applicant ids, no plans that were never filed.
 */
@Configuration
class FundraisingPublicRecords {

    @Bean
    PublicRecordSource fundraisingQualificationRecords(FundraisingService qualifications) {
        return new PublicRecordSource() {
            @Override
            public String section() {
                return PublicSections.FUNDRAISING_QUALIFICATION;
            }

            @Override
            public List<PublicRecord> publicRecords(String creditCode) {
                return qualifications.qualifications(creditCode).stream().map(FundraisingPublicRecords::record)
                        .toList();
            }
        };
    }

    @Bean
    PublicRecordSource fundraisingPlanRecords(FundraisingPlanService plans) {
        return new PublicRecordSource() {
            @Override
            public String section() {
                return PublicSections.FUNDRAISING_PLANS;
            }

            @Override
            public List<PublicRecord> publicRecords(String creditCode) {
                return plans.publicPlans(creditCode).stream().map(FundraisingPublicRecords::record).toList();
            }
        };
    }

    static PublicRecord record(Qualification q) {
        List<PublicField> fields = new ArrayList<>();
        fields.add(new PublicField("证书编号", "Certificate number", q.certificateNumber()));
        fields.add(new PublicField("准予日期", "Granted on", q.grantedOn().toString()));
        fields.add(new PublicField("状态", "Status", q.valid() ? "有效 / Valid" : "已撤销 / Revoked"));
        if (!q.valid()) {
            fields.add(new PublicField("撤销日期", "Revoked on", q.revokedOn().toString()));
            fields.add(new PublicField("撤销理由", "Reason for revocation", q.revocationReason()));
        }
        return new PublicRecord(PublicSections.FUNDRAISING_QUALIFICATION, q.certificateNumber(), q.grantedOn(),
                "公开募捐资格", "Public-fundraising qualification", fields, q.applicationId());
    }

    static PublicRecord record(FundraisingPlan p) {
        List<PublicField> fields = new ArrayList<>();
        fields.add(new PublicField("备案编号", "Filing number", p.filingNumber()));
        fields.add(new PublicField("募捐目的", "Purpose", p.purpose()));
        fields.add(new PublicField("目标金额（元）", "Target (CNY)", amount(p.targetAmount())));
        fields.add(new PublicField("募捐期限", "Period", p.startDate() + " – " + p.endDate()));
        fields.add(new PublicField("募捐地域", "Region", p.region()));
        fields.add(new PublicField("银行账户", "Bank account", p.bankAccount()));
        fields.add(new PublicField("应急募捐", "Emergency", p.emergency() ? "是 / Yes" : "否 / No"));
        fields.add(new PublicField("已募得金额（元）", "Raised so far (CNY)", amount(p.amountRaised())));
        for (ProgressReport r : p.progress()) {
            fields.add(new PublicField(r.closing() ? "结项报告 " + r.reportedOn() : "募捐进展 " + r.reportedOn(),
                    r.closing() ? "Closing report " + r.reportedOn() : "Progress " + r.reportedOn(),
                    amount(r.amountRaised()) + (r.note() == null ? "" : " · " + r.note())));
        }
        fields.add(new PublicField("状态", "Status", p.closedAt() != null ? "已结项 / Closed" : "已备案 / Filed"));
        return new PublicRecord(PublicSections.FUNDRAISING_PLANS, p.filingNumber(), p.startDate(), p.title(),
                p.title(), fields, p.id());
    }

    private static String amount(BigDecimal value) {
        return value == null ? "0.00" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
