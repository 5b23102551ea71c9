package org.socorg.platform.processes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model on the classpath under {@code processes/} and {@code forms/} as one deployment named
 * {@value #DEPLOYMENT_NAME} as soon as the engine is built, before anything can start a process. With duplicate
 * filtering an unchanged set deploys nothing and a changed set deploys a new version of all of them, so forms and
 * processes of one version always travel together. Resource names are classpath-relative (e.g.
 * {@code processes/registration/registration-establishment.bpmn}), the same whether the platform runs from a jar or
 * from the build tree, so restarting with unchanged models creates no new versions. Replaces the starter's
 * auto-deployment, which names resources by absolute file path.
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "socorg-models";
    static final List<String> PATTERNS = List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
            "classpath*:forms/**/*.form");

    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try {
            deploy(engine.getRepositoryService());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the models to deploy", e);
        }
    }

    static Deployment deploy(RepositoryService repository) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        for (String pattern : PATTERNS) {
            resources.addAll(List.of(resolver.getResources(pattern)));
        }
        resources.sort(Comparator.comparing(ModelDeployment::relativeName));
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).source("classpath")
                .enableDuplicateFiltering(false);
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                builder.addString(relativeName(resource), new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        Deployment deployment = builder.deployWithResult();
        log.info("Deployed {} models as '{}' (id {})", resources.size(), DEPLOYMENT_NAME, deployment.getId());
        return deployment;
    }

    /** The path from {@code processes/} or {@code forms/} on: stable across jar and directory classpaths. */
    static String relativeName(Resource resource) {
        String url;
        try {
            url = resource.getURL().toString();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable model resource " + resource, e);
        }
        int at = Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/"));
        if (at < 0) {
            throw new IllegalStateException("Model outside processes/ or forms/: " + url);
        }
        return url.substring(at + 1);
    }
}
