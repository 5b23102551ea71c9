package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.ui.forms.Texts;
import org.socorg.platform.workspace.Attachment;
import org.socorg.platform.workspace.AttachmentRules;
import org.socorg.platform.workspace.Drafts;

/**
 * The documents of a filing (申请材料) as its wizard takes them: an upload limited to the types and sizes
 * {@link AttachmentRules} accepts (the server checks again, by content), the list of what is attached, and a
 * "remove" per document while it still belongs to a draft. Where an upload goes — the draft, or an application
 * being supplemented — is the wizard's {@link Target}.
 */
final class DocumentsField extends VerticalLayout {

    /** Stores one uploaded file where the wizard keeps its documents. */
    @FunctionalInterface
    interface Target {
        Attachment attach(String fileName, byte[] content);
    }

    private final Texts texts;
    private final Drafts drafts;
    private final Caller caller;
    private final Div list = new Div();
    private final List<Attachment> attached = new ArrayList<>();
    private final BooleanSupplier removable;

    /**
     * @param help what to attach for this filing, in the user's language
     * @param removable whether the listed documents may be removed now (they belong to a saved draft)
     */
    DocumentsField(Texts texts, Drafts drafts, Caller caller, String help, Target target, BooleanSupplier removable) {
        this.texts = texts;
        this.drafts = drafts;
        this.caller = caller;
        this.removable = removable;
        setPadding(false);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                Ui.attempt(texts, () -> {
                    Attachment added = target.attach(metadata.fileName(), bytes);
                    attached.add(added);
                    render();
                    Ui.success(texts.get("workspace.wizard.uploaded", added.fileName()));
                }))));
        upload.setId("documents-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFileSize((int) AttachmentRules.MAX_BYTES);
        upload.setMaxFiles(AttachmentRules.MAX_FILES);
        upload.addFileRejectedListener(e -> Ui.error(texts.get("workspace.wizard.fileRejected")));
        upload.getElement().setAttribute("aria-label", texts.get("workspace.wizard.documents"));
        upload.setI18n(Ui.uploadTexts(texts, "workspace.wizard.addFile", "workspace.wizard.dropFile",
                "workspace.wizard.fileTooBig", "workspace.wizard.fileRejected", "workspace.wizard.tooManyFiles"));
        list.setId("documents");
        add(Ui.note(help), upload, list);
        render();
    }

    /** A file's size as people read it: bytes below a kilobyte, else kB or MB with one decimal. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Shows documents already kept (a resumed draft's). */
    void show(List<Attachment> kept) {
        attached.clear();
        attached.addAll(kept);
        render();
    }

    List<Attachment> attached() {
        return List.copyOf(attached);
    }

    /** The check-your-answers line: the documents' names, or "none". */
    String summary() {
        return texts.get("workspace.wizard.documents") + "：" + (attached.isEmpty()
                ? texts.get("workspace.wizard.noDocumentsShort")
                : String.join("、", attached.stream().map(Attachment::fileName).toList()));
    }

    /** Redraws the list, e.g. once a draft is saved and its documents become removable. */
    void render() {
        list.removeAll();
        if (attached.isEmpty()) {
            list.add(Ui.empty(texts.get("workspace.wizard.noDocuments")));
            return;
        }
        boolean canRemove = removable.getAsBoolean();
        for (Attachment a : List.copyOf(attached)) {
            HorizontalLayout row = new HorizontalLayout(new Span(a.fileName()), Ui.note(size(a.sizeBytes())));
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("document");
            if (canRemove) {
                Button remove = new Button(texts.get("workspace.wizard.removeDocument"), e -> {
                    if (Ui.attempt(texts, () -> drafts.removeAttachment(caller, a.id()))) {
                        attached.remove(a);
                        render();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(texts.get("workspace.wizard.removeNamed", a.fileName()));
                row.add(remove);
            }
            list.add(row);
        }
    }
}
