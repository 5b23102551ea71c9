package org.socorg.platform.registration.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.socorg.platform.organization.ChangedDetails;
import org.socorg.platform.registration.ApplicationKind;
import org.socorg.platform.registration.ChangeRequest;
import org.socorg.platform.shared.PlatformException;
import org.springframework.stereotype.Component;

/** The user tasks of {@code registration-change}. */
@Component
class ChangeTaskHandler extends AmendmentTaskHandler<ChangeRequest> {

    static final String DECIDE = "UserTask_DecideChange";

    ChangeTaskHandler(ApplicationStore store, ObjectMapper json, Validator validator) {
        super(ApplicationKind.CHANGE, DECIDE, "变更登记", "change registration", ChangeRequest.class, store, json,
                validator);
    }

    @Override
    ChangeRequest filed(ApplicationStore store, ApplicationRow row) {
        return store.change(row);
    }

    @Override
    ChangeRequest finish(ChangeRequest corrected, ApplicationRow row) {
        ChangeRequest normalized = corrected.normalized();
        if (normalized.changedDetails().equals(new ChangedDetails(null, null, null,
                null, null, null))) {
            throw PlatformException.invalid("NOTHING_TO_CHANGE", "补正后的申请没有任何变更事项",
                    "After the corrections the application changes nothing");
        }
        return normalized;
    }
}
