package org.socorg.auditlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void canonical_form_sorts_keys_by_utf16_units_and_drops_whitespace() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1L);
        map.put("a", List.of("x", true));
        map.put("\u20ac", "euro");
        map.put("\r", "cr");
        map.put("\ud83d\ude00", "emoji");
        map.put("1", null);
        // RFC 8785 §3.2.3 orders by UTF-16 code units: "\r" < "1" < "a" < "b" < "€" < "😀" (surrogates D83D > 20AC? no: 20AC < D83D)
        assertThat(Json.canonical(map)).isEqualTo(
                "{\"\\r\":\"cr\",\"1\":null,\"a\":[\"x\",true],\"b\":1,\"\u20ac\":\"euro\",\"\ud83d\ude00\":\"emoji\"}");
    }

    @Test
    void strings_are_escaped_as_ecmascript_does() {
        assertThat(Json.canonical("\"\\\b\f\n\r\t\u0001\u001f/\u00e9\u4e2d")).isEqualTo(
                "\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f/\u00e9\u4e2d\"");
        assertThat(Json.canonical("\ud800")).isEqualTo("\"\\ud800\"");
    }

    @Test
    void parse_then_canonical_round_trips_and_normalises() {
        String canonical = "{\"a\":[1,-2,{\"z\":\"\u4e2d\\n\"}],\"b\":false}";
        assertThat(Json.canonical(Json.parse(canonical))).isEqualTo(canonical);
        assertThat(Json.canonical(Json.parse(" { \"b\" : false , \"a\" : [ 1 , -2, {\"z\":\"\\u4e2d\\n\"} ] } ")))
                .isEqualTo(canonical);
    }

    @Test
    void refuses_broken_text_with_the_position() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,}")).hasMessageContaining("character 7");
        assertThatThrownBy(() -> Json.parse("{\"a\":1}x")).hasMessageContaining("after the JSON value");
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate key 'a'");
        assertThatThrownBy(() -> Json.parse("\"abc")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> Json.parse("\"a\u0001\"")).hasMessageContaining("control character");
    }

    @Test
    void refuses_to_write_non_integral_numbers() {
        assertThatThrownBy(() -> Json.canonical(Map.of("x", 1.5))).hasMessageContaining("as strings");
        assertThat(Json.parse("1.5")).isEqualTo(new BigDecimal("1.5"));
    }
}
