package org.socorg.platform.registration.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.DeregistrationRequest;
import org.springframework.stereotype.Component;

/** The user tasks of {@code registration-deregistration}. */
@Component
class DeregistrationTaskHandler extends AmendmentTaskHandler<DeregistrationRequest> {

    static final String DECIDE = "UserTask_DecideDeregistration";

    DeregistrationTaskHandler(ApplicationStore store, ObjectMapper json, Validator validator) {
        super(ApplicationKind.DEREGISTRATION, DECIDE, "注销登记", "deregistration", DeregistrationRequest.class, store,
                json, validator);
    }

    @Override
    DeregistrationRequest filed(ApplicationStore store, ApplicationRow row) {
        return store.deregistration(row);
    }

    @Override
    DeregistrationRequest finish(DeregistrationRequest corrected, ApplicationRow row) {
        return corrected.normalized();
    }
}
