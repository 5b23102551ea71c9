package org.socorg.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.socorg.platform.disclosure.CertificateCheck;
import org.socorg.platform.disclosure.PublicQueryService;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.fundraising.QualificationCheck;
import org.socorg.platform.shared.PlatformException;

/**
 * What a certificate's QR code opens: whether the registration certificate — or, at
 * {@code verify/<credit code>/qualification/<number>}, the public-fundraising qualification certificate — is valid
 * now, and the organization.
 */
@Route(value = "verify/:creditCode", layout = MainLayout.class)
@RouteAlias(value = "verify/:creditCode/qualification/:number", layout = MainLayout.class)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicQueryService query;
    private final FundraisingService fundraising;

    VerifyView(PublicQueryService query, FundraisingService fundraising) {
        this.query = query;
        this.fundraising = fundraising;
        setMaxWidth("800px");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.verify.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("public.verify.title")));
        String creditCode = event.getRouteParameters().get("creditCode").orElse("");
        Optional<String> qualification = event.getRouteParameters().get("number");
        try {
            if (qualification.isPresent()) {
                qualification(fundraising.checkQualification(creditCode, qualification.get()));
            } else {
                registration(query.checkCertificate(creditCode));
            }
        } catch (PlatformException e) {
            add(new Paragraph(getTranslation("public.org.not-found")),
                    new RouterLink(getTranslation("public.org.back"), PublicQueryView.class));
        }
    }

    private void registration(CertificateCheck check) {
        verdict(check.valid(), "public.verify.valid", "public.verify.invalid",
                UiLanguage.english() ? check.reasonEn() : check.reasonZh());
        add(row("public.field.name", check.name()), row("public.field.credit-code", check.creditCode()),
                row("public.field.certificate-number", check.certificateNumber()),
                row("public.field.type", getTranslation("public.type." + check.type().name())),
                row("public.field.status", getTranslation("public.status." + check.status().name())),
                row("public.field.validity", check.validFrom() + " – " + check.validTo()),
                new Paragraph(getTranslation("public.verify.checked-on", String.valueOf(check.checkedOn()))),
                organizationLink(check.creditCode()));
    }

    private void qualification(QualificationCheck check) {
        verdict(check.valid(), "public.verify.qualification-valid", "public.verify.qualification-invalid",
                UiLanguage.english() ? check.reasonEn() : check.reasonZh());
        add(row("public.field.name", check.organizationName()), row("public.field.credit-code", check.creditCode()),
                row("public.verify.qualification-number", check.certificateNumber()),
                row("public.verify.granted", check.grantedOn() + " · " + check.grantedBy()),
                organizationLink(check.creditCode()));
    }

    /** The verdict in large type with its icon, and the reason where it says more than the verdict. */
    private void verdict(boolean valid, String validKey, String invalidKey, String reasonText) {
        Icon icon = (valid ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
        icon.setColor(valid ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        icon.getElement().setAttribute("aria-hidden", "true");
        H2 verdict = new H2(getTranslation(valid ? validKey : invalidKey));
        verdict.setId("verify-verdict");
        verdict.getStyle().set("margin", "0");
        Div banner = new Div(icon, verdict);
        banner.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center");
        Paragraph reason = new Paragraph(reasonText);
        // a reason that only repeats the verdict ("登记证书有效" twice) is left out
        reason.setVisible(!reason.getText().strip().equals(verdict.getText().strip()));
        add(banner, reason);
    }

    private RouterLink organizationLink(String creditCode) {
        return new RouterLink(getTranslation("public.verify.open-organization"), OrganizationView.class,
                new RouteParameters("creditCode", creditCode));
    }

    private Div row(String key, String value) {
        Span label = new Span(getTranslation(key) + "：");
        label.getStyle().set("font-weight", "600");
        return new Div(label, new Span(value == null ? "—" : value));
    }
}
