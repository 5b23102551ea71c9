package org.socorg.platform.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;
import org.socorg.auditlog.Json;
import org.socorg.platform.commendation.Commendations;
import org.socorg.platform.audit.AuditedEntry;
import org.socorg.platform.audit.ReconciliationReport;
import org.socorg.platform.audit.ReconciliationReport.Mismatch;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Component;

/**
 * Recomputes each sealed step's data from where it lives now — Camunda's history tables, its repository, the registry,
 * the commendations —
 * and reports every entry whose source no longer gives the sealed data, naming the field. The stored copy of the data
 * is itself checked against the digest in the entry, so editing either the history or the copy is found.
 */
@Component
public class Reconciliation {

    private final LogStore store;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ManagementService management;
    private final OrganizationRegistry registry;
    private final Commendations commendations;

    Reconciliation(LogStore store, HistoryService history, RepositoryService repository, ManagementService management,
                   OrganizationRegistry registry, Commendations commendations) {
        this.store = store;
        this.history = history;
        this.repository = repository;
        this.management = management;
        this.registry = registry;
        this.commendations = commendations;
    }

    public ReconciliationReport run() {
        long size = store.head().size();
        List<Mismatch> mismatches = new ArrayList<>();
        long[] checked = {0};
        Map<String, Long> latestSeal = new java.util.HashMap<>(store.latestSealByRefPrefix("registry:"));
        latestSeal.putAll(store.latestSealByRefPrefix("commendation:"));
        store.forEachEntry(0, size, entry -> {
            String ref = (String) entry.fields().get("ref");
            if (ref == null || (latestSeal.containsKey(ref) && latestSeal.get(ref) != entry.seq())) {
                return; // a later seal of the same registry record or commendation supersedes this one
            }
            checked[0]++;
            String problem = check(entry, ref);
            if (problem != null) {
                mismatches.add(new Mismatch(entry.seq(), ref, problem));
            }
        });
        return new ReconciliationReport(checked[0], mismatches);
    }

