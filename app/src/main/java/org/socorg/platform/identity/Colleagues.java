package org.socorg.platform.identity;

import java.util.List;
import java.util.Optional;

/**
 * Who another person is, as the platform would see them signed in: their groups (realm roles and the candidate
 * groups those stand for) and their authority's division code. Used where one official hands work to another
 * (转办), so the platform can check the colleague may handle it before the hand-over, not when they open it.
 */
public interface Colleagues {

    /** The enabled user with this user name, or empty when there is none (or they may not sign in). */
    Optional<Caller> find(String username);

    /** The enabled people of the authority with this division code (not those below it), as callers. */
    List<Caller> ofAuthority(String divisionCode);
}
