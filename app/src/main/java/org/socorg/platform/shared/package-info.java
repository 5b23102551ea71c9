/**
 * What every feature shares: the bilingual error vocabulary and its mapping to RFC 9457 problem details.
 * Kept deliberately small; nothing feature-specific belongs here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.socorg.platform.shared;
