/**
 * Registration (登记): establishment (成立) now; change (变更) and deregistration (注销) follow the same shape —
 * an application row, a BPMN process keyed by the application id, task handlers that validate each official's
 * decision, thin delegates. Rules officials change (minimum funds and members, name rules) are DMN tables in
 * {@code processes/registration}.
 */
package org.socorg.platform.registration;
