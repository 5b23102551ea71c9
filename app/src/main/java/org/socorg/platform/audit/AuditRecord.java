package org.socorg.platform.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One step to seal, before it has its place in the log.
 *
 * @param kind            what happened, e.g. {@code task.completed}, {@code registry.registered}
 * @param actor           who did it; null to take the authenticated user (or {@code system} when there is none)
 * @param time            when it happened
 * @param process         process definition id (key:version:id) when the step belongs to a process
 * @param ref             what the step's data was read from, for reconciliation, e.g. {@code hi-actinst:<id>}
 * @param data            the step's data; sealed as the digest of its canonical JSON
 */
public record AuditRecord(String kind, String actor, Instant time, String process, String processInstance,
        String businessKey, String element, String elementType, String outcome, String ref, Map<String, Object> data) {

    public AuditRecord withActor(String newActor) {
        return new AuditRecord(kind, newActor, time, process, processInstance, businessKey, element, elementType,
                outcome, ref, data);
    }

    public AuditRecord withData(Map<String, Object> newData) {
        return new AuditRecord(kind, actor, time, process, processInstance, businessKey, element, elementType, outcome,
                ref, newData);
    }
}
