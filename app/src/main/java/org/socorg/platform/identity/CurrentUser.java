package org.socorg.platform.identity;

import java.util.Optional;
import org.socorg.platform.shared.PlatformException;

/** The caller of the current request, if any. The only way features learn who is acting. */
public interface CurrentUser {

    Optional<Caller> get();

    /** The caller, or a 401 problem telling the person to sign in. */
    default Caller require() {
        return get().orElseThrow(() -> new PlatformException(PlatformException.Kind.NOT_AUTHENTICATED,
                "NOT_AUTHENTICATED", "请先登录：在请求头 Authorization 中携带统一身份认证（Keycloak）签发的 Bearer 令牌",
                "Sign in first: send a bearer token issued by the platform's sign-on (Keycloak) in the Authorization header"));
    }
}
