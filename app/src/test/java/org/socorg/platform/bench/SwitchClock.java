package org.socorg.platform.bench;

import java.util.Date;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.socorg.platform.calendar.process.StatutoryClockExpressions;

/**
 * {@code ${statutoryClock}} for the benchmark's variants: the platform's statutory clock, or the bare side's
 * fixed far-away dates while the current variant says "no stat.clock". Public, with public methods, because the
 * engine calls it by reflection from expressions.
 */
public final class SwitchClock {

    private final StatutoryClockExpressions real;
    private final BareCamundaDriver.FixedStatutoryClock stub = new BareCamundaDriver.FixedStatutoryClock();
    private final BooleanSupplier stubbed;

    SwitchClock(StatutoryClockExpressions real, BooleanSupplier stubbed) {
        this.real = real;
        this.stubbed = stubbed;
    }

    public Date dueAt(DelegateExecution execution, String ruleKey) {
        return stubbed.getAsBoolean() ? stub.dueAt(execution, ruleKey) : real.dueAt(execution, ruleKey);
    }

    public Date reminderAt(DelegateExecution execution, String ruleKey) {
        return stubbed.getAsBoolean() ? stub.reminderAt(execution, ruleKey) : real.reminderAt(execution, ruleKey);
    }

    public void pause(DelegateExecution execution, String ruleKey) {
        if (!stubbed.getAsBoolean()) {
            real.pause(execution, ruleKey);
        }
    }

    public void resume(DelegateExecution execution, String ruleKey) {
        if (!stubbed.getAsBoolean()) {
            real.resume(execution, ruleKey);
        }
    }

    public void stop(DelegateExecution execution, String ruleKey) {
        if (!stubbed.getAsBoolean()) {
            real.stop(execution, ruleKey);
        }
    }
}
