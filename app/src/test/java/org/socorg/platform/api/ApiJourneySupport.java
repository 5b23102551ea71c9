package org.socorg.platform.api;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What every REST journey does: call the API over real HTTP as a DEMO user ({@code X-Demo-User}), or anonymously. */
abstract class ApiJourneySupport {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired TestRestTemplate http;

    ResponseEntity<Map<String, Object>> call(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (user != null) {
            headers.set("X-Demo-User", user);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), MAP);
    }
}
