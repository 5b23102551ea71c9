/**
 * The audit log (审计日志): every completed workflow step, deployment and registry change sealed, in the step's own
 * transaction, into an append-only Merkle log (RFC 6962) hashed with SM3 and checkpointed with SM2 signatures by default.
 * Anyone can verify it offline with the {@code verifier} module and the authority's public key.
 *
 * <p>Sealing belongs to the engine, not to the models: a process-engine plugin turns Camunda's history events into
 * entries, so no BPMN model mentions the audit log.
 */
package org.socorg.platform.audit;
