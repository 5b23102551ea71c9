package org.socorg.platform.audit.internal;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socorg.platform.audit.AuditRecord;
import org.socorg.platform.commendation.Commendation;
import org.socorg.platform.commendation.CommendationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seals each commendation recorded or withdrawn (kinds {@code commendation.recorded}, {@code commendation.withdrawn}),
 * the whole row as stored after the step; business key {@code commendation:<id>}. Listens synchronously, so the seal
 * joins the transaction that wrote the row. The ref {@code commendation:<id>} lets the reconciliation compare the
 * latest seal of each commendation with its row.
 */
@Component
class CommendationSealing {

    private final LogAppender appender;

    CommendationSealing(LogAppender appender) {
        this.appender = appender;
    }

    @EventListener
    void on(CommendationChanged changed) {
        Commendation c = changed.commendation();
        boolean withdrawn = CommendationChanged.WITHDRAWN.equals(changed.change());
        appender.add(new AuditRecord(withdrawn ? "commendation.withdrawn" : "commendation.recorded",
                withdrawn ? c.withdrawnBy() : c.recordedBy(), withdrawn ? c.withdrawnAt() : c.recordedAt(), null, null,
                c.businessKey(), c.creditCode(), "commendation", changed.change(), ref(c.id()), data(c)));
    }

    static String ref(long id) {
        return "commendation:" + id;
    }

    /** The row as the seal covers it; times to the second (what every database keeps alike). */
    static Map<String, Object> data(Commendation c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", c.id());
        data.put("creditCode", c.creditCode());
        data.put("divisionCode", c.divisionCode());
        data.put("title", c.title());
        data.put("awardingBody", c.awardingBody());
        data.put("awardedOn", c.awardedOn().toString());
        data.put("documentNumber", c.documentNumber());
        data.put("note", c.note());
        data.put("recordedBy", c.recordedBy());
        data.put("recordedAt", c.recordedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        data.put("withdrawnAt", c.withdrawnAt() == null ? null
                : c.withdrawnAt().truncatedTo(ChronoUnit.SECONDS).toString());
        data.put("withdrawnBy", c.withdrawnBy());
        data.put("withdrawalReason", c.withdrawalReason());
        return data;
    }
}
