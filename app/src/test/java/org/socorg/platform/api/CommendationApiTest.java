package org.socorg.platform.api;

import org.socorg.platform.TestPlatformApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The commendation journey on H2, and every refusal its endpoints give. */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommendationApiTest extends CommendationApiJourney {
}
