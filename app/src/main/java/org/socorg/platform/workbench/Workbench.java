package org.socorg.platform.workbench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.workbench.internal.DraftMapper;
import org.socorg.platform.workbench.internal.ModelChecks;
import org.socorg.platform.workbench.internal.ModelDiffer;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analyst workbench's models and drafts: every deployed version, its source, checks, drafts with a second
 * analyst's review (four-eyes), and deployment of an approved draft as a new version. Every deployment is sealed
 * in the audit log by the engine plugin ({@code deployment.created}), naming the approving analyst.
 */
@Service
public class Workbench {

    /** A model file larger than this is refused (the largest shipped model is about 30 KB). */
    static final int MAX_MODEL_CHARS = 2_000_000;
    static final String DEPLOYMENT_NAME = "workbench";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final DraftMapper drafts;
    private final ModelChecks checks;
    private final ModelDiffer differ;

    Workbench(@Lazy RepositoryService repository, @Lazy RuntimeService runtime, @Lazy IdentityService identity,
            @Lazy ProcessEngineConfigurationImpl engine, DraftMapper drafts, ModelChecks checks, ModelDiffer differ) {
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.engine = engine;
        this.drafts = drafts;
        this.checks = checks;
        this.differ = differ;
    }

    /** @throws PlatformException 403 unless the caller is an analyst */
    public static void requireAnalyst(Caller caller) {
        if (!caller.inGroup(Roles.ANALYST) && !caller.inGroup(Groups.ANALYSTS)) {
            throw PlatformException.forbidden("只有业务分析人员可以使用分析工作台",
                    "Only analysts may use the analyst workbench");
        }
    }

