package org.socorg.platform.api;

import org.socorg.platform.TestPlatformApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The evaluation's REST journey and refusals on the embedded default database (H2 in MySQL mode). */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvaluationApiTest extends EvaluationApiJourney {
}
