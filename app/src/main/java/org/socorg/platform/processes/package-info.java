/**
 * The models in {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms), deployed to the engine at start-up
 * under stable classpath-relative names, so an unchanged model never becomes a new version and a changed one does.
 */
package org.socorg.platform.processes;
