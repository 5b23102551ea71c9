/**
 * The analyst workbench (业务分析工作台): analysts open any deployed process, decision and form version, check a
 * changed model against the engine and the platform's own rules, have a second analyst review its difference to
 * the deployed version and approve it (four-eyes), deploy it as a new version, and migrate running cases onto it
 * with a dry run first. Analysts only.
 */
package org.socorg.platform.workbench;
