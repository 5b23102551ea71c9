package org.socorg.platform.workbench.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.workbench.ElementChange;
import org.socorg.platform.workbench.ElementChange.Change;
import org.socorg.platform.workbench.ModelKind;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The semantic difference between two versions of a model, element by element (matched by id), for the reviewer:
 * what was added, removed, and which attributes or contents of an element changed. Diagram layout (BPMN DI,
 * DMN DI) is not semantic and is left out. Forms are compared by their components' keys.
 */
@Component
public class ModelDiffer {

    private static final List<String> LAYOUT_NAMESPACES = List.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DMNDI/",
            "https://www.omg.org/spec/DMN/20191111/DI/", "http://www.omg.org/spec/DMN/20180521/DI/",
            "http://www.omg.org/spec/DMN/20180521/DC/", "https://www.omg.org/spec/DMN/20191111/DC/");

    /**
     * BPMN schema defaults: an attribute left out means its default, and tools differ in whether they write it
     * (the model API writes {@code typeLanguage}, Camunda Modeler leaves it out), so both count as the same.
     */
    private static final Map<String, String> SCHEMA_DEFAULTS = Map.ofEntries(
            Map.entry("expressionLanguage", "http://www.w3.org/1999/XPath"),
            Map.entry("typeLanguage", "http://www.w3.org/2001/XMLSchema"),
            Map.entry("isInterrupting", "true"), Map.entry("cancelActivity", "true"),
            Map.entry("parallelMultiple", "false"), Map.entry("isForCompensation", "false"),
            Map.entry("completionQuantity", "1"), Map.entry("startQuantity", "1"), Map.entry("isClosed", "false"),
            Map.entry("processType", "None"), Map.entry("gatewayDirection", "Unspecified"),
            Map.entry("instantiate", "false"), Map.entry("implementation", "##WebService"),
            Map.entry("isCollection", "false"), Map.entry("itemKind", "Information"),
            Map.entry("cancelRemainingInstances", "true"), Map.entry("isSequential", "false"),
            Map.entry("behavior", "All"), Map.entry("eventGatewayType", "Exclusive"),
            Map.entry("waitForCompletion", "true"), Map.entry("associationDirection", "None"),
            Map.entry("triggeredByEvent", "false"), Map.entry("ordering", "Parallel"),
            Map.entry("isImmediate", "true"), Map.entry("textFormat", "text/plain"),
            Map.entry("isUnlimited", "true"), Map.entry("testBefore", "false"));

    /** {@code implementation}'s default is {@code ##WebService} for service tasks, {@code ##unspecified} elsewhere. */
    private static boolean isDefault(String attribute, String value) {
        if ("implementation".equals(attribute)) {
            return "##WebService".equals(value) || "##unspecified".equals(value);
        }
        return value.equals(SCHEMA_DEFAULTS.get(attribute));
    }

    /** Values that name a schema type ({@code xsi:type="bpmn2:tFormalExpression"}) without the writer's prefix. */
    private static String normalized(String attribute, String value) {
        return "type".equals(attribute) && value.indexOf(':') > 0 ? value.substring(value.indexOf(':') + 1) : value;
    }

    private final ObjectMapper json;

    ModelDiffer(ObjectMapper json) {
        this.json = json;
    }

    public List<ElementChange> diff(ModelKind kind, String before, String after) {
        Map<String, Signature> old = kind == ModelKind.FORM ? formElements(before) : xmlElements(before);
        Map<String, Signature> now = kind == ModelKind.FORM ? formElements(after) : xmlElements(after);
        List<ElementChange> changes = new ArrayList<>();
        for (Map.Entry<String, Signature> e : now.entrySet()) {
            Signature previous = old.get(e.getKey());
            Signature current = e.getValue();
            if (previous == null) {
                changes.add(new ElementChange(e.getKey(), current.type(), current.name(), Change.ADDED, List.of()));
            } else if (!previous.equals(current)) {
                changes.add(new ElementChange(e.getKey(), current.type(), current.name(), Change.CHANGED,
                        changedParts(previous, current)));
            }
        }
        for (Map.Entry<String, Signature> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changes.add(new ElementChange(e.getKey(), e.getValue().type(), e.getValue().name(), Change.REMOVED,
                        List.of()));
            }
        }
        return changes;
    }

    private static List<String> changedParts(Signature a, Signature b) {
        List<String> parts = new ArrayList<>();
        TreeMap<String, String> all = new TreeMap<>(a.attributes());
        all.putAll(b.attributes());
        for (String name : all.keySet()) {
            if (!Objects.equals(a.attributes().get(name), b.attributes().get(name))) {
                parts.add(name);
            }
        }
        if (!a.type().equals(b.type())) {
            parts.add("type");
        }
        if (!a.content().equals(b.content())) {
            parts.add("content");
        }
        return parts;
    }

    /** What identifies an element's meaning: its type, attributes and the content that has no id of its own. */
    record Signature(String type, String name, Map<String, String> attributes, String content) {
    }

    private Map<String, Signature> xmlElements(String xml) {
        Document document = parse(xml);
        Map<String, Signature> elements = new LinkedHashMap<>();
        collect(document.getDocumentElement(), elements);
        return elements;
    }

    private void collect(Element element, Map<String, Signature> into) {
        if (isLayout(element)) {
            return;
        }
        String id = element.getAttribute("id");
        if (!id.isEmpty()) {
            Map<String, String> attributes = new TreeMap<>();
            NamedNodeMap attrs = element.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr attr = (Attr) attrs.item(i);
                String local = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
                if (!"id".equals(local) && !"http://www.w3.org/2000/xmlns/".equals(attr.getNamespaceURI())
                        && !isDefault(local, attr.getValue())) {
                    attributes.put(local, normalized(local, attr.getValue()));
                }
            }
            StringBuilder content = new StringBuilder();
            ownContent(element, content);
            into.put(id, new Signature(canonicalName(element.getLocalName(), attributes),
                    element.getAttribute("name"), attributes, content.toString()));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, into);
            }
        }
    }

    /** Text and child elements without an id (extension elements, expressions, incoming/outgoing refs). */
    private static void ownContent(Element element, StringBuilder out) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                // writers re-indent text (documentation, embedded form JSON): whitespace runs are not semantic
                String text = child.getNodeValue().trim().replaceAll("\\s+", " ");
                if (!text.isEmpty()) {
                    out.append('"').append(text).append('"');
                }
            } else if (child instanceof Element e && e.getAttribute("id").isEmpty()
                    && !isLayout(e)) {
                NamedNodeMap attrs = e.getAttributes();
                TreeMap<String, String> sorted = new TreeMap<>();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr attr = (Attr) attrs.item(i);
                    String local = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
                    if (!"http://www.w3.org/2000/xmlns/".equals(attr.getNamespaceURI())
                            && !isDefault(local, attr.getValue())) {
                        sorted.put(local, normalized(local, attr.getValue()));
                    }
                }
                out.append('<').append(canonicalName(e.getLocalName(), sorted));
                out.append(sorted).append('>');
                ownContent(e, out);
                out.append("</>");
            }
        }
    }

    /**
     * {@code <formalExpression>} is a member of {@code <expression>}'s substitution group: writers differ in whether
     * they write it as itself or as {@code <expression xsi:type="tFormalExpression">} (bpmn-js does the latter), which
     * means the same. The second form is named as the first, without its type (removed from {@code attributes}).
     */
    private static String canonicalName(String localName, Map<String, String> attributes) {
        if ("expression".equals(localName) && "tFormalExpression".equals(attributes.get("type"))) {
            attributes.remove("type");
            return "formalExpression";
        }
        return localName;
    }

    private static boolean isLayout(Element element) {
        return element.getNamespaceURI() != null && LAYOUT_NAMESPACES.contains(element.getNamespaceURI());
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw PlatformException.invalid("MODEL_NOT_XML", "模型不是有效的 XML：" + e.getMessage(),
                    "The model is not valid XML: " + e.getMessage());
        }
    }

    private Map<String, Signature> formElements(String content) {
        JsonNode form;
        try {
            form = json.readTree(content);
        } catch (Exception e) {
            throw PlatformException.invalid("FORM_NOT_JSON", "表单不是有效的 JSON", "The form is not valid JSON");
        }
        Map<String, Signature> elements = new LinkedHashMap<>();
        collectComponents(form.path("components"), elements);
        return elements;
    }

    private void collectComponents(JsonNode components, Map<String, Signature> into) {
        for (JsonNode c : components) {
            String id = c.path("key").asText(c.path("id").asText(""));
            if (!id.isEmpty()) {
                Map<String, String> attributes = new TreeMap<>();
                c.fields().forEachRemaining(f -> {
                    if (!"components".equals(f.getKey()) && !"id".equals(f.getKey()) && !"layout".equals(f.getKey())) {
                        attributes.put(f.getKey(), f.getValue().toString());
                    }
                });
                into.put(id, new Signature(c.path("type").asText(), c.path("label").asText(null), attributes, ""));
            }
            if (c.path("components").isArray()) {
                collectComponents(c.path("components"), into);
            }
        }
    }
}