    private String check(AuditedEntry entry, String ref) {
        String stored = store.data(entry.seq()).orElse(null);
        if (stored == null) {
            return "the sealed data of this entry is missing";
        }
        if (!Hex.encode(store.hash().hash(stored)).equals(entry.fields().get("data"))) {
            return "the stored data no longer matches the digest sealed in the entry";
        }
        Map<String, Object> sealed = Json.parseObject(stored);
        Map<String, Object> now;
        try {
            now = recompute(ref, sealed);
        } catch (RuntimeException e) {
            return "its source could not be read: " + e.getMessage();
        }
        if (now == null) {
            return "its source row is gone";
        }
        return difference("", sealed, Json.parseObject(Json.canonical(now)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> recompute(String ref, Map<String, Object> sealed) {
        int colon = ref.indexOf(':');
        String type = ref.substring(0, colon);
        String id = ref.substring(colon + 1);
        switch (type) {
            case "hi-procinst" -> {
                boolean start = id.startsWith("start:");
                String instanceId = id.substring(id.indexOf(':') + 1);
                var p = (HistoricProcessInstanceEventEntity) history.createHistoricProcessInstanceQuery()
                        .processInstanceId(instanceId).singleResult();
                return p == null ? null : start ? StepData.processStarted(p) : StepData.processEnded(p);
            }
            case "hi-actinst" -> {
                var a = (HistoricActivityInstanceEventEntity) history.createHistoricActivityInstanceQuery()
                        .activityInstanceId(id).singleResult();
                return a == null ? null : StepData.activityCompleted(a,
                        variables((List<Map<String, Object>>) sealed.get("variables")));
            }
            case "hi-taskinst" -> {
                var t = (HistoricTaskInstanceEventEntity) history.createHistoricTaskInstanceQuery().taskId(id)
                        .singleResult();
                return t == null ? null : StepData.taskCompleted(t,
                        variables((List<Map<String, Object>>) sealed.get("variables")));
            }
            case "hi-detail" -> {
                return StepData.variablesUpdated(id, variables((List<Map<String, Object>>) sealed.get("variables")));
            }
            case "hi-decinst" -> {
                var d = (HistoricDecisionInstanceEntity) history.createHistoricDecisionInstanceQuery()
                        .decisionInstanceId(id).includeInputs().includeOutputs().singleResult();
                return d == null ? null : StepData.decisionEvaluated(d);
            }
            case "deployment" -> {
                return deployment(id);
            }
            case "registry" -> {
                try {
                    Organization o = registry.getByCreditCode(id);
                    return RegistrySealing.data(o, registry.statusHistory(o.id()), registry.changeHistory(o.id()));
                } catch (PlatformException notFound) {
                    return null;
                }
            }
            case "commendation" -> {
                return commendations.find(Long.parseLong(id)).map(CommendationSealing::data).orElse(null);
            }
            default -> throw new IllegalStateException("unknown kind of source '" + type + "'");
        }
    }

    private List<Map<String, Object>> variables(List<Map<String, Object>> sealed) {
        List<Map<String, Object>> now = new ArrayList<>();
        for (Map<String, Object> variable : sealed) {
            List<HistoricDetail> rows = history.createHistoricDetailQuery().variableUpdates()
                    .variableInstanceId((String) variable.get("variableInstanceId")).list().stream()
                    .filter(d -> Long.valueOf(((HistoricVariableUpdateEventEntity) d).getRevision())
                            .equals(variable.get("revision")))
                    .toList();
            if (rows.isEmpty()) {
                Map<String, Object> gone = new LinkedHashMap<>();
                gone.put("variableInstanceId", variable.get("variableInstanceId"));
                gone.put("gone", true);
                now.add(gone);
            } else {
                // a migrated case's variables get a second detail row of the same revision (the migration's own
                // history event): the row that still names the variable is the one it sealed
                List<Map<String, Object>> candidates = rows.stream()
                        .map(d -> StepData.variable((HistoricVariableUpdateEventEntity) d)).toList();
                now.add(candidates.stream().filter(c -> java.util.Objects.equals(c.get("name"), variable.get("name")))
                        .findFirst().orElse(candidates.get(0)));
            }
        }
        return now;
    }

    private Map<String, Object> deployment(String id) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(id).singleResult();
        if (deployment == null) {
            return null;
        }
        Map<String, Object> resources = new TreeMap<>();
        for (String name : repository.getDeploymentResourceNames(id)) {
            try (var in = repository.getResourceAsStream(id, name)) {
                resources.put(name, Hex.encode(HashAlgorithm.SM3.hash(in.readAllBytes())));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read resource " + name, e);
            }
        }
        List<Object> definitions = new ArrayList<>();
        repository.createProcessDefinitionQuery().deploymentId(id).list().forEach(d -> definitions.add(d.getId()));
        repository.createDecisionDefinitionQuery().deploymentId(id).list().forEach(d -> definitions.add(d.getId()));
        repository.createDecisionRequirementsDefinitionQuery().deploymentId(id).list()
                .forEach(d -> definitions.add(d.getId()));
        repository.createCaseDefinitionQuery().deploymentId(id).list().forEach(d -> definitions.add(d.getId()));
        definitions.sort(null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("deploymentId", deployment.getId());
        data.put("name", deployment.getName());
        data.put("source", deployment.getSource());
        data.put("resources", resources);
        data.put("definitions", definitions);
        return data;
    }

    /** The first field where {@code now} differs from {@code sealed}, or null. */
    @SuppressWarnings("unchecked")
    private static String difference(String path, Object sealed, Object now) {
        if (sealed instanceof Map<?, ?> s && now instanceof Map<?, ?> n) {
            for (Object key : s.keySet()) {
                String d = difference(path + (path.isEmpty() ? "" : ".") + key, s.get(key), n.get(key));
                if (d != null) {
                    return d;
                }
            }
            for (Object key : n.keySet()) {
                if (!s.containsKey(key)) {
                    return "field " + path + (path.isEmpty() ? "" : ".") + key + " was added";
                }
            }
            return null;
        }
        if (sealed instanceof List<?> s && now instanceof List<?> n) {
            if (s.size() != n.size()) {
                return "field " + path + " had " + s.size() + " item(s), now " + n.size();
            }
            for (int i = 0; i < s.size(); i++) {
                String d = difference(path + "[" + i + "]", s.get(i), n.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (Objects.equals(sealed, now) || roundedUpSecond(sealed, now)) {
            return null;
        }
        return "field " + path + " was '" + sealed + "', the source now says '" + now + "'";
    }

    /** MySQL rounds fractional seconds when it stores Camunda's history times; the seal keeps the truncated second. */
    private static boolean roundedUpSecond(Object sealed, Object now) {
        if (!(sealed instanceof String s) || !(now instanceof String n) || !s.endsWith("Z") || !n.endsWith("Z")) {
            return false;
        }
        try {
            return Duration.between(Instant.parse(s), Instant.parse(n)).equals(Duration.ofSeconds(1));
        } catch (DateTimeParseException notATime) {
            return false;
        }
    }
}
