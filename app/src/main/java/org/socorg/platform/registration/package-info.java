/**
 * Registration (登记): establishment (成立), change (变更) and deregistration (注销), each the same shape — an
 * application row, a BPMN process keyed by the application id, task handlers that validate each official's
 * decision, thin delegates. Changes and deregistrations are filed by the organization's account holder, one open at
 * a time per organization. Rules officials change (minimum funds and members, name rules, change rules,
 * deregistration requirements) are DMN tables in {@code processes/registration}. The module also publishes the
 * registration notices of the public query.
 */
package org.socorg.platform.registration;
