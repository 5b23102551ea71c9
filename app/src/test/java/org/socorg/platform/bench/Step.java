package org.socorg.platform.bench;

import org.socorg.platform.identity.Caller;
import org.socorg.platform.registration.RegistrationScenario;

/**
 * The timed steps of one establishment registration: filing it, then the three official user tasks, each with the
 * person who does it, the outcome they choose and the process variables the platform's task handler sets for it.
 */
enum Step {
    SUBMIT("submit", null, null, null),
    ACCEPT("accept", "UserTask_CheckDocuments", RegistrationScenario.OFFICIAL, "COMPLETE"),
    REVIEW("review", "UserTask_ReviewApplication", RegistrationScenario.OFFICIAL, "RECOMMEND_APPROVAL"),
    DECIDE("decide", "UserTask_DecideRegistration", RegistrationScenario.DIRECTOR, "APPROVE");

    static final Step[] TASKS = {ACCEPT, REVIEW, DECIDE};

    final String label;
    final String taskKey;
    final Caller caller;
    final String outcome;

    Step(String label, String taskKey, Caller caller, String outcome) {
        this.label = label;
        this.taskKey = taskKey;
        this.caller = caller;
        this.outcome = outcome;
    }
}
