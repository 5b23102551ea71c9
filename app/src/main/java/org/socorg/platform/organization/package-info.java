/**
 * The organization registry (法人库): registered social organizations, their status history and
 * the unified social credit code (统一社会信用代码) they are given at establishment.
 */
package org.socorg.platform.organization;
