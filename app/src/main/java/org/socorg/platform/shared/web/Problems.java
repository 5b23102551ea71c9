package org.socorg.platform.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The platform's RFC 9457 problem details in one place: a stable {@code code}, the message in Chinese
 * ({@code detailZh}) and English ({@code detailEn}), and {@code detail} in the language the caller asked for.
 * Used by the MVC advice and by the security filters, which answer before any controller runs.
 */
public final class Problems {

    static final String TYPE_BASE = "https://socorg.example/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String zh, String en, String instance,
            String acceptLanguage) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        fill(pd, code, zh, en, instance, acceptLanguage);
        return pd;
    }

    static void fill(ProblemDetail pd, String code, String zh, String en, String instance, String acceptLanguage) {
        pd.setType(URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        pd.setTitle(code);
        // Chinese unless the caller prefers English: the authority's working language comes first.
        boolean english = acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en");
        pd.setDetail(english ? en : zh);
        pd.setProperty("code", code);
        pd.setProperty("detailZh", zh);
        pd.setProperty("detailEn", en);
        if (instance != null && !instance.isBlank()) {
            pd.setInstance(URI.create(instance));
        }
    }

    /** Writes a problem straight to the response, for filters that answer before Spring MVC. */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String zh, String en) throws IOException {
        ProblemDetail pd = of(status, code, zh, en, request.getRequestURI(),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", pd.getType().toString());
        body.put("title", pd.getTitle());
        body.put("status", pd.getStatus());
        body.put("detail", pd.getDetail());
        if (pd.getInstance() != null) {
            body.put("instance", pd.getInstance().toString());
        }
        if (pd.getProperties() != null) {
            body.putAll(pd.getProperties());
        }
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), body);
    }
}
