package org.socorg.platform.identity;

import java.util.Set;

/**
 * An authenticated caller: their id, display name, groups (roles) and the administrative division code of the
 * authority they belong to (their jurisdiction; applicants carry the division they file with).
 */
public record Caller(String id, String displayName, Set<String> groups, String divisionCode) {

    public Caller {
        groups = Set.copyOf(groups);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    public boolean inAnyGroup(Set<String> candidates) {
        return candidates.stream().anyMatch(groups::contains);
    }
}
