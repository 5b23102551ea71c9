package org.socorg.platform.ui.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.socorg.platform.workbench.ModelKind;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The elements of a model by id — their type and name — so a problem names "Check documents (user task)" rather
 * than an id. A model that does not parse has no elements here (its problem says why).
 */
record ModelElements(Map<String, Named> byId) {

    /** An element's type (the XML element's or form component's type) and its name or label, if it has one. */
    record Named(String type, String name) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static ModelElements of(ModelKind kind, String content) {
        Map<String, Named> found = new HashMap<>();
        if (content == null || content.isBlank()) {
            return new ModelElements(found);
        }
        try {
            if (kind == ModelKind.FORM) {
                components(JSON.readTree(content).path("components"), found);
            } else {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setExpandEntityReferences(false);
                collect(factory.newDocumentBuilder().parse(new InputSource(new StringReader(content)))
                        .getDocumentElement(), found);
            }
        } catch (Exception unreadable) {
            found.clear();
        }
        return new ModelElements(found);
    }

    Named get(String id) {
        return id == null ? null : byId.get(id);
    }

    private static void collect(Element element, Map<String, Named> into) {
        String id = element.getAttribute("id");
        if (!id.isEmpty()) {
            String name = element.getAttribute("name");
            if (name.isBlank()) {
                name = element.getAttribute("label");
            }
            into.putIfAbsent(id, new Named(element.getLocalName(), name.isBlank() ? null : name.strip()));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collect(e, into);
            }
        }
    }

    private static void components(JsonNode components, Map<String, Named> into) {
        for (JsonNode c : components) {
            String label = c.path("label").asText("");
            Named named = new Named(c.path("type").asText("component"), label.isBlank() ? null : label.strip());
            for (String field : new String[] {"id", "key"}) {
                String value = c.path(field).asText("");
                if (!value.isEmpty()) {
                    into.putIfAbsent(value, named);
                }
            }
            components(c.path("components"), into);
        }
    }
}
