package org.socorg.platform.evaluation.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socorg.platform.evaluation.internal.EvaluationProcessing;
import org.springframework.stereotype.Component;

/** Service task: puts the proposed grade under public notice; sets {@code noticeEndsAt} for the notice timer. */
@Component("openPublicNotice")
class OpenPublicNotice implements JavaDelegate {

    private final EvaluationProcessing processing;

    OpenPublicNotice(EvaluationProcessing processing) {
        this.processing = processing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String evaluationId = (String) execution.getVariable("applicationId");
        execution.setVariable("noticeEndsAt", Date.from(processing.openNotice(evaluationId)));
    }
}
