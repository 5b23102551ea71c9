package org.socorg.platform.audit.internal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionOutputInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.socorg.auditlog.HashAlgorithm;
import org.socorg.auditlog.Hex;

/**
 * The data of a step, built from the same Camunda history classes whether they come from the event being sealed or from
 * the history tables being reconciled (the table entities extend the event classes). Only persisted fields go in, and
 * times are whole seconds: MySQL keeps Camunda's history times without fractions (and rounds them, which
 * {@link Reconciliation} allows for).
 */
final class StepData {

    private StepData() {
    }

    static String time(Date date) {
        return date == null ? null : date.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> processStarted(HistoricProcessInstanceEventEntity p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("processInstanceId", p.getProcessInstanceId());
        data.put("processDefinitionId", p.getProcessDefinitionId());
        data.put("businessKey", p.getBusinessKey());
        data.put("startUserId", p.getStartUserId());
        data.put("startActivityId", p.getStartActivityId());
        data.put("superProcessInstanceId", p.getSuperProcessInstanceId());
        data.put("startTime", time(p.getStartTime()));
        return data;
    }

    static Map<String, Object> processEnded(HistoricProcessInstanceEventEntity p) {
        // the end event carries only what ends; the start was sealed on its own
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("processInstanceId", p.getProcessInstanceId());
        data.put("processDefinitionId", p.getProcessDefinitionId());
        data.put("endActivityId", p.getEndActivityId());
        data.put("deleteReason", p.getDeleteReason());
        data.put("state", p.getState());
        data.put("endTime", time(p.getEndTime()));
        return data;
    }

    static Map<String, Object> activityCompleted(HistoricActivityInstanceEventEntity a,
                                                 List<Map<String, Object>> variables) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("activityInstanceId", a.getId());
        data.put("activityId", a.getActivityId());
        data.put("activityType", a.getActivityType());
        data.put("processInstanceId", a.getProcessInstanceId());
        data.put("executionId", a.getExecutionId());
        data.put("calledProcessInstanceId", a.getCalledProcessInstanceId());
        data.put("state", (long) a.getActivityInstanceState());
        data.put("endTime", time(a.getEndTime()));
        data.put("variables", variables);
        return data;
    }

    static Map<String, Object> taskCompleted(HistoricTaskInstanceEventEntity t, List<Map<String, Object>> variables) {
        Map<String, Object> data = new LinkedHashMap<>();
        // the event knows the task by taskId, the loaded history row by its id
        data.put("taskId", t.getTaskId() != null ? t.getTaskId() : t.getId());
        data.put("taskDefinitionKey", t.getTaskDefinitionKey());
        data.put("name", t.getName());
        data.put("assignee", t.getAssignee());
        data.put("owner", t.getOwner());
        data.put("processInstanceId", t.getProcessInstanceId());
        data.put("activityInstanceId", t.getActivityInstanceId());
        data.put("deleteReason", t.getDeleteReason());
        data.put("priority", (long) t.getPriority());
        data.put("dueDate", time(t.getDueDate()));
        data.put("endTime", time(t.getEndTime()));
        data.put("variables", variables);
        return data;
    }

    static Map<String, Object> variablesUpdated(String processInstanceId, List<Map<String, Object>> variables) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("processInstanceId", processInstanceId);
        data.put("variables", variables);
        return data;
    }

    /** One variable update, as ACT_HI_DETAIL keeps it. */
    static Map<String, Object> variable(HistoricVariableUpdateEventEntity v) {
        Map<String, Object> data = value(v.getSerializerName(), v.getTextValue(), v.getTextValue2(), v.getLongValue(),
                v.getDoubleValue(), v.getByteValue());
        // ACT_HI_DETAIL's own id is assigned after the event; the variable and its revision identify the row
        data.put("variableInstanceId", v.getVariableInstanceId());
        data.put("revision", (long) v.getRevision());
        data.put("name", v.getVariableName());
        return data;
    }

    static Map<String, Object> decisionEvaluated(HistoricDecisionInstanceEntity d) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decisionInstanceId", d.getId());
        data.put("decisionDefinitionId", d.getDecisionDefinitionId());
        data.put("processInstanceId", d.getProcessInstanceId());
        data.put("activityInstanceId", d.getActivityInstanceId());
        data.put("evaluationTime", time(d.getEvaluationTime()));
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<HistoricDecisionInputInstance> sortedInputs = new ArrayList<>(d.getInputs());
        sortedInputs.sort(Comparator.comparing(HistoricDecisionInputInstance::getClauseId));
        for (HistoricDecisionInputInstance in : sortedInputs) {
            HistoricDecisionInputInstanceEntity i = (HistoricDecisionInputInstanceEntity) in;
            Map<String, Object> value = value(i.getSerializerName(), i.getTextValue(), i.getTextValue2(),
                    i.getLongValue(), i.getDoubleValue(), i.getByteArrayValue());
            value.put("clauseId", i.getClauseId());
            inputs.add(value);
        }
        List<Map<String, Object>> outputs = new ArrayList<>();
        List<HistoricDecisionOutputInstance> sortedOutputs = new ArrayList<>(d.getOutputs());
        sortedOutputs.sort(Comparator.comparing((HistoricDecisionOutputInstance o) -> o.getRuleOrder() == null ? 0
                : o.getRuleOrder()).thenComparing(o -> String.valueOf(o.getClauseId())));
        for (HistoricDecisionOutputInstance out : sortedOutputs) {
            HistoricDecisionOutputInstanceEntity o = (HistoricDecisionOutputInstanceEntity) out;
            Map<String, Object> value = value(o.getSerializerName(), o.getTextValue(), o.getTextValue2(),
                    o.getLongValue(), o.getDoubleValue(), o.getByteArrayValue());
            value.put("clauseId", o.getClauseId());
            value.put("ruleId", o.getRuleId());
            value.put("variableName", o.getVariableName());
            outputs.add(value);
        }
        data.put("inputs", inputs);
        data.put("outputs", outputs);
        return data;
    }

    private static Map<String, Object> value(String serializer, String text, String text2, Long longValue,
                                             Double doubleValue, byte[] bytes) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", serializer);
        value.put("text", text);
        value.put("text2", text2);
        value.put("long", longValue);
        value.put("double", doubleValue == null ? null : doubleValue.toString());
        value.put("bytes", bytes == null ? null : Hex.encode(HashAlgorithm.SM3.hash(bytes)));
        return value;
    }

    /** A short text of what a step decided, e.g. {@code decision=APPROVE}: the short values of its variables. */
    static String outcome(List<Map<String, Object>> variables) {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> v : variables) {
            Object value = v.get("text") != null ? v.get("text") : v.get("long");
            if (value != null && value.toString().length() <= 40) {
                parts.add(v.get("name") + "=" + value);
            }
        }
        String outcome = String.join(", ", parts);
        return outcome.isEmpty() ? null : outcome.length() > 300 ? outcome.substring(0, 300) : outcome;
    }
}
