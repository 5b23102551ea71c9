package org.socorg.platform.commendation.internal;

import java.util.ArrayList;
import java.util.List;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicRecordSource;
import org.socorg.platform.disclosure.PublicSections;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public query's commendations tab (表彰): title, awarding body, date, document number and note of each
 * commendation in force. Withdrawn ones are not shown (they were entered in error); who recorded it is not public.
 */
@Component
class CommendationRecords implements PublicRecordSource {

    private final CommendationMapper mapper;

    CommendationRecords(CommendationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String section() {
        return PublicSections.COMMENDATIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicRecord> publicRecords(String creditCode) {
        return mapper.inForce(creditCode).stream().map(CommendationRecords::record).toList();
    }

    static PublicRecord record(CommendationRow c) {
        List<PublicField> fields = new ArrayList<>();
        fields.add(new PublicField("表彰名称", "Title", c.title));
        fields.add(new PublicField("授予机关", "Awarding body", c.awardingBody));
        fields.add(new PublicField("授予日期", "Date awarded", c.awardedOn.toString()));
        fields.add(new PublicField("文号", "Document number", c.documentNumber));
        if (c.note != null) {
            fields.add(new PublicField("备注", "Note", c.note));
        }
        return new PublicRecord(PublicSections.COMMENDATIONS, String.valueOf(c.id), c.awardedOn, "表彰：" + c.title,
                "Commendation: " + c.title, fields, "commendation:" + c.id);
    }
}
