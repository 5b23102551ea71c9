package org.socorg.platform.api;

import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.support.MariaDbSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The annual-report REST journey on a real MariaDB/MySQL through the {@code mysql} profile: embedded MariaDB by
 * default, or the server named by {@code SOCORG_IT_DB_URL}.
 */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AnnualReportApiMariaDbIT extends AnnualReportApiJourney {

    static final MariaDbSupport.Database DB = MariaDbSupport.freshDatabase("socorg_it");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDbSupport.register(registry, DB);
    }
}