    /** Every deployed version of every process, decision and form, newest version first within each key. */
    @Transactional(readOnly = true)
    public List<DeployedModel> models(Caller caller) {
        requireAnalyst(caller);
        Map<String, DraftMapper.DeploymentRecord> byWorkbench = new HashMap<>();
        drafts.deployments().forEach(d -> byWorkbench.put(d.deploymentId(), d));
        Map<String, Deployment> deployments = new HashMap<>();
        repository.createDeploymentQuery().list().forEach(d -> deployments.put(d.getId(), d));
        Map<String, Long> running = new HashMap<>();
        List<DeployedModel> models = new ArrayList<>();
        for (ProcessDefinition p : repository.createProcessDefinitionQuery().list()) {
            long count = running.computeIfAbsent(p.getId(),
                    id -> runtime.createProcessInstanceQuery().processDefinitionId(id).count());
            models.add(model(ModelKind.BPMN, p.getKey(), p.getName(), p.getId(), p.getVersion(), p.getResourceName(),
                    p.getDeploymentId(), deployments, byWorkbench, count));
        }
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery().list()) {
            models.add(model(ModelKind.DMN, d.getKey(), d.getName(), d.getId(), d.getVersion(), d.getResourceName(),
                    d.getDeploymentId(), deployments, byWorkbench, 0));
        }
        for (Deployment deployment : deployments.values()) {
            for (CamundaFormDefinitionEntity f : forms(deployment.getId())) {
                models.add(model(ModelKind.FORM, f.getKey(), f.getKey(), f.getId(), f.getVersion(),
                        f.getResourceName(), f.getDeploymentId(), deployments, byWorkbench, 0));
            }
        }
        models.sort(Comparator.comparing(DeployedModel::kind).thenComparing(DeployedModel::key)
                .thenComparing(Comparator.comparingInt(DeployedModel::version).reversed()));
        return models;
    }

    private static DeployedModel model(ModelKind kind, String key, String name, String id, int version,
            String resourceName, String deploymentId, Map<String, Deployment> deployments,
            Map<String, DraftMapper.DeploymentRecord> byWorkbench, long running) {
        Deployment deployment = deployments.get(deploymentId);
        DraftMapper.DeploymentRecord record = byWorkbench.get(deploymentId);
        return new DeployedModel(kind, key, name, id, version, resourceName, deploymentId,
                deployment == null || deployment.getDeploymentTime() == null ? null
                        : deployment.getDeploymentTime().toInstant(),
                record == null ? "system" : record.author(), record == null ? null : record.approvedBy(), running);
    }

    private List<CamundaFormDefinitionEntity> forms(String deploymentId) {
        return engine.getCommandExecutorTxRequired().execute(commandContext ->
                commandContext.getCamundaFormDefinitionManager().findDefinitionsByDeploymentId(deploymentId));
    }

    /** The source of one deployed version, as Camunda Modeler opens it. */
    @Transactional(readOnly = true)
    public ModelSource source(Caller caller, String definitionId) {
        requireAnalyst(caller);
        return deployedSource(definitionId);
    }

    /** A deployed version's file. */
    public record ModelSource(ModelKind kind, String key, String definitionId, String resourceName, String content) {
    }

    private ModelSource deployedSource(String definitionId) {
        ProcessDefinition process = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .singleResult();
        if (process != null) {
            return new ModelSource(ModelKind.BPMN, process.getKey(), process.getId(), process.getResourceName(),
                    read(repository.getProcessModel(process.getId())));
        }
        DecisionDefinition decision = repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId)
                .singleResult();
        if (decision != null) {
            return new ModelSource(ModelKind.DMN, decision.getKey(), decision.getId(), decision.getResourceName(),
                    read(repository.getDecisionModel(decision.getId())));
        }
        CamundaFormDefinitionEntity form = engine.getCommandExecutorTxRequired().execute(commandContext ->
                commandContext.getCamundaFormDefinitionManager().findLatestDefinitionById(definitionId));
        if (form != null) {
            return new ModelSource(ModelKind.FORM, form.getKey(), form.getId(), form.getResourceName(),
                    read(repository.getResourceAsStream(form.getDeploymentId(), form.getResourceName())));
        }
        throw PlatformException.notFound("已部署的模型版本", "deployed model version", definitionId);
    }

    /** Checks a model without storing anything: the engine's refusals and the platform's rules. */
    public List<ModelProblem> check(Caller caller, String fileName, String content) {
        requireAnalyst(caller);
        requireContent(content);
        return checks.check(ModelKind.ofFileName(fileName), fileName, content, Set.of());
    }

    /**
     * Starts a draft: an edited deployed version ({@code baseDefinitionId}) or an imported file. An imported file
     * of a model that is deployed already becomes a draft of its latest version, so the reviewer sees the diff.
     */
    @Transactional
    public ModelDraft createDraft(Caller caller, String fileName, String content, String baseDefinitionId) {
        requireAnalyst(caller);
        requireContent(content);
        String resourceName;
        ModelKind kind;
        String base = null;
        if (baseDefinitionId != null && !baseDefinitionId.isBlank()) {
            ModelSource source = deployedSource(baseDefinitionId);
            resourceName = source.resourceName();
            kind = source.kind();
            base = source.definitionId();
            if (fileName != null && !fileName.isBlank() && ModelKind.ofFileName(fileName) != kind) {
                throw PlatformException.invalid("MODEL_KIND_MISMATCH", "文件类型与所修改的模型不符：" + fileName,
                        "The file is not of the same kind as the model it changes: " + fileName);
            }
        } else {
            kind = ModelKind.ofFileName(fileName);
            resourceName = safeResourceName(fileName, kind);
        }
        String key = modelKey(kind, content);
        if (base == null && key != null) {
            base = latestDefinitionId(kind, key);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ModelDraft draft = new ModelDraft(UUID.randomUUID().toString(), resourceName, kind, key, content, base,
                DraftStatus.DRAFT, caller.id(), null, null, null, now, now);
        drafts.insert(draft);
        return draft;
    }

    @Transactional(readOnly = true)
    public List<ModelDraft> drafts(Caller caller, DraftStatus status) {
        requireAnalyst(caller);
        return drafts.list(status);
    }

    @Transactional(readOnly = true)
    public ModelDraft draft(Caller caller, String id) {
        requireAnalyst(caller);
        return require(id);
    }

    /** The author edits a draft (or a rejected one) before review. */
    @Transactional
    public ModelDraft updateDraft(Caller caller, String id, String content) {
        requireAnalyst(caller);
        requireContent(content);
        ModelDraft draft = drafts.findForUpdate(id);
        if (draft == null) {
            throw PlatformException.notFound("草稿", "draft", id);
        }
        requireAuthor(caller, draft, "修改");
        if (draft.status() != DraftStatus.DRAFT && draft.status() != DraftStatus.REJECTED) {
            throw wrongState(draft, "修改", "edited");
        }
        ModelDraft updated = new ModelDraft(draft.id(), draft.resourceName(), draft.kind(),
                modelKey(draft.kind(), content), content, draft.baseDefinitionId(), DraftStatus.DRAFT, draft.author(),
                null, draft.reviewComment(), null, draft.createdAt(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        drafts.update(updated, draft.status());
        return updated;
    }

    /** The author asks for review; a draft with errors cannot be submitted (the problems are in the answer). */
    @Transactional
    public ModelDraft submit(Caller caller, String id) {
        requireAnalyst(caller);
        ModelDraft draft = lock(id);
        requireAuthor(caller, draft, "提交");
        if (draft.status() != DraftStatus.DRAFT && draft.status() != DraftStatus.REJECTED) {
            throw wrongState(draft, "提交审核", "submitted for review");
        }
        refuseIfErrors(draft);
        ModelDraft submitted = withStatus(draft, DraftStatus.IN_REVIEW, null, null, null);
        drafts.update(submitted, draft.status());
        return submitted;
    }

    /** What the draft changes against the version it is based on (everything is added for a new model). */
    @Transactional(readOnly = true)
    public List<ElementChange> diff(Caller caller, String id) {
        requireAnalyst(caller);
        ModelDraft draft = require(id);
        String before = draft.baseDefinitionId() == null ? emptyModel(draft.kind())
                : deployedSource(draft.baseDefinitionId()).content();
        return differ.diff(draft.kind(), before, draft.content());
    }

    /**
     * The semantic difference between any two versions of a model, as the reviewer's diff computes it (diagram
     * layout left out, schema defaults equal to their absence): for an editor to prove it keeps a model's meaning.
     */
    public List<ElementChange> compare(Caller caller, ModelKind kind, String before, String after) {
        requireAnalyst(caller);
        requireContent(before);
        requireContent(after);
        return differ.diff(kind, before, after);
    }

    /**
     * A second analyst approves: the draft deploys as a new version. The author cannot approve their own draft.
     *
     * @throws PlatformException 403 {@code FOUR_EYES} for the author, 409 when not in review or when the check finds
     *         errors now, 400 with the engine's reason in words when the engine refuses the model
     */
    @Transactional
    public ModelDraft approve(Caller caller, String id, String comment) {
        requireAnalyst(caller);
        ModelDraft draft = lock(id);
        if (caller.id().equals(draft.author())) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "FOUR_EYES",
                    "不能审核通过自己起草的模型：须由另一名业务分析人员审核",
                    "You cannot approve your own draft: a second analyst must review it");
        }
        if (draft.status() != DraftStatus.IN_REVIEW) {
            throw wrongState(draft, "审核", "approved");
        }
        refuseIfErrors(draft);
        Deployment deployment = deploy(caller, draft);
        drafts.insertDeployment(deployment.getId(), draft.id(), draft.author(), caller.id(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        ModelDraft deployed = withStatus(draft, DraftStatus.DEPLOYED, caller.id(), comment, deployment.getId());
        drafts.update(deployed, DraftStatus.IN_REVIEW);
        return deployed;
    }

    /** The reviewer sends the draft back with reasons. */
    @Transactional
    public ModelDraft reject(Caller caller, String id, String comment) {
        requireAnalyst(caller);
        if (comment == null || comment.isBlank()) {
            throw PlatformException.invalid("COMMENT_REQUIRED", "退回修改须说明理由", "Say why the draft is sent back");
        }
        ModelDraft draft = lock(id);
        if (caller.id().equals(draft.author())) {
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, "FOUR_EYES",
                    "不能审核自己起草的模型", "You cannot review your own draft");
        }
        if (draft.status() != DraftStatus.IN_REVIEW) {
            throw wrongState(draft, "退回", "sent back");
        }
        ModelDraft rejected = withStatus(draft, DraftStatus.REJECTED, caller.id(), comment, null);
        drafts.update(rejected, DraftStatus.IN_REVIEW);
        return rejected;
    }

    private Deployment deploy(Caller caller, ModelDraft draft) {
        // the engine, and the audit log sealing the deployment, learn who approved it from its authentication
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.id(), List.copyOf(caller.groups()));
        try {
            return repository.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME + ":" + draft.id())
                    .addInputStream(draft.resourceName(),
                            new ByteArrayInputStream(draft.content().getBytes(StandardCharsets.UTF_8)))
                    .deployWithResult();
        } catch (ParseException e) {
            throw PlatformException.invalid("ENGINE_REFUSED_MODEL", "流程引擎拒绝部署该模型：" + e.getMessage(),
                    "The process engine refuses to deploy the model: " + e.getMessage());
        } catch (ProcessEngineException e) {
            throw PlatformException.invalid("ENGINE_REFUSED_MODEL", "流程引擎拒绝部署该模型：" + e.getMessage(),
                    "The process engine refuses to deploy the model: " + e.getMessage());
        } finally {
            identity.setAuthentication(previous);
        }
    }

    private void refuseIfErrors(ModelDraft draft) {
        Set<String> alongside = new HashSet<>();
        if (draft.kind() == ModelKind.FORM && draft.modelKey() != null) {
            alongside.add(draft.modelKey());
        }
        List<ModelProblem> errors = checks.check(draft.kind(), draft.resourceName(), draft.content(), alongside)
                .stream().filter(ModelProblem::isError).toList();
        if (!errors.isEmpty()) {
            List<Map<String, Object>> listed = errors.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", p.rule());
                m.put("elementId", p.elementId());
                m.put("messageZh", p.messageZh());
                m.put("messageEn", p.messageEn());
                return m;
            }).toList();
            throw new PlatformException(PlatformException.Kind.CONFLICT, "MODEL_HAS_ERRORS",
                    "模型有 " + errors.size() + " 个问题，须先改正：" + errors.get(0).messageZh(),
                    "The model has " + errors.size() + " problem(s) to correct first: " + errors.get(0).messageEn(),
                    Map.of("problems", listed));
        }
    }

    private ModelDraft require(String id) {
        ModelDraft draft = drafts.find(id);
        if (draft == null) {
            throw PlatformException.notFound("草稿", "draft", id);
        }
        return draft;
    }

    private ModelDraft lock(String id) {
        ModelDraft draft = drafts.findForUpdate(id);
        if (draft == null) {
            throw PlatformException.notFound("草稿", "draft", id);
        }
        return draft;
    }

    private static void requireAuthor(Caller caller, ModelDraft draft, String actionZh) {
        if (!caller.id().equals(draft.author())) {
            throw PlatformException.forbidden("只有起草人可以" + actionZh + "该草稿",
                    "Only the draft's author may do this");
        }
    }

    private static PlatformException wrongState(ModelDraft draft, String actionZh, String actionEn) {
        return PlatformException.conflict("DRAFT_WRONG_STATE",
                "草稿当前状态为 " + draft.status() + "，不能" + actionZh,
                "The draft is " + draft.status() + " and cannot be " + actionEn);
    }

    private static ModelDraft withStatus(ModelDraft d, DraftStatus status, String reviewer, String comment,
            String deploymentId) {
        return new ModelDraft(d.id(), d.resourceName(), d.kind(), d.modelKey(), d.content(), d.baseDefinitionId(),
                status, d.author(), reviewer, comment, deploymentId, d.createdAt(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static void requireContent(String content) {
        if (content == null || content.isBlank()) {
            throw PlatformException.invalid("MODEL_EMPTY", "模型内容为空", "The model is empty");
        }
        if (content.length() > MAX_MODEL_CHARS) {
            throw PlatformException.invalid("MODEL_TOO_LARGE", "模型文件过大（上限 2,000,000 字符）",
                    "The model file is too large (at most 2,000,000 characters)");
        }
    }

    /** A plain file name under the folder of its kind: no paths a caller could use to shadow another resource. */
    static String safeResourceName(String fileName, ModelKind kind) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (!base.matches("[\\p{L}\\p{N}._-]{1,120}")) {
            throw PlatformException.invalid("BAD_FILE_NAME", "文件名只能包含文字、数字、点、下划线和连字符：" + fileName,
                    "A file name may hold only letters, digits, dots, underscores and hyphens: " + fileName);
        }
        return (kind == ModelKind.FORM ? "forms/workbench/" : "processes/workbench/") + base;
    }

    /** The process/decision/form id the model declares first. */
    private String modelKey(ModelKind kind, String content) {
        if (kind == ModelKind.FORM) {
            return checks.formKey(content);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(kind == ModelKind.BPMN
                ? "<(?:\\w+:)?process\\b[^>]*?\\bid=\"([^\"]+)\"" : "<(?:\\w+:)?decision\\b[^>]*?\\bid=\"([^\"]+)\"")
                .matcher(content);
        return m.find() ? m.group(1) : null;
    }

    private String latestDefinitionId(ModelKind kind, String key) {
        return switch (kind) {
            case BPMN -> {
                ProcessDefinition p = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                        .latestVersion().singleResult();
                yield p == null ? null : p.getId();
            }
            case DMN -> {
                DecisionDefinition d = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                        .latestVersion().singleResult();
                yield d == null ? null : d.getId();
            }
            case FORM -> {
                CamundaFormDefinitionEntity f = engine.getCommandExecutorTxRequired().execute(commandContext ->
                        commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key));
                yield f == null ? null : f.getId();
            }
        };
    }

    private static String emptyModel(ModelKind kind) {
        return kind == ModelKind.FORM ? "{\"components\":[]}" : "<empty id=\"\"/>";
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read a deployed model", e);
        }
    }
}
