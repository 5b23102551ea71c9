/**
 * The application shell: layout and navigation shared by every view. Feature views (filing wizards, inboxes,
 * the analyst workbench) arrive with the UI issue.
 */
package org.socorg.platform.ui;
