/**
 * The offline verifier's command line ({@code java -jar audit-verifier.jar verify|receipt}); the checks themselves
 * are {@link org.socorg.auditlog.LogVerifier}'s, the export format {@link org.socorg.auditlog.LogExport}'s
 * ({@code verifier/FORMAT.md}).
 */
package org.socorg.auditlog.cli;
