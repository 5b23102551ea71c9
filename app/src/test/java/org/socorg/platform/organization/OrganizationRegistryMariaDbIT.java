package org.socorg.platform.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.support.MariaDbSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Codes and certificate numbers stay unique when approvals race on a real MariaDB: the sequence row lock and the
 * unique keys, not luck, decide.
 */
@SpringBootTest(classes = TestPlatformApplication.class, properties = "spring.main.web-application-type=none")
@ActiveProfiles({"test", "mysql"})
// Close the context when the class is done, while its database still runs: at JVM exit the embedded MariaDB
// and the connection pool would shut down concurrently and the fork hang for Surefire's 30 s timeout.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OrganizationRegistryMariaDbIT {

    static final MariaDbSupport.Database DB = MariaDbSupport.freshDatabase("socorg_reg_it");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDbSupport.register(registry, DB);
    }

    @Autowired OrganizationRegistry registry;
    @Autowired TransactionTemplate tx;

    static NewOrganization foundation(String name) {
        return new NewOrganization(name, OrganizationType.FOUNDATION, OrganizationScope.LOCAL, "110000", null,
                "法定代表人", new BigDecimal("2000000"), "北京市", "公益", null, "applicant1", "director1");
    }

    @Test
    void concurrent_approvals_never_share_a_code_or_certificate_number() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Organization>> futures = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = "北京市并发登记测试" + i + "号基金会";
            futures.add(pool.submit(() -> tx.execute(s -> registry.register(foundation(name)))));
        }
        Set<String> codes = ConcurrentHashMap.newKeySet();
        Set<String> certificates = ConcurrentHashMap.newKeySet();
        for (Future<Organization> f : futures) {
            Organization org = f.get();
            assertThat(CreditCode.check(org.creditCode()).valid()).isTrue();
            codes.add(org.creditCode());
            certificates.add(org.certificateNumber());
        }
        pool.shutdown();
        assertThat(codes).hasSize(30);
        assertThat(certificates).hasSize(30);
    }

    @Test
    void of_two_racing_approvals_of_one_name_exactly_one_wins() throws Exception {
        String name = "北京市同名竞争测试基金会";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger refused = new AtomicInteger();
        Callable<Organization> approve = () -> {
            try {
                return tx.execute(s -> registry.register(foundation(name)));
            } catch (PlatformException e) {
                assertThat(e.code()).isEqualTo("NAME_TAKEN");
                refused.incrementAndGet();
                return null;
            }
        };
        Future<Organization> a = pool.submit(approve);
        Future<Organization> b = pool.submit(approve);
        long registered = java.util.stream.Stream.of(a.get(), b.get()).filter(java.util.Objects::nonNull).count();
        pool.shutdown();
        assertThat(registered).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(1);
        assertThat(registry.isNameTaken("110000", "北京市 同名竞争测试基金会")).isTrue();
    }

    @Test
    void stores_and_returns_chinese_text_intact() {
        Organization org = tx.execute(s -> registry.register(foundation("北京市𠀀字测试基金会")));
        assertThat(registry.getByCreditCode(org.creditCode()).name()).isEqualTo("北京市𠀀字测试基金会");
    }
}
