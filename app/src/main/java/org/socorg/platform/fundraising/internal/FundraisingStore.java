package org.socorg.platform.fundraising.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.fundraising.PlanStatus;
import org.socorg.platform.fundraising.QualificationStatus;
import org.socorg.platform.fundraising.Reason;
import org.socorg.platform.shared.PlatformException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the fundraising rows, enforcing which status may follow which, and draws certificate and filing
 * numbers. Time is the engine's clock, so process tests that move it see consistent dates.
 */
@Component
public class FundraisingStore {

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };

    private final FundraisingMapper mapper;
    private final ObjectMapper json;
    private final ZoneId zone;

    FundraisingStore(FundraisingMapper mapper, ObjectMapper json,
            @Value("${platform.calendar.zone:Asia/Shanghai}") String zone) {
        this.mapper = mapper;
        this.json = json;
        this.zone = ZoneId.of(zone);
    }

    public FundraisingMapper mapper() {
        return mapper;
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public QualificationApplicationRow requireApplication(String id) {
        return mapper.findApplication(id).orElseThrow(() -> PlatformException.notFound("公开募捐资格申请",
                "qualification application", id));
    }

    public PlanRow requirePlan(String id) {
        return mapper.findPlan(id).orElseThrow(() -> PlatformException.notFound("募捐方案备案", "fundraising plan", id));
    }

    public QualificationApplicationRow transition(String id, Set<QualificationStatus> from,
            Consumer<QualificationApplicationRow> change) {
        QualificationApplicationRow row = requireApplication(id);
        if (!from.contains(row.status)) {
            throw wrongState(row.status.name());
        }
        change.accept(row);
        row.updatedAt = now();
        if (mapper.updateApplication(row) == 0) {
            throw concurrentChange();
        }
        row.version++;
        return row;
    }

    public PlanRow transitionPlan(String id, Set<PlanStatus> from, Consumer<PlanRow> change) {
        PlanRow row = requirePlan(id);
        if (!from.contains(row.status)) {
            throw wrongState(row.status.name());
        }
        change.accept(row);
        row.updatedAt = now();
        if (mapper.updatePlan(row) == 0) {
            throw concurrentChange();
        }
        row.version++;
        return row;
    }

    public String toJson(List<Reason> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Reason> reasons(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(text, REASONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored reasons", e);
        }
    }

    /** A never-repeating number; the row lock holds until the caller's transaction ends (gaps are harmless). */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Long current = mapper.lockSequence(name).orElse(null);
            if (current != null) {
                mapper.advanceSequence(name, current + 1);
                return current;
            }
            try {
                mapper.insertSequence(name, 2);
                return 1;
            } catch (DuplicateKeyException raced) {
                // another transaction created the counter first: lock it and go on from there
            }
        }
        throw new IllegalStateException("Could not allocate from sequence " + name);
    }

    private static PlatformException wrongState(String status) {
        return PlatformException.conflict("WRONG_STATE", "当前状态为 " + status + "，不能进行此操作",
                "The case is " + status + "; this step is not possible now");
    }

    private static PlatformException concurrentChange() {
        return PlatformException.conflict("CONCURRENT_CHANGE", "刚被他人修改，请刷新后重试",
                "Someone else changed it just now; reload and try again");
    }
}
