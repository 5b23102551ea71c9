package org.socorg.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend without the UI, for the app module's own Spring tests. */
@SpringBootApplication
public class TestPlatformApplication {
}
