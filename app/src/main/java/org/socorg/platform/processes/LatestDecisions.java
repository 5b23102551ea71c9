package org.socorg.platform.processes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.DecisionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.dmn.cmd.EvaluateDecisionCmd;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest version of a decision by key, as {@code DecisionService.evaluateDecisionByKey} does, without
 * asking the database for the latest version on every evaluation: Camunda's deployment cache knows definitions by
 * id only, so each by-key evaluation costs a {@code max(VERSION_)} query (two per establishment check). The key's
 * latest definition is kept here and dropped
 * <ul>
 *   <li>when this instance deploys a new decision (once the deployment commits, so no one caches the old version
 *       in between), or deletes one (it leaves Camunda's deployment cache, which every use consults);</li>
 *   <li>after {@code platform.rules.latest-definition-ttl} (default 5 s), which bounds how long another application
 *       instance sharing the database keeps evaluating the previous version after a deployment there.</li>
 * </ul>
 * Everything else is Camunda's own evaluation command: authorization checks, the user operation log and the
 * decision history (which the audit log seals) are the same as with {@code evaluateDecisionByKey}.
 */
@Component
public class LatestDecisions extends AbstractProcessEnginePlugin {

    private final Map<String, Latest> latest = new ConcurrentHashMap<>();
    /** Bumped by every invalidation; a lookup that raced with one does not store its (possibly old) answer. */
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private volatile ProcessEngineConfigurationImpl configuration;

    @Autowired
    LatestDecisions(@Value("${platform.rules.latest-definition-ttl:5s}") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** One that is no engine plugin, so deployments never reach it: what another application instance sees. */
    LatestDecisions(Duration ttl, ProcessEngineConfigurationImpl configuration) {
        this(ttl);
        this.configuration = configuration;
    }

    private record Latest(String definitionId, long since) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        List<Deployer> postDeployers = new ArrayList<>();
        if (configuration.getCustomPostDeployers() != null) {
            postDeployers.addAll(configuration.getCustomPostDeployers());
        }
        postDeployers.add(this::deployed);
        configuration.setCustomPostDeployers(postDeployers);
    }

    /** The latest deployed version of decision {@code key}, evaluated with these variables. */
    public DmnDecisionResult evaluate(String key, Map<String, Object> variables) {
        DecisionEvaluationBuilderImpl builder = (DecisionEvaluationBuilderImpl) DecisionEvaluationBuilderImpl
                .evaluateDecisionByKey(null, key).variables(variables);
        return configuration.getCommandExecutorTxRequired().execute(new EvaluateLatest(builder, key));
    }

    /** Forgets every key's latest definition: the next evaluation of each asks the database again. */
    public void invalidate() {
        generation.incrementAndGet();
        latest.clear();
    }

    private void deployed(DeploymentEntity deployment) {
        if (deployment.getDeployedArtifacts(DecisionDefinitionEntity.class) == null) {
            return;
        }
        invalidate();
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            // until the deployment commits, others still read the previous version as the latest: drop it again then
            context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, c -> invalidate());
        }
    }

    /** Camunda's evaluation command with the definition looked up here instead of by a query each time. */
    private final class EvaluateLatest extends EvaluateDecisionCmd {
        private final String key;

        EvaluateLatest(DecisionEvaluationBuilderImpl builder, String key) {
            super(builder);
            this.key = key;
        }

        @Override
        protected DecisionDefinition getDecisionDefinition(CommandContext commandContext) {
            var cache = commandContext.getProcessEngineConfiguration().getDeploymentCache();
            Latest known = latest.get(key);
            if (known != null && System.nanoTime() - known.since() < ttlNanos) {
                // still in the deployment cache: neither deleted nor evicted since
                DecisionDefinitionEntity definition = cache.findDecisionDefinitionFromCache(known.definitionId());
                if (definition != null) {
                    return definition;
                }
            }
            long before = generation.get();
            DecisionDefinition definition = super.getDecisionDefinition(commandContext);
            if (generation.get() == before) {
                latest.put(key, new Latest(definition.getId(), System.nanoTime()));
            }
            return definition;
        }
    }
}
