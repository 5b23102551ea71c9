package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.audit.AuditedEntry;
import org.socorg.platform.ui.forms.Texts;

/**
 * A case's history from the audit log (the entries of {@code /api/audit/cases/{id}}): each step with when, who and
 * its seal (the entry's sequence number in the log, whose proof anyone can fetch). People are named by their display
 * names ({@link PersonNames}), not by the user names the log keeps.
 */
final class CaseTimeline {

    static final Set<String> STEP_KINDS = Set.of("process.started", "task.completed", "process.ended");

    private CaseTimeline() {
    }

    static List<AuditedEntry> steps(AuditLog audit, String caseId) {
        return audit.caseTrail(caseId).stream().filter(e -> STEP_KINDS.contains(String.valueOf(e.fields().get("kind"))))
                .toList();
    }

    static Div render(Texts texts, List<AuditedEntry> steps, PersonNames names) {
        Div box = new Div();
        if (steps.isEmpty()) {
            box.add(Ui.empty(texts.get("workspace.timeline.empty")));
            return box;
        }
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("aria-label", texts.get("workspace.timeline.title"));
        list.addClassNames(LumoUtility.Margin.NONE);
        for (AuditedEntry entry : steps) {
            Map<String, Object> f = entry.fields();
            ListItem item = new ListItem();
            item.addClassName("timeline-step");
            Span when = new Span(Ui.time(Instant.parse(String.valueOf(f.get("time")))) + "  ");
            when.addClassNames(LumoUtility.TextColor.SECONDARY);
            Span what = new Span(stepLabel(texts, f));
            what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            // the filing is the applicant's: say so instead of showing their login name
            Span who = new Span("  · " + ("process.started".equals(f.get("kind"))
                    ? texts.get("workspace.timeline.byApplicant")
                    : texts.get("workspace.timeline.by", actor(texts, names, f.get("actor")))));
            Span seal = Ui.badge(texts.get("workspace.timeline.seal", entry.seq()), "contrast");
            seal.getElement().setAttribute("title", texts.get("workspace.timeline.sealHint"));
            item.add(when, what, who, new Span("  "), seal);
            list.add(item);
        }
        box.add(list);
        return box;
    }

    static String stepLabel(Texts texts, Map<String, Object> f) {
        String kind = String.valueOf(f.get("kind"));
        String element = String.valueOf(f.get("element"));
        String label = switch (kind) {
            case "process.started" -> texts.get("workspace.timeline.started");
            case "process.ended" -> texts.get("workspace.timeline.ended");
            default -> {
                String key = "workspace.step." + element;
                String text = texts.get(key);
                yield text.equals(key) ? texts.get("workspace.timeline.step") : text;
            }
        };
        Object outcome = f.get("outcome");
        if ("task.completed".equals(kind) && outcome != null) {
            String key = "workspace.outcome." + outcome;
            String text = texts.get(key);
            if (!text.equals(key)) {
                label += "：" + text;
            }
        }
        return label;
    }

    /** Who took a step, by name: never the login name the log keeps (that is for the audit proof, not for people). */
    private static String actor(Texts texts, PersonNames names, Object actor) {
        if (actor == null || "system".equals(actor)) {
            return texts.get("workspace.timeline.system");
        }
        return names.of(actor.toString()).orElseGet(() -> texts.get("workspace.timeline.staff"));
    }
}
