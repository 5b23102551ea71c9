package org.socorg.platform.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.feel.FeelEngine;
import org.junit.jupiter.api.Test;

class ParseCachingFeelEngineTest {

    final ParseCachingFeelEngine engine = new ParseCachingFeelEngine(FeelEngine.defaultFunctionProvider(),
            FeelEngine.defaultValueMapper());

    @Test
    void parses_each_text_once_and_evaluates_it_against_each_context() {
        var first = engine.parseUnaryTests("starts with(?, \"中国\")");
        var second = engine.parseUnaryTests("starts with(?, \"中国\")");
        assertThat(second).isSameAs(first);
        assertThat(engine.cachedEntries()).isEqualTo(1);

        assertThat(engine.evalUnaryTests("< 50", Map.<String, Object>of("inputVariableName", "x", "x", 49)).toString())
                .contains("true");
        assertThat(engine.evalUnaryTests("< 50", Map.<String, Object>of("inputVariableName", "x", "x", 50)).toString())
                .contains("false");
        assertThat(engine.cachedEntries()).isEqualTo(2);
    }

    @Test
    void caches_expressions_apart_from_unary_tests_and_keeps_parse_failures() {
        assertThat(engine.parseExpression("1 + 1")).isSameAs(engine.parseExpression("1 + 1"));
        assertThat(engine.parseUnaryTests("< <").isLeft()).isTrue();
        assertThat(engine.parseUnaryTests("< <")).isSameAs(engine.parseUnaryTests("< <"));
    }
}
