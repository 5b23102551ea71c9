package org.socorg.platform.evaluation.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.socorg.platform.evaluation.internal.EvaluationStore;
import org.springframework.stereotype.Component;

/**
 * The panel as the scoring task's multi-instance collection, {@code ${evaluationPanel.experts(execution)}}: one
 * scoring task per expert the official named, read from the case (a list variable would need Java serialization).
 */
@Component("evaluationPanel")
public class EvaluationPanel {

    private final EvaluationStore store;

    EvaluationPanel(EvaluationStore store) {
        this.store = store;
    }

    public List<String> experts(DelegateExecution execution) {
        return EvaluationStore.panel(store.require((String) execution.getVariable("applicationId")));
    }
}
