package org.socorg.platform.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before sending a browser to Keycloak to sign in, checks that Keycloak answers: otherwise the person would land
 * on the browser's own "cannot connect" page. They get a plain page saying what happened instead, and signing in
 * works again as soon as Keycloak is back (nothing is cached).
 */
class SignOnAvailability extends OncePerRequestFilter {

    private final String discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SignOnAvailability(String issuer) {
        this.discovery = issuer + "/.well-known/openid-configuration";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (reachable()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                <title>登录服务暂时无法访问 / Sign-on unavailable</title></head>
                <body style="font-family:sans-serif;max-width:40em;margin:4em auto">
                <h1>登录服务暂时无法访问</h1>
                <p>统一身份认证服务（Keycloak）暂时无法访问，现在无法登录。公开查询不受影响。请稍后<a href="/">返回首页</a>重试。</p>
                <h2>Sign-on is unavailable</h2>
                <p>The platform's sign-on service (Keycloak) cannot be reached, so signing in is not possible right now.
                The public query still works. Please <a href="/">go back</a> and try again in a moment.</p>
                </body></html>
                """.getBytes(StandardCharsets.UTF_8));
    }

    private boolean reachable() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
