package org.socorg.platform.workbench;

import java.util.Locale;
import org.socorg.platform.shared.PlatformException;

/** What a model file is, by its extension, as Camunda Modeler writes them. */
public enum ModelKind {
    BPMN(".bpmn"), DMN(".dmn"), FORM(".form");

    private final String extension;

    ModelKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** @throws PlatformException 400 naming the accepted extensions */
    public static ModelKind ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (ModelKind kind : values()) {
            if (lower.endsWith(kind.extension)) {
                return kind;
            }
        }
        throw PlatformException.invalid("UNSUPPORTED_MODEL_FILE",
                "只能导入 .bpmn、.dmn 或 .form 文件：" + fileName,
                "Only .bpmn, .dmn and .form files can be imported: " + fileName);
    }
}
