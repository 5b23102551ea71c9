package org.socorg.platform.api;

import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.support.MariaDbSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The evaluation REST journey on a real MariaDB/MySQL through the {@code mysql} profile: embedded MariaDB by default,
 * or the server named by {@code SOCORG_IT_DB_URL}.
 */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
// Close the context when the class is done, while its database still runs: at JVM exit the embedded MariaDB
// and the connection pool would shut down concurrently and the fork hang for Surefire's 30 s timeout.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EvaluationApiMariaDbIT extends EvaluationApiJourney {

    static final MariaDbSupport.Database DB = MariaDbSupport.freshDatabase("socorg_it");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDbSupport.register(registry, DB);
    }
}
