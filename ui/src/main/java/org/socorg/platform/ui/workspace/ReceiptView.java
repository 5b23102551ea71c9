package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.socorg.platform.audit.AuditLog;
import org.socorg.platform.audit.AuditedEntry;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.forms.Texts;

/**
 * The receipt (回执) after filing, at {@code workspace/receipt/<application number>}: the application number, when it was filed, its status, and the audit receipt of
 * the step just taken — its seal in the audit log, whose inclusion proof and signed checkpoint anyone can fetch.
 */
@Route(value = "workspace/receipt", layout = MainLayout.class)
@RolesAllowed(Roles.APPLICANT)
public class ReceiptView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CurrentUser currentUser;
    private final RegistrationService registrations;
    private final AuditLog audit;
    private final OrganizationRegistry registry;
    private final Texts texts = Ui.texts();

    ReceiptView(CurrentUser currentUser, RegistrationService registrations, AuditLog audit,
            OrganizationRegistry registry) {
        this.currentUser = currentUser;
        this.registry = registry;
        this.registrations = registrations;
        this.audit = audit;
        setMaxWidth("60em");
    }

    /** The organization the filing is about: the one to be established, or the registered one it changes. */
    static String subject(OrganizationRegistry registry, RegistrationApplication application) {
        if (application.details() != null) {
            return application.details().name();
        }
        return registry.find(application.creditCode()).map(Organization::name).orElse(application.creditCode());
    }

    @Override
    public String getPageTitle() {
        return texts.get("workspace.receipt.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String applicationNumber) {
        removeAll();
        RegistrationApplication application;
        try {
            application = registrations.get(currentUser.require(), applicationNumber);
        } catch (PlatformException notYours) {
            add(Ui.pageTitle(texts.get("workspace.receipt.title")), Ui.empty(texts.get("workspace.wizard.notFound")));
            return;
        }
        Div done = filedBanner(texts);
        Div facts = new Div();
        facts.setId("receipt");
        facts.add(line(texts.get("workspace.receipt.number"), application.number()),
                line(texts.get(application.details() != null ? "workspace.receipt.name" : "workspace.filing.organization"),
                        subject(registry, application)),
                line(texts.get("workspace.receipt.time"), Ui.time(application.submittedAt())),
                line(texts.get("workspace.receipt.authority"), Ui.divisionLabel(texts, application.divisionCode())),
                line(texts.get("workspace.receipt.status"), Ui.statusLabel(texts, application.status())));
        Paragraph next = new Paragraph(texts.get("workspace.receipt.next",
                Ui.divisionLabel(texts, application.divisionCode())));
        next.setId("receipt-next");
        add(Ui.pageTitle(texts.get("workspace.receipt.title")), done, facts, next,
                new H3(texts.get("workspace.receipt.audit")));
        auditReceipt(texts, audit, application.id()).forEach(this::add);
        add(backHome(texts));
    }

    /** "Filed": the green box a receipt opens with, announced to screen readers. */
    static Div filedBanner(Texts texts) {
        Div done = new Div(VaadinIcon.CHECK_CIRCLE.create(), new Span(" " + texts.get("workspace.receipt.filed")));
        done.setId("receipt-done");
        done.getElement().setAttribute("role", "status");
        done.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.SUCCESS_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.FontSize.LARGE);
        return done;
    }

    /** Back to 我的办事, where the filing's progress shows. */
    static Button backHome(Texts texts) {
        Button back = new Button(texts.get("workspace.receipt.back"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ApplicantHomeView.class)));
        back.setId("receipt-back");
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return back;
    }

    /**
     * The audit receipt of a case's latest step: its step, sequence number and leaf hash, and the link to the
     * receipt JSON anyone can check offline; a note while the seal is still being written.
     */
    static List<Component> auditReceipt(Texts texts, AuditLog audit, String caseId) {
        List<AuditedEntry> steps = CaseTimeline.steps(audit, caseId);
        AuditedEntry last = steps.stream().filter(e -> !"process.ended".equals(e.fields().get("kind")))
                .max(Comparator.comparingLong(AuditedEntry::seq)).orElse(null);
        if (last == null) {
            return List.of(Ui.note(texts.get("workspace.receipt.auditPending")));
        }
        Div seal = new Div();
        seal.setId("audit-receipt");
        seal.add(line(texts.get("workspace.receipt.step"), CaseTimeline.stepLabel(texts, last.fields())),
                line(texts.get("workspace.receipt.seq"), String.valueOf(last.seq())),
                line(texts.get("workspace.receipt.leaf"), last.leafHash()));
        Anchor proof = new Anchor("/api/audit/entries/" + last.seq() + "/receipt",
                texts.get("workspace.receipt.download"));
        proof.getElement().setAttribute("router-ignore", true);
        proof.setTarget("_blank");
        return List.of(seal, Ui.note(texts.get("workspace.receipt.auditHelp")), proof);
    }

    static Div line(String label, String value) {
        Span l = new Span(label + "：");
        l.addClassNames(LumoUtility.TextColor.SECONDARY);
        Span v = new Span(value == null ? "—" : value);
        v.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        v.getStyle().set("word-break", "break-all");
        return new Div(l, v);
    }
}
