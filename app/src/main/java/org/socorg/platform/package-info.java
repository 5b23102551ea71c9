/**
 * The platform's features, one Spring Modulith application module per direct sub-package.
 * A module's root package is its API; its {@code internal} package is hidden from other modules.
 */
package org.socorg.platform;
