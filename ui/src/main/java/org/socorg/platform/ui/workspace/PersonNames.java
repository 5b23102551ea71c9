package org.socorg.platform.ui.workspace;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.socorg.platform.identity.ManagedUser;
import org.socorg.platform.identity.UserDirectory;
import org.socorg.platform.shared.PlatformException;

/**
 * The names people see for the user names a case history or an inbox holds (李四 rather than {@code official1}).
 * Asks the directory once per user name for the life of one view; someone the directory no longer knows, or a
 * directory that cannot be asked, is "a staff member" — the page shows no login names either way.
 */
final class PersonNames {

    private final Function<String, Optional<ManagedUser>> directory;
    private final Map<String, Optional<String>> known = new HashMap<>();

    /** @param directory {@link UserDirectory#find}, or a stand-in for it */
    PersonNames(Function<String, Optional<ManagedUser>> directory) {
        this.directory = directory;
    }

    /** The person's display name, or empty when there is no one of that user name to name. */
    Optional<String> of(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return known.computeIfAbsent(username, this::lookUp);
    }

    private Optional<String> lookUp(String username) {
        try {
            return directory.apply(username).map(ManagedUser::displayName);
        } catch (PlatformException unavailable) {
            // the sign-on service is down: the history still shows, naming no one
            return Optional.empty();
        }
    }
}
