package org.socorg.platform.identity;

import java.util.List;
import java.util.Optional;

/**
 * Looks a person up by user name, for checks that name people who are not the caller (e.g. the experts an official
 * puts on an evaluation panel): whether they exist, may sign in, which realm roles they hold and which authority
 * they work for.
 */
public interface UserDirectory {

    /**
     * The user of that name, or empty when there is none.
     *
     * @throws org.socorg.platform.shared.PlatformException {@code IDENTITY_PROVIDER_UNAVAILABLE} (503) when the
     *     sign-on service cannot be asked
     */
    Optional<ManagedUser> find(String username);

    /**
     * The people who work for the authority of that division code (not those of the authorities below it), for
     * choosing a colleague; empty when no authority has the code.
     *
     * @throws org.socorg.platform.shared.PlatformException {@code IDENTITY_PROVIDER_UNAVAILABLE} (503) when the
     *     sign-on service cannot be asked
     */
    List<ManagedUser> ofAuthority(String divisionCode);
}
