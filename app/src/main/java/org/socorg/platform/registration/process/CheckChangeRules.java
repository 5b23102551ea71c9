package org.socorg.platform.registration.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.registration.internal.AmendmentProcessing;
import org.springframework.stereotype.Component;

/** Service task: the DMN rules on a change (name rules for a new name, funds, change rules); sets {@code requirementsMet}. */
@Component("checkChangeRules")
class CheckChangeRules implements JavaDelegate {

    private final AmendmentProcessing processing;

    CheckChangeRules(AmendmentProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        execution.setVariable("requirementsMet", processing.checkChange(applicationId).isEmpty());
    }
}
