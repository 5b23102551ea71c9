package org.socorg.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.socorg.auditlog.Checkpoint;

/** Shows a case's audit proof: each sealed step, its seq, and whether it is included in the signed checkpoint. */
class AuditProofDialog extends Dialog {

    AuditProofDialog(AuditProofs.Proof proof) {
        setHeaderTitle(getTranslation("public.proof.title"));
        setWidth("min(900px, 100vw)");
        add(new Paragraph(getTranslation("public.proof.case", proof.businessKey())));
        if (proof.steps().isEmpty()) {
            add(new Paragraph(getTranslation("public.proof.none")));
        } else {
            add(new Paragraph(getTranslation("public.proof.intro")));
            Span verdict = new Span(proof.verified()
                    ? getTranslation("public.proof.all-verified", proof.steps().size())
                    : getTranslation("public.proof.not-all-verified"));
            verdict.setId("audit-proof-verdict");
            verdict.getElement().getThemeList().add(proof.verified() ? "badge success" : "badge error");
            verdict.getElement().setAttribute("role", "status");
            add(verdict);
            Checkpoint c = proof.checkpoint();
            add(new Paragraph(getTranslation("public.proof.checkpoint", c.treeSize(), c.rootHash(), c.keyId(),
                    c.time())));
            add(new Paragraph(proof.signatureProblem() == null ? getTranslation("public.proof.signature.ok")
                    : getTranslation("public.proof.signature.bad", proof.signatureProblem())));

            Grid<AuditProofs.Step> steps = new Grid<>();
            steps.addColumn(AuditProofs.Step::seq).setHeader(getTranslation("public.proof.column.seq"))
                    .setAutoWidth(true).setFlexGrow(0);
            steps.addColumn(s -> s.kind() + (s.element().isEmpty() ? "" : " · " + s.element())
                    + (s.outcome().isEmpty() ? "" : " · " + s.outcome()))
                    .setHeader(getTranslation("public.proof.column.kind")).setFlexGrow(2);
            steps.addColumn(AuditProofs.Step::time).setHeader(getTranslation("public.proof.column.time"))
                    .setAutoWidth(true);
            steps.addColumn(new ComponentRenderer<>(s -> {
                Span mark = new Span(getTranslation(s.included() ? "public.proof.included" : "public.proof.not-included"));
                mark.getElement().getThemeList().add(s.included() ? "badge success" : "badge error");
                return mark;
            })).setHeader(getTranslation("public.proof.column.included")).setAutoWidth(true);
            steps.setItems(proof.steps());
            steps.setAllRowsVisible(true);
            steps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            steps.setId("audit-proof-steps");
            steps.getElement().setAttribute("aria-label", getTranslation("public.proof.title"));
            add(steps);
            Paragraph note = new Paragraph(getTranslation("public.proof.keys-note"));
            note.getStyle().set("font-size", "var(--lumo-font-size-s)");
            add(note);
        }
        Button close = new Button(getTranslation("public.proof.close"), VaadinIcon.CLOSE_SMALL.create(),
                e -> close());
        getFooter().add(close);
    }
}
