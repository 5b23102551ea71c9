package org.socorg.platform.complaint.internal;

import java.util.ArrayList;
import java.util.List;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The public query's penalties tab (行政处罚): decision number, reason, legal basis, outcome, date. */
@Component
class PenaltyRecords implements PublicRecordSource {

    private final ComplaintMapper mapper;

    PenaltyRecords(ComplaintMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String section() {
        return PublicSections.PENALTIES;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicRecord> publicRecords(String creditCode) {
        return mapper.penaltiesOf(creditCode).stream().map(PenaltyRecords::record).toList();
    }

    static PublicRecord record(PenaltyRow p) {
        List<PublicField> fields = new ArrayList<>();
        fields.add(new PublicField("处罚决定书文号", "Decision number", p.decisionNumber));
        fields.add(new PublicField("处罚事由", "Reason", p.reason));
        fields.add(new PublicField("处罚依据", "Legal basis", p.legalBasis));
        fields.add(new PublicField("处罚结果", "Outcome", outcome(p)));
        fields.add(new PublicField("处罚日期", "Date", p.decidedOn.toString()));
        return new PublicRecord(PublicSections.PENALTIES, String.valueOf(p.id), p.decidedOn,
                "行政处罚 " + p.decisionNumber, "Administrative penalty " + p.decisionNumber, fields, p.caseId);
    }

    static String outcome(PenaltyRow p) {
        return switch (p.outcome) {
            case WARNING -> "警告 / Warning";
            case FINE -> "罚款 " + p.fineAmount.stripTrailingZeros().toPlainString() + " 元 / Fine of "
                    + p.fineAmount.stripTrailingZeros().toPlainString() + " CNY";
            case ORDER_TO_STOP -> "责令停止活动 / Ordered to stop activities";
            case CERTIFICATE_REVOCATION -> "撤销登记证书 / Certificate revoked";
            case DISMISSAL -> "不予处罚 / No penalty";
        };
    }
}
