package org.socorg.platform.evaluation.internal;

import java.util.EnumSet;
import java.util.List;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.evaluation.EvaluationStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation section of an organization's public page: each grade it holds or held (valid, superseded or
 * expired) with its validity, and a result under public notice. Scores per criterion and the panel are not public.
 */
@Component
class EvaluationPublicRecords implements PublicRecordSource {

    private final EvaluationMapper mapper;

    EvaluationPublicRecords(EvaluationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String section() {
        return PublicSections.EVALUATION;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicRecord> publicRecords(String creditCode) {
        return mapper.findByCreditCode(creditCode, EnumSet.of(EvaluationStatus.PUBLIC_NOTICE, EvaluationStatus.GRADED,
                EvaluationStatus.SUPERSEDED, EvaluationStatus.EXPIRED)).stream().map(this::record).toList();
    }

    private PublicRecord record(EvaluationRow r) {
        String[] status = switch (r.status) {
            case PUBLIC_NOTICE -> new String[] {"公示中（" + r.noticeEndsOn + " 前可提出异议）",
                    "Under public notice (objections until " + r.noticeEndsOn + ")"};
            case GRADED -> new String[] {"有效", "Valid"};
            case SUPERSEDED -> new String[] {"已被新的评估等级取代", "Replaced by a later grade"};
            default -> new String[] {"已过期", "Expired"};
        };
        boolean noticed = r.status == EvaluationStatus.PUBLIC_NOTICE;
        List<PublicField> fields = noticed
                ? List.of(new PublicField("拟评等级", "Proposed grade", r.grade),
                        new PublicField("公示截止", "Notice ends", String.valueOf(r.noticeEndsOn)),
                        new PublicField("状态", "Status", status[0] + " / " + status[1]))
                : List.of(new PublicField("评估等级", "Grade", r.grade),
                        new PublicField("有效期自", "Valid from", String.valueOf(r.validFrom)),
                        new PublicField("有效期至", "Valid to", String.valueOf(r.validTo)),
                        new PublicField("状态", "Status", status[0] + " / " + status[1]));
        return new PublicRecord(PublicSections.EVALUATION, r.id,
                noticed ? r.updatedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate() : r.validFrom,
                (noticed ? "评估结果公示：" : "评估等级：") + r.grade,
                (noticed ? "Evaluation result under notice: " : "Evaluation grade: ") + r.grade, fields, r.id);
    }
}
