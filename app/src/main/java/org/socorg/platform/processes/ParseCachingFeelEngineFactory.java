package org.socorg.platform.processes;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.feel.valuemapper.ValueMapper;

/** Camunda's own Scala FEEL integration, built on a {@link ParseCachingFeelEngine}. */
public final class ParseCachingFeelEngineFactory implements FeelEngineFactory {

    @Override
    public FeelEngine createInstance() {
        return new ScalaFeelEngine(List.of()) {
            @Override
            protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                    ValueMapper.CompositeValueMapper valueMapper) {
                return new ParseCachingFeelEngine(functions, valueMapper);
            }
        };
    }
}
