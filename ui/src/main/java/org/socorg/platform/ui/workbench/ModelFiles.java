package org.socorg.platform.ui.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.socorg.platform.workbench.ModelKind;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * What an uploaded model file must be before it becomes a draft: a {@code .bpmn}, {@code .dmn} or {@code .form}
 * file of at most {@link #MAX_BYTES}, UTF-8 text, and what its extension says (BPMN or DMN definitions, a form's
 * JSON with components). Each refusal is a message key, so the analyst reads why in words.
 */
final class ModelFiles {

    /** The server refuses models over 2,000,000 characters; in bytes that is the same bound for ASCII XML. */
    static final int MAX_BYTES = 2_000_000;
    static final List<String> EXTENSIONS = List.of(".bpmn", ".dmn", ".form");
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFiles() {
    }

    /** The file's kind by its extension, or null for another kind of file. */
    static ModelKind kindOf(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (ModelKind kind : ModelKind.values()) {
            if (lower.endsWith(kind.extension())) {
                return kind;
            }
        }
        return null;
    }

    /** The file's text, or null when it is not UTF-8 (a binary file, or one saved in another encoding). */
    static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Why the file cannot become a draft (a message key under {@code workbench.import.}), or null when it can. */
    static String refusal(String fileName, byte[] bytes) {
        ModelKind kind = kindOf(fileName);
        if (kind == null) {
            return "workbench.import.wrongType";
        }
        if (bytes.length == 0) {
            return "workbench.import.empty";
        }
        if (bytes.length > MAX_BYTES) {
            return "workbench.import.tooLarge";
        }
        String text = text(bytes);
        if (text == null) {
            return "workbench.import.notText";
        }
        return kind == ModelKind.FORM ? formRefusal(text) : xmlRefusal(kind, text);
    }

    private static String formRefusal(String text) {
        try {
            JsonNode form = JSON.readTree(text);
            return form != null && form.isObject() && form.path("components").isArray() ? null
                    : "workbench.import.notForm";
        } catch (Exception e) {
            return "workbench.import.notForm";
        }
    }

    private static String xmlRefusal(ModelKind kind, String text) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text))).getDocumentElement();
        } catch (Exception e) {
            return "workbench.import.notXml";
        }
        String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        boolean definitions = "definitions".equals(root.getLocalName());
        if (kind == ModelKind.BPMN) {
            return definitions && BPMN_NS.equals(ns) ? null : "workbench.import.notBpmn";
        }
        // DMN 1.1 to 1.5 namespaces all end in /DMN/<date>/ or /DMN/<date>/MODEL/
        return definitions && ns.contains("/DMN/") ? null : "workbench.import.notDmn";
    }
}
