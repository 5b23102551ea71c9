package org.socorg.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.socorg.platform.disclosure.PublicBasicInfo;
import org.socorg.platform.disclosure.PublicCreditListing;
import org.socorg.platform.disclosure.PublicField;
import org.socorg.platform.disclosure.PublicOrganization;
import org.socorg.platform.disclosure.PublicQueryService;
import org.socorg.platform.disclosure.PublicRecord;
import org.socorg.platform.disclosure.PublicSection;
import org.socorg.platform.disclosure.PublicSections;
import org.socorg.platform.disclosure.PublicStatusChange;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.fundraising.Qualification;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.shared.PlatformException;

/**
 * An organization's public page: basic information and one tab per kind of public record DOMAIN.md lists. Each
 * record a case produced carries a mark that opens its audit proof. All text is set as text, never as HTML.
 */
@Route(value = "organizations/:creditCode", layout = MainLayout.class)
@AnonymousAllowed
class OrganizationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A certificate's PDF, opened in a new tab, drawn as the page's primary action. */
    private static Anchor pdfLink(String href, String text, String id) {
        Anchor pdf = new Anchor(href, text);
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.setTarget(AnchorTarget.BLANK);
        pdf.setId(id);
        pdf.getElement().insertChild(0, VaadinIcon.DOWNLOAD.create().getElement());
        pdf.getStyle().set("display", "inline-flex").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-primary-color)")
                .set("color", "var(--lumo-primary-contrast-color)").set("font-weight", "600");
        return pdf;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final PublicQueryService query;
    private final AuditProofs proofs;
    private String title = "";

    private final FundraisingService fundraising;

    OrganizationView(PublicQueryService query, AuditProofs proofs, FundraisingService fundraising) {
        this.fundraising = fundraising;
        this.query = query;
        this.proofs = proofs;
        setWidthFull();
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("creditCode").orElse("");
        PublicOrganization page;
        try {
            page = query.organization(code);
        } catch (PlatformException e) {
            title = getTranslation("public.org.not-found");
            add(new H1(getTranslation("public.org.not-found")), back());
            return;
        }
        PublicBasicInfo basic = page.basicInfo();
        title = basic.name();
        render(page);
    }

    private void render(PublicOrganization page) {
        PublicBasicInfo basic = page.basicInfo();
        H1 name = new H1(basic.name());
        name.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        name.setId("organization-name");
        HorizontalLayout badges = new HorizontalLayout(badge(getTranslation("public.status." + basic.status()),
                basic.status() == OrganizationStatus.ACTIVE ? "success" : "contrast"));
        page.creditListings().stream().filter(PublicCreditListing::inForce)
                .forEach(l -> badges.add(badge(getTranslation("public.credit." + l.list().name()), "error")));
        if (basic.charity()) {
            badges.add(badge(getTranslation("public.field.charity"), ""));
        }
        if (basic.publicFundraising()) {
            badges.add(badge(getTranslation("public.fundraising.qualified"), ""));
        }
        badges.setSpacing(true);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");
        if (basic.status() == OrganizationStatus.ACTIVE) {
            actions.add(pdfLink("/api/public/organizations/" + basic.creditCode() + "/certificate.pdf",
                    getTranslation("public.org.certificate"), "certificate-pdf"));
            // each qualification in force has its own certificate, with a QR code of its own verification page
            fundraising.qualifications(basic.creditCode()).stream().filter(Qualification::valid).forEach(q ->
                    actions.add(pdfLink("/api/public/organizations/" + basic.creditCode() + "/qualifications/"
                            + URLEncoder.encode(q.certificateNumber(), StandardCharsets.UTF_8) + "/certificate.pdf",
                            getTranslation("public.org.qualification-certificate"), "qualification-pdf")));
        }
        RouterLink verify = new RouterLink(getTranslation("public.org.verify"), VerifyView.class,
                new RouteParameters("creditCode", basic.creditCode()));
        verify.setId("certificate-verify-link");
        RouterLink report = new RouterLink(getTranslation("public.complaint.report-this"), ComplaintView.class);
        report.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("creditCode", basic.creditCode()));
        report.setId("report-organization");
        actions.add(verify, report, back());

        AccessibleTabs tabs = new AccessibleTabs("organization", getTranslation("public.tabs.label"));
        tabs.add(getTranslation("public.tab.basic"), basicInfo(basic));
        tabs.add(getTranslation("public.tab.registration-notices"),
                registrationNotices(page.statusHistory(), page.section(PublicSections.REGISTRATION_NOTICES)));
        for (String key : List.of(PublicSections.ANNUAL_REPORTS, PublicSections.EVALUATION,
                PublicSections.COMMENDATIONS, PublicSections.PENALTIES)) {
            tabs.add(getTranslation("public.tab." + key), records(key, page.section(key), List.of()));
        }
        tabs.add(getTranslation("public.tab.credit-listings"), records(PublicSections.CREDIT_LISTINGS,
                page.section(PublicSections.CREDIT_LISTINGS), creditListings(page.creditListings())));
        tabs.add(getTranslation("public.tab.fundraising-qualification"), records(
                PublicSections.FUNDRAISING_QUALIFICATION, page.section(PublicSections.FUNDRAISING_QUALIFICATION),
                List.of(fundraisingStatus(basic))));
        tabs.add(getTranslation("public.tab.fundraising-plans"),
                records(PublicSections.FUNDRAISING_PLANS, page.section(PublicSections.FUNDRAISING_PLANS), List.of()));
        // sections a feature added that the page does not know yet still show
        page.sections().stream().filter(s -> !PublicQueryService.SECTION_ORDER.contains(s.key()))
                .forEach(s -> tabs.add(s.key(), records(s.key(), s, List.of())));

        add(name, badges, actions, tabs);
    }

    private Component basicInfo(PublicBasicInfo b) {
        Div card = card();
        card.add(field("public.field.name", b.name()), field("public.field.credit-code", b.creditCode()),
                field("public.field.certificate-number", b.certificateNumber()),
                field("public.field.type", getTranslation("public.type." + b.type().name())),
                field("public.field.scope", getTranslation("public.scope." + b.scope().name())),
                field("public.field.status", getTranslation("public.status." + b.status().name())),
                field("public.field.founded-on", String.valueOf(b.foundedOn())),
                field("public.field.authority", b.registrationAuthority()),
                field("public.field.supervising-unit", b.supervisingUnit()),
                field("public.field.legal-representative", b.legalRepresentative()),
                field("public.field.activity-funds", b.activityFunds().stripTrailingZeros().toPlainString()),
                field("public.field.address", b.address()), field("public.field.business-scope", b.businessScope()),
                field("public.field.validity", b.certificateValidFrom() + " – " + b.certificateValidTo()),
                field("public.field.charity", getTranslation(b.charity() ? "public.yes" : "public.no")),
                field("public.field.fundraising", getTranslation(b.publicFundraising() ? "public.yes" : "public.no")));
        if (b.businessKey() != null) {
            card.add(proofMark(b.name(), b.businessKey()));
        }
        return card;
    }

    private Component registrationNotices(List<PublicStatusChange> history, PublicSection notices) {
        List<Component> cards = new ArrayList<>();
        for (PublicStatusChange change : history) {
            Div card = card();
            String heading = change.fromStatus() == null ? getTranslation("public.history.established")
                    : getTranslation("public.history.change", getTranslation("public.status." + change.fromStatus()),
                            getTranslation("public.status." + change.toStatus()));
            card.add(heading(heading, TIME.format(change.changedAt())), field("public.field.reason", change.reason()));
            if (change.businessKey() != null) {
                card.add(proofMark(heading, change.businessKey()));
            }
            cards.add(card);
        }
        return records(PublicSections.REGISTRATION_NOTICES, notices, cards);
    }

    private List<Component> creditListings(List<PublicCreditListing> listings) {
        List<Component> cards = new ArrayList<>();
        for (PublicCreditListing l : listings) {
            Div card = card();
            String heading = getTranslation("public.credit." + l.list().name()) + " · "
                    + getTranslation(l.inForce() ? "public.credit.in-force" : "public.credit.removed");
            card.add(heading(heading, String.valueOf(l.listedOn())), field("public.field.reason", l.reason()),
                    field("public.field.legal-basis", l.legalBasis()),
                    field("public.field.listed-on", String.valueOf(l.listedOn())));
            if (!l.inForce()) {
                card.add(field("public.field.removed-on", String.valueOf(l.removedOn())),
                        field("public.field.removal-reason", l.removalReason()));
            }
            if (l.businessKey() != null) {
                card.add(proofMark(heading, l.businessKey()));
            }
            cards.add(card);
        }
        return cards;
    }

    private Component fundraisingStatus(PublicBasicInfo b) {
        Div card = card();
        card.add(new Paragraph(getTranslation(b.publicFundraising() ? "public.fundraising.qualified"
                : "public.fundraising.not-qualified")));
        return card;
    }

    /** A tab: the page's own cards, then the features' records; a sentence saying there is nothing, when empty. */
    private Component records(String key, PublicSection section, List<Component> own) {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        own.forEach(tab::add);
        for (PublicRecord record : section.records()) {
            Div card = card();
            String heading = UiLanguage.english() ? record.titleEn() : record.titleZh();
            card.add(heading(heading, String.valueOf(record.date())));
            for (PublicField f : record.fields()) {
                card.add(labelled(UiLanguage.english() ? f.labelEn() : f.labelZh(), f.value()));
            }
            if (record.businessKey() != null) {
                card.add(proofMark(heading, record.businessKey()));
            }
            tab.add(card);
        }
        if (!section.complete()) {
            Paragraph incomplete = new Paragraph(getTranslation("public.tab.incomplete"));
            incomplete.getStyle().set("color", "var(--lumo-error-text-color)");
            tab.add(incomplete);
        } else if (own.isEmpty() && section.records().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("public.tab.empty", getTranslation("public.tab." + key)));
            none.addClassName("public-empty");
            tab.add(none);
        }
        return tab;
    }

    private Button proofMark(String what, String businessKey) {
        Button mark = new Button(getTranslation("public.proof.mark"), VaadinIcon.SHIELD.create(),
                e -> new AuditProofDialog(proofs.prove(businessKey)).open());
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        mark.setAriaLabel(getTranslation("public.proof.mark.aria", what));
        mark.addClassName("proof-mark");
        return mark;
    }

    private Component heading(String text, String date) {
        H2 h = new H2(text);
        h.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span when = new Span(date);
        when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div d = new Div(h, when);
        return d;
    }

    private Component field(String labelKey, String value) {
        return labelled(getTranslation(labelKey), value);
    }

    private static Component labelled(String label, String value) {
        Div row = new Div();
        Span l = new Span(label + "：");
        l.getStyle().set("font-weight", "600");
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        row.add(l, v);
        row.getStyle().set("padding", "var(--lumo-space-xs) 0").set("overflow-wrap", "anywhere");
        return row;
    }

    private static Div card() {
        Div card = new Div();
        card.setWidthFull();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        return card;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme.isEmpty() ? "badge" : "badge " + theme);
        return badge;
    }

    private RouterLink back() {
        return new RouterLink(getTranslation("public.org.back"), PublicQueryView.class);
    }
}
