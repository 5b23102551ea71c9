package org.socorg.platform.workbench.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelParseException;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.workbench.ModelKind;
import org.socorg.platform.workbench.ModelProblem;
import org.socorg.platform.workbench.ModelProblem.Severity;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Checks a model before it may be deployed: first what the engine itself would refuse (its own parser, so the
 * answer is the engine's, said in words a person understands), then the platform's rules for Camunda 7 models:
 * <ul>
 *   <li>{@code history-time-to-live}: every executable process has one (the engine refuses it otherwise);</li>
 *   <li>{@code gateway-default-flow}: every exclusive/inclusive gateway that branches has a default flow;</li>
 *   <li>{@code candidate-groups}: every user task is offered to groups that exist as roles or candidate groups,
 *       or assigned to someone;</li>
 *   <li>{@code form-exists}: every {@code camunda:formRef} names a deployed form (or one deployed with it);</li>
 *   <li>{@code delegate-bean}: every {@code ${bean}} delegate expression and every bean an expression calls
 *       exists in the platform.</li>
 * </ul>
 */
@Component
public class ModelChecks {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    /** Names an expression may start with that are not beans: the engine's own and process variables we set. */
    private static final Set<String> EXPRESSION_BUILTINS = Set.of("execution", "task", "authenticatedUserId",
            "applicantId", "applicationId", "divisionCode", "organizationName", "true", "false", "null", "not",
            "empty", "dateTime");

    private final ProcessEngineConfigurationImpl engine;
    private final ApplicationContext beans;
    private final ObjectMapper json;
    private final Set<String> knownGroups;

    ModelChecks(@Lazy ProcessEngineConfigurationImpl engine, ApplicationContext beans, ObjectMapper json) {
        this.engine = engine;
        this.beans = beans;
        this.json = json;
        this.knownGroups = constants(Groups.class);
        this.knownGroups.addAll(constants(Roles.class));
    }

    /** Known candidate groups: the platform's groups and its Keycloak roles. */
    public Set<String> knownGroups() {
        return Set.copyOf(knownGroups);
    }

    /**
     * @param formKeysAlongside form ids deployed together with this model (a draft set), which count as existing
     */
    public List<ModelProblem> check(ModelKind kind, String resourceName, String content, Set<String> formKeysAlongside) {
        return switch (kind) {
            case BPMN -> checkBpmn(resourceName, content, formKeysAlongside);
            case DMN -> checkDmn(content);
            case FORM -> checkForm(content);
        };
    }

    private List<ModelProblem> checkBpmn(String resourceName, String content, Set<String> formKeysAlongside) {
        List<ModelProblem> problems = new ArrayList<>(engineParse(resourceName, content));
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (ModelParseException e) {
            if (problems.isEmpty()) {
                problems.add(error("engine", null, "模型不是有效的 BPMN 2.0 XML：" + rootCause(e),
                        "The model is not valid BPMN 2.0 XML: " + rootCause(e)));
            }
            return problems;
        }
        for (org.camunda.bpm.model.bpmn.instance.Process process
                : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
            if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
                problems.add(error("history-time-to-live", process.getId(),
                        "流程 " + process.getId() + " 未设置历史保留期限（historyTimeToLive）",
                        "Process " + process.getId() + " has no history time to live (historyTimeToLive)"));
            }
        }
        List<FlowNode> gateways = new ArrayList<>(model.getModelElementsByType(ExclusiveGateway.class));
        gateways.addAll(model.getModelElementsByType(InclusiveGateway.class));
        for (FlowNode gateway : gateways) {
            // by sourceRef: a model need not list a node's <outgoing> references, the engine follows sourceRef
            List<SequenceFlow> outgoing = model.getModelElementsByType(SequenceFlow.class).stream()
                    .filter(flow -> flow.getSource() == gateway).toList();
            if (outgoing.size() > 1 && defaultFlow(gateway) == null) {
                problems.add(error("gateway-default-flow", gateway.getId(),
                        "网关“" + label(gateway) + "”有多条出口，但没有默认出口",
                        "Gateway " + label(gateway) + " branches but has no default flow"));
            }
            for (SequenceFlow flow : outgoing) {
                if (outgoing.size() > 1 && blank(flow.getName())) {
                    problems.add(warning("gateway-flow-named", flow.getId(),
                            "网关“" + label(gateway) + "”的出口 " + flow.getId() + " 没有名称",
                            "Flow " + flow.getId() + " leaving gateway " + label(gateway) + " has no name"));
                }
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkUserTask(task, formKeysAlongside, problems);
        }
        checkExpressions(model, problems);
        return problems;
    }

    private void checkUserTask(UserTask task, Set<String> formKeysAlongside, List<ModelProblem> problems) {
        String groups = task.getCamundaCandidateGroups();
        boolean assigned = !blank(task.getCamundaAssignee()) || !blank(task.getCamundaCandidateUsers());
        if (blank(groups) && !assigned) {
            problems.add(error("candidate-groups", task.getId(),
                    "用户任务“" + label(task) + "”既没有候选组也没有办理人，没有人能看到它",
                    "User task " + label(task) + " has neither candidate groups nor an assignee: nobody would see it"));
        } else if (!blank(groups) && !groups.contains("${")) {
            for (String group : groups.split(",")) {
                String name = group.trim();
                if (!name.isEmpty() && !knownGroups.contains(name)) {
                    problems.add(error("candidate-groups", task.getId(),
                            "用户任务“" + label(task) + "”的候选组 " + name + " 不是平台的角色或候选组",
                            "User task " + label(task) + " is offered to " + name
                                    + ", which is not a role or candidate group of the platform"));
                }
            }
        }
        String formRef = task.getAttributeValueNs(CAMUNDA_NS, "formRef");
        if (!blank(formRef) && !formRef.contains("${") && !formKeysAlongside.contains(formRef) && !formDeployed(formRef)) {
            problems.add(error("form-exists", task.getId(),
                    "用户任务“" + label(task) + "”引用的表单 " + formRef + " 尚未部署",
                    "User task " + label(task) + " refers to form " + formRef + ", which is not deployed"));
        }
    }

    /** Delegate expressions and every expression's leading bean name must resolve in the platform. */
    private void checkExpressions(BpmnModelInstance model, List<ModelProblem> problems) {
        Set<String> reported = new HashSet<>();
        for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
            BaseElement base = (BaseElement) element;
            for (String attribute : List.of("delegateExpression", "expression")) {
                String value = base.getAttributeValueNs(CAMUNDA_NS, attribute);
                beanReferences(value).forEach(bean -> reportMissingBean(base.getId(), bean, problems, reported));
            }
            String className = base.getAttributeValueNs(CAMUNDA_NS, "class");
            if (!blank(className) && !classExists(className)) {
                problems.add(error("delegate-bean", base.getId(), "元素 " + base.getId() + " 引用的类不存在：" + className,
                        "Element " + base.getId() + " names a class that does not exist: " + className));
            }
            DomElement dom = base.getDomElement();
            collectListenerAndTimerExpressions(dom, base.getId(), problems, reported);
        }
    }

    private void collectListenerAndTimerExpressions(DomElement dom, String elementId, List<ModelProblem> problems,
            Set<String> reported) {
        for (DomElement child : dom.getChildElements()) {
            String local = child.getLocalName();
            if (("executionListener".equals(local) || "taskListener".equals(local))
                    && CAMUNDA_NS.equals(child.getNamespaceURI())) {
                beanReferences(child.getAttribute("expression"))
                        .forEach(b -> reportMissingBean(elementId, b, problems, reported));
                beanReferences(child.getAttribute("delegateExpression"))
                        .forEach(b -> reportMissingBean(elementId, b, problems, reported));
            }
            if ("extensionElements".equals(local) || "timerEventDefinition".equals(local)) {
                collectListenerAndTimerExpressions(child, elementId, problems, reported);
            }
            if ("timeDate".equals(local) || "timeDuration".equals(local) || "timeCycle".equals(local)) {
                beanReferences(child.getTextContent()).forEach(b -> reportMissingBean(elementId, b, problems, reported));
            }
        }
    }

    private void reportMissingBean(String elementId, String bean, List<ModelProblem> problems, Set<String> reported) {
        if (EXPRESSION_BUILTINS.contains(bean) || beans.containsBean(bean) || !reported.add(elementId + "/" + bean)) {
            return;
        }
        problems.add(error("delegate-bean", elementId, "元素 " + elementId + " 的表达式引用了不存在的组件 " + bean,
                "Element " + elementId + " uses " + bean + ", which is not a component of the platform"));
    }

    static Set<String> beanReferences(String expression) {
        Set<String> names = new LinkedHashSet<>();
        if (expression == null) {
            return names;
        }
        Matcher m = BEAN_REFERENCE.matcher(expression);
        while (m.find()) {
            // ${name} alone or ${name.method(...)}: only then is the name a bean (a bare variable also matches
            // ${name}; delegate expressions are always beans, so both count)
            names.add(m.group(1));
        }
        return names;
    }

    private List<ModelProblem> engineParse(String resourceName, String content) {
        try {
            engine.getCommandExecutorTxRequired().execute(commandContext -> {
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("workbench-check");
                bpmnParser().createParse().sourceString(content).deployment(deployment)
                        .name(resourceName).execute();
                return null;
            });
            return List.of();
        } catch (ParseException e) {
            List<ModelProblem> problems = new ArrayList<>();
            for (ResourceReport report : e.getResorceReports()) {
                for (Problem p : report.getErrors()) {
                    problems.add(error("engine", p.getMainElementId(), engineMessageZh(p), engineMessageEn(p)));
                }
            }
            if (problems.isEmpty()) {
                problems.add(error("engine", null, "流程引擎无法解析该模型：" + e.getMessage(),
                        "The process engine cannot parse the model: " + e.getMessage()));
            }
            return problems;
        } catch (RuntimeException e) {
            return List.of(error("engine", null, "流程引擎无法解析该模型：" + rootCause(e),
                    "The process engine cannot parse the model: " + rootCause(e)));
        }
    }

    /** The engine's own parser, with the parse listeners it deploys with. */
    private org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser bpmnParser() {
        return engine.getDeployers().stream()
                .filter(d -> d instanceof org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer)
                .map(d -> ((org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer) d).getBpmnParser())
                .findFirst().orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
    }

    private static String engineMessageEn(Problem p) {
        return "The process engine refuses this model" + (p.getLine() > 0 ? " (line " + p.getLine() + ")" : "")
                + ": " + plain(p.getMessage());
    }

    private static String engineMessageZh(Problem p) {
        return "流程引擎拒绝该模型" + (p.getLine() > 0 ? "（第 " + p.getLine() + " 行）" : "") + "：" + plain(p.getMessage());
    }

    /** The engine's message without its ENGINE-xxxxx code and element suffix noise. */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        // the engine's parser reports a missing reference as the null pointer it ran into: say what is missing
        Matcher missing = Pattern.compile("because \"(\\w+)\" is null").matcher(message);
        if (message.contains("Cannot invoke") && missing.find()) {
            String what = missing.group(1).replace("Definition", " definition");
            return "an element refers to a " + what + " that the model does not define"
                    + (what.startsWith("message") ? " (a message event without messageRef)" : "");
        }
        return message.replaceAll("ENGINE-\\d+\\s*", "").replaceAll("\\s*\\|\\s*[^|]*\\.bpmn\\s*\\|.*$", "").trim();
    }

    private List<ModelProblem> checkDmn(String content) {
        try {
            // inside a command: the engine's DMN transform reads its configuration from the command context
            // (history time to live), and refuses every decision without one
            engine.getCommandExecutorTxRequired().execute(commandContext -> engine.getDmnEngine()
                    .parseDecisionRequirementsGraph(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
            return List.of();
        } catch (RuntimeException e) {
            return List.of(error("engine", null, "决策引擎无法解析该决策表：" + plainDmn(rootCause(e)),
                    "The decision engine cannot parse the decision table: " + plainDmn(rootCause(e))));
        }
    }

    private static String plainDmn(String message) {
        return message.replaceAll("DMN-\\d+\\s*", "").trim();
    }

    private List<ModelProblem> checkForm(String content) {
        JsonNode form;
        try {
            form = json.readTree(content);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of(error("form-json", null, "表单不是有效的 JSON：" + e.getOriginalMessage(),
                    "The form is not valid JSON: " + e.getOriginalMessage()));
        }
        List<ModelProblem> problems = new ArrayList<>();
        if (!form.isObject() || blank(form.path("id").asText(null))) {
            problems.add(error("form-id", null, "表单缺少 id（表单键）", "The form has no id (its form key)"));
        }
        if (!form.path("components").isArray()) {
            problems.add(error("form-components", null, "表单缺少 components 数组", "The form has no components array"));
            return problems;
        }
        Set<String> keys = new HashSet<>();
        collectKeys(form.path("components"), keys, problems);
        return problems;
    }

    private static void collectKeys(JsonNode components, Set<String> keys, List<ModelProblem> problems) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            if (key != null && !keys.add(key)) {
                problems.add(error("form-unique-keys", component.path("id").asText(null),
                        "表单字段键 " + key + " 重复", "The field key " + key + " is used twice"));
            }
            if (component.path("components").isArray()) {
                collectKeys(component.path("components"), keys, problems);
            }
        }
    }

    /** The form id a form file declares, or null. */
    public String formKey(String content) {
        try {
            return json.readTree(content).path("id").asText(null);
        } catch (Exception e) {
            return null;
        }
    }

    private boolean formDeployed(String key) {
        return engine.getCommandExecutorTxRequired().execute(commandContext ->
                commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key) != null);
    }

    private static SequenceFlow defaultFlow(FlowNode gateway) {
        if (gateway instanceof ExclusiveGateway exclusive) {
            return exclusive.getDefault();
        }
        return ((InclusiveGateway) gateway).getDefault();
    }

    private boolean classExists(String className) {
        try {
            Class.forName(className, false, beans.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Set<String> constants(Class<?> holder) {
        Set<String> values = new HashSet<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    private static String label(FlowNode node) {
        return blank(node.getName()) ? node.getId() : node.getName();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static ModelProblem error(String rule, String elementId, String zh, String en) {
        return new ModelProblem(Severity.ERROR, rule, elementId, zh, en);
    }

    private static ModelProblem warning(String rule, String elementId, String zh, String en) {
        return new ModelProblem(Severity.WARNING, rule, elementId, zh, en);
    }
}
