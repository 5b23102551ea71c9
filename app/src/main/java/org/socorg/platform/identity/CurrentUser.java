package org.socorg.platform.identity;

import java.util.Optional;
import org.socorg.platform.shared.PlatformException;

/** The caller of the current request, if any. The only way features learn who is acting. */
public interface CurrentUser {

    Optional<Caller> get();

    /** The caller, or a 401 problem telling the person to sign in. */
    default Caller require() {
        return get().orElseThrow(() -> new PlatformException(PlatformException.Kind.NOT_AUTHENTICATED,
                "NOT_AUTHENTICATED", "请先登录（演示环境：在请求头 X-Demo-User 中填写演示用户，如 applicant1）",
                "Sign in first (demo: put a demo user such as applicant1 in the X-Demo-User header)"));
    }
}
