package org.socorg.platform.api;

import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.support.MariaDbSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The commendation journey on a real MariaDB/MySQL through the {@code mysql} profile. */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CommendationApiMariaDbIT extends CommendationApiJourney {

    static final MariaDbSupport.Database DB = MariaDbSupport.freshDatabase("socorg_it");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        MariaDbSupport.register(registry, DB);
    }
}
