package org.socorg.platform.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.registration.ApplicationStatus;
import org.socorg.platform.registration.RegistrationScenario;
import org.socorg.platform.registration.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The store's copy of the rows a transaction has read: one read per row and step, never a change it did not write. */
@SpringBootTest(classes = TestPlatformApplication.class)
@ActiveProfiles("test")
class ApplicationStoreTest {

    @Autowired ApplicationStore store;
    @Autowired RegistrationService registrations;
    @Autowired PlatformTransactionManager transactionManager;

    private String filed() {
        return registrations.submitEstablishment(RegistrationScenario.APPLICANT, RegistrationScenario.foundation(
                "北京市存储测试" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "基金会")).id();
    }

    @Test
    void a_transaction_reads_a_row_once_and_sees_its_own_transition() {
        String id = filed();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            ApplicationRow first = store.require(id);
            store.transition(id, EnumSet.of(ApplicationStatus.SUBMITTED), r -> r.setStatus(ApplicationStatus.ACCEPTED));
            ApplicationRow again = store.require(id);
            assertThat(again).isSameAs(first);
            assertThat(again.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        });
        ApplicationRow stored = new TransactionTemplate(transactionManager).execute(status -> store.require(id));
        assertThat(stored.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(stored.getVersion()).as("the copy counted the version as the database did")
                .isEqualTo(new TransactionTemplate(transactionManager).execute(status -> {
                    ApplicationRow r = store.require(id);
                    return r.getVersion();
                }));
    }

    @Test
    void a_change_that_fails_midway_is_forgotten_so_the_next_reader_sees_the_database() {
        String id = filed();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            String name = store.require(id).getName();
            assertThatThrownBy(() -> store.transition(id, EnumSet.of(ApplicationStatus.SUBMITTED), r -> {
                r.setName("改到一半");
                throw new IllegalStateException("the change gives up");
            })).hasMessageContaining("gives up");
            ApplicationRow reread = store.require(id);
            assertThat(reread.getName()).isEqualTo(name);
            assertThat(reread.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        });
    }

    @Test
    void separate_transactions_read_separately() {
        String id = filed();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        ApplicationRow one = tx.execute(status -> store.require(id));
        ApplicationRow two = tx.execute(status -> store.require(id));
        assertThat(two).isNotSameAs(one);
    }
}
