package org.socorg.platform.annualreport.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.annualreport.AnnualReportContent;
import org.socorg.platform.annualreport.AnnualReportStatus;
import org.socorg.platform.annualreport.Finding;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Component;

/** Reads and changes report rows, enforcing which status may follow which. */
@Component
public class ReportStore {

    private final AnnualReportMapper mapper;
    private final ObjectMapper json;

    ReportStore(AnnualReportMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        // a stored report outlives the code: a field dropped from the record must not make old rows unreadable
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public ReportRow require(String caseId) {
        return mapper.findByCaseId(caseId).orElseThrow(() -> PlatformException.notFound("年度报告", "annual report",
                caseId));
    }

    /** Applies a change if the row's status is one of {@code from}; a concurrent change is a conflict, never lost. */
    public ReportRow transition(String caseId, Set<AnnualReportStatus> from, Consumer<ReportRow> change) {
        ReportRow row = require(caseId);
        if (!from.contains(row.getStatus())) {
            throw PlatformException.conflict("WRONG_STATE",
                    "年度报告当前状态为 " + row.getStatus() + "，不能进行此操作",
                    "The annual report is " + row.getStatus() + "; this step is not possible now");
        }
        change.accept(row);
        row.setUpdatedAt(now());
        if (mapper.update(row) == 0) {
            throw PlatformException.conflict("CONCURRENT_CHANGE", "年度报告刚被他人修改，请刷新后重试",
                    "Someone else changed the annual report just now; reload and try again");
        }
        row.setVersion(row.getVersion() + 1);
        return row;
    }

    public AnnualReportContent content(ReportRow row) {
        try {
            return json.readValue(row.getPayload(), AnnualReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored annual report " + row.getCaseId() + " is unreadable", e);
        }
    }

    public List<Finding> findings(ReportRow row) {
        if (row.getFindings() == null || row.getFindings().isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(row.getFindings(), new TypeReference<List<Finding>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored annual report " + row.getCaseId() + " has unreadable findings", e);
        }
    }

    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectMapper json() {
        return json;
    }

    /** The engine's clock, so process tests that move time see consistent timestamps. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
