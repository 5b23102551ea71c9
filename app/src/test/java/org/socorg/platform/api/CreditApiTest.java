package org.socorg.platform.api;

import org.socorg.platform.TestPlatformApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The credit sanction journey and refusals on H2. */
@SpringBootTest(classes = TestPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CreditApiTest extends CreditApiJourney {
}
