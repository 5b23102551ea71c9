package org.socorg.platform.registration;

import static org.socorg.platform.registration.RegistrationScenario.APPLICANT;
import static org.socorg.platform.registration.RegistrationScenario.DIRECTOR;
import static org.socorg.platform.registration.RegistrationScenario.OFFICIAL;
import static org.socorg.platform.registration.RegistrationScenario.complete;

import java.time.LocalDate;
import java.util.UUID;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.task.TaskInbox;

/** An organization established for {@link RegistrationScenario#APPLICANT}, and change and deregistration requests. */
public final class AmendmentScenario {

    private AmendmentScenario() {
    }

    public static String uniqueFoundationName(String base) {
        return base + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会";
    }

    /** Establishes a foundation through the real process; the applicant becomes its account holder. */
    public static Organization establishedFoundation(RegistrationService registrations, TaskInbox inbox,
            OrganizationRegistry registry) {
        RegistrationApplication app = registrations.submitEstablishment(APPLICANT,
                RegistrationScenario.foundation(uniqueFoundationName("北京市青禾")));
        complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_CheckDocuments", "COMPLETE", null);
        complete(inbox, OFFICIAL, app.processInstanceId(), "UserTask_ReviewApplication", "RECOMMEND_APPROVAL", null);
        complete(inbox, DIRECTOR, app.processInstanceId(), "UserTask_DecideRegistration", "APPROVE", null);
        return registry.getByCreditCode(registrations.get(APPLICANT, app.id()).creditCode());
    }

    public static ChangeRequest rename(String creditCode, String newName) {
        return new ChangeRequest(creditCode, newName, null, null, null, null, null, "理事会决议更名", true, null);
    }

    public static ChangeRequest newAddressAndRepresentative(String creditCode) {
        return new ChangeRequest(creditCode, null, "北京市朝阳区建国路8号", "李青禾", null, null, null, "换届并迁址", true,
                null);
    }

    public static DeregistrationRequest deregistration(String creditCode) {
        return new DeregistrationRequest(creditCode, "章程规定的宗旨已经实现，理事会决议终止", true, LocalDate.of(2026, 8, 31),
                true, "剩余财产已捐赠北京市慈善基金会", true);
    }
}
