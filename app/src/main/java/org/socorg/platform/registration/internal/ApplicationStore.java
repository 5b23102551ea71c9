package org.socorg.platform.registration.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.ChangeRequest;
import org.socorg.platform.registration.DeregistrationRequest;
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.Reason;
import org.socorg.platform.shared.PerTransaction;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Component;

/**
 * Reads and changes application rows, enforcing which status may follow which. Used by the service, the task
 * handlers and the delegates, all inside the engine's (Spring's) transaction.
 *
 * <p>A row read or changed in a transaction is kept for the rest of it ({@link PerTransaction}): one engine step
 * often reads the same application twice (the acceptance task's handler moves it to ACCEPTED, then the rule check
 * that follows in the same step reads its details). Rows change only through {@link #transition}, which keeps the
 * copy in step with what it wrote and forgets it when the change fails.
 */
@Component
public class ApplicationStore {

    private static final Object TX_ROWS = ApplicationStore.class.getName() + ".rows";

    private final ApplicationMapper mapper;
    private final ObjectMapper json;

    ApplicationStore(ApplicationMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        // Stored details outlive the code: a field dropped from the request record must not make old rows unreadable.
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public ApplicationRow require(String id) {
        Map<String, ApplicationRow> rows = PerTransaction.get(TX_ROWS, HashMap::new);
        ApplicationRow row = rows == null ? null : rows.get(id);
        if (row == null) {
            row = mapper.findById(id).orElseThrow(() -> PlatformException.notFound("申请", "application", id));
            if (rows != null) {
                rows.put(id, row);
            }
        }
        return row;
    }

    public void insert(ApplicationRow row) {
        mapper.insert(row);
    }

    /**
     * Applies a change to the row if its status is one of {@code from}; a concurrent change is a conflict the
     * caller can retry, never a silent overwrite.
     */
    public ApplicationRow transition(String id, Set<ApplicationStatus> from, Consumer<ApplicationRow> change) {
        return transition(require(id), from, change);
    }

    /** As {@link #transition(String, Set, Consumer)}, on a row the caller read in this transaction. */
    public ApplicationRow transition(ApplicationRow row, Set<ApplicationStatus> from, Consumer<ApplicationRow> change) {
        if (!from.contains(row.getStatus())) {
            throw PlatformException.conflict("WRONG_STATE",
                    "申请当前状态为 " + row.getStatus() + "，不能进行此操作",
                    "The application is " + row.getStatus() + "; this step is not possible now");
        }
        boolean written = false;
        try {
            change.accept(row);
            if (row.getStatus().finished()) {
                // decided: the organization may file its next change or deregistration
                row.setOpenForOrganization(null);
            }
            row.setUpdatedAt(now());
            if (mapper.update(row) == 0) {
                throw PlatformException.conflict("CONCURRENT_CHANGE", "申请刚被他人修改，请刷新后重试",
                        "Someone else changed the application just now; reload and try again");
            }
            row.setVersion(row.getVersion() + 1);
            written = true;
            return row;
        } finally {
            Map<String, ApplicationRow> rows = PerTransaction.peek(TX_ROWS);
            if (rows != null) {
                if (written) {
                    rows.put(row.getId(), row);
                } else {
                    // changed in memory but not in the database: the next reader must read the database
                    rows.remove(row.getId());
                }
            }
        }
    }

    public EstablishmentRequest details(ApplicationRow row) {
        return payload(row, EstablishmentRequest.class);
    }

    public ChangeRequest change(ApplicationRow row) {
        return payload(row, ChangeRequest.class);
    }

    public DeregistrationRequest deregistration(ApplicationRow row) {
        return payload(row, DeregistrationRequest.class);
    }

    private <T> T payload(ApplicationRow row, Class<T> type) {
        try {
            return json.readValue(row.getPayload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored application " + row.getId() + " has unreadable details", e);
        }
    }

    public String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Reason> reasons(ApplicationRow row) {
        if (row.getOutcomeReasons() == null || row.getOutcomeReasons().isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(row.getOutcomeReasons(), new TypeReference<List<Reason>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored application " + row.getId() + " has unreadable reasons", e);
        }
    }

    /** The engine's clock, so that process tests moving time see consistent timestamps. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
