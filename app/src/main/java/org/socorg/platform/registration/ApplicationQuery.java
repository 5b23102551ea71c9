package org.socorg.platform.registration;

/** A listing of applications; the caller's role narrows it further (applicants see their own only). */
public record ApplicationQuery(ApplicationStatus status, ApplicationKind kind, int offset, int limit) {

    public ApplicationQuery {
        offset = Math.max(0, offset);
        limit = limit <= 0 ? 20 : Math.min(limit, 200);
    }
}
