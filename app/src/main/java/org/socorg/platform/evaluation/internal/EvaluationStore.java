package org.socorg.platform.evaluation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.evaluation.EvaluationReason;
import org.socorg.platform.evaluation.EvaluationStatus;
import org.socorg.platform.evaluation.SelfAssessment;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Component;

/** Reads and changes evaluation rows, enforcing which status may follow which (optimistic lock on a version). */
@Component
public class EvaluationStore {

    private final EvaluationMapper mapper;
    private final ObjectMapper json;

    EvaluationStore(EvaluationMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        // stored JSON outlives the code: a dropped field must not make old rows unreadable
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public EvaluationMapper mapper() {
        return mapper;
    }

    public EvaluationRow require(String id) {
        return mapper.findById(id).orElseThrow(() -> PlatformException.notFound("评估申请", "evaluation", id));
    }

    public EvaluationRow transition(String id, Set<EvaluationStatus> from, Consumer<EvaluationRow> change) {
        return transition(require(id), from, change);
    }

    public EvaluationRow transition(EvaluationRow row, Set<EvaluationStatus> from, Consumer<EvaluationRow> change) {
        if (!from.contains(row.status)) {
            throw PlatformException.conflict("WRONG_STATE", "评估申请当前状态为 " + row.status + "，不能进行此操作",
                    "The evaluation is " + row.status + "; this step is not possible now");
        }
        change.accept(row);
        row.updatedAt = now();
        if (mapper.update(row) == 0) {
            throw PlatformException.conflict("CONCURRENT_CHANGE", "评估申请刚被他人修改，请刷新后重试",
                    "Someone else changed the evaluation just now; reload and try again");
        }
        row.version++;
        return row;
    }

    public SelfAssessment selfAssessment(EvaluationRow row) {
        return read(row.selfAssessment, new TypeReference<SelfAssessment>() { });
    }

    public List<EvaluationReason> reasons(EvaluationRow row) {
        return row.outcomeReasons == null || row.outcomeReasons.isBlank() ? List.of()
                : read(row.outcomeReasons, new TypeReference<List<EvaluationReason>>() { });
    }

    public Map<String, Integer> scores(ScoreRow row) {
        return read(row.scores, new TypeReference<java.util.LinkedHashMap<String, Integer>>() { });
    }

    public static List<String> panel(EvaluationRow row) {
        return row.panelExperts == null || row.panelExperts.isBlank() ? List.of()
                : Arrays.asList(row.panelExperts.split(","));
    }

    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored evaluation data", e);
        }
    }

    /** The engine's clock, so that process tests moving time see consistent timestamps. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
