package org.socorg.platform.workbench;

import java.util.List;

/**
 * One element that differs between the deployed version and a draft.
 *
 * @param changedAttributes for {@code CHANGED}: the attributes (or child texts) whose values differ
 */
public record ElementChange(String elementId, String elementType, String name, Change change,
        List<String> changedAttributes) {

    public enum Change { ADDED, REMOVED, CHANGED }
}
