package org.socorg.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package of {@code org.socorg.platform} is a module; only its root package is API. This fails when
 * a feature reaches into another's {@code internal}, {@code process} or {@code web} package, or when modules depend
 * on each other in a cycle.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TestPlatformApplication.class);

    @Test
    void features_only_use_each_others_api() {
        MODULES.verify();
    }
}
