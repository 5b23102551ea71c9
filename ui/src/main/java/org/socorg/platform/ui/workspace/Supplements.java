package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import org.socorg.platform.ui.forms.FormDefinition;
import org.socorg.platform.ui.forms.FormRenderer;
import org.socorg.platform.ui.forms.Texts;

/**
 * Answering a supplement request (一次性告知补正) in a wizard: the officer's words on top of the page, and the step
 * of the form they concern, so the applicant lands where the correction is due.
 */
final class Supplements {

    private Supplements() {
    }

    /** The banner quoting the officer's request; {@code comment} may be null (then only the request is said). */
    static Div banner(Texts texts, String comment) {
        Div banner = new Div();
        banner.setId("officer-comment");
        banner.getElement().setAttribute("role", "note");
        banner.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.ERROR_10, LumoUtility.BorderRadius.MEDIUM);
        banner.add(new Span(texts.get("workspace.wizard.supplementRequested")));
        if (comment != null) {
            Div quote = new Div(new Span(comment));
            quote.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            banner.add(quote);
        }
        return banner;
    }

    /**
     * The step whose field the officer's comment names (by label, in either language; the longest label named wins,
     * so "business scope" is not "scope"); the documents step after the form's own when it speaks of documents;
     * else the first.
     */
    static int stepConcerned(FormDefinition definition, FormRenderer form, String comment) {
        if (comment == null) {
            return 0;
        }
        Texts zh = Texts.of(Texts.CHINESE);
        Texts en = Texts.of(Locale.ENGLISH);
        String lower = comment.toLowerCase(Locale.ROOT);
        String best = null;
        int bestLength = 0;
        for (FormDefinition.Field field : labelled(definition.components(), new java.util.ArrayList<>())) {
            for (String label : List.of(zh.pick(field.label()), en.pick(field.label()).toLowerCase(Locale.ROOT))) {
                if (label.length() > bestLength && lower.contains(label)) {
                    best = field.key();
                    bestLength = label.length();
                }
            }
        }
        if (best != null) {
            return form.stepOf(best).orElse(0);
        }
        if (comment.contains("材料") || lower.contains("document")) {
            return form.stepCount();
        }
        return 0;
    }

    /** Every labelled field with a key, groups opened, in form order, added to {@code into}. */
    private static List<FormDefinition.Field> labelled(List<FormDefinition.Field> fields,
            List<FormDefinition.Field> into) {
        for (FormDefinition.Field field : fields) {
            if (field.key() != null && field.label() != null) {
                into.add(field);
            }
            if (field.components() != null) {
                labelled(field.components(), into);
            }
        }
        return into;
    }
}
