package org.socorg.platform.fundraising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.support.PdfQr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public-fundraising qualification certificate (公开募捐资格证书) for anyone, signed out: its PDF with the charity's
 * details and a QR code of the certificate's own verification page; the check says valid, and once revoked it says
 * so with the reason and no certificate is issued; a certificate number of another organization is "not found".
 */
@SpringBootTest(classes = TestPlatformApplication.class, properties = "platform.public.base-url=https://query.example.gov.cn/")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QualificationCertificateTest {

    @Autowired MockMvc mvc;
    @Autowired OrganizationRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired FundraisingService fundraising;

    private Organization qualifiedCharity() {
        return FundraisingScenario.charity(registry, jdbc, "applicant1", "110000", LocalDate.of(2022, 3, 1), 2025);
    }

    @Test
    void the_certificate_pdf_carries_the_charitys_details_and_a_qr_code_of_its_verification_page() throws Exception {
        Organization charity = qualifiedCharity();
        String number = FundraisingScenario.qualify(jdbc, charity);
        String base = "/api/public/organizations/" + charity.creditCode() + "/qualifications/" + number;

        MvcResult r = mvc.perform(get(base + "/certificate.pdf")).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(r.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("公开募捐资格证书", charity.name(),
                    charity.creditCode(), number, "王青禾", "2026年1月5日", charity.registrationAuthority(), "发证机关");
            assertThat(PdfQr.decode(pdf)).isEqualTo("https://query.example.gov.cn/verify/" + charity.creditCode()
                    + "/qualification/" + number);
        }
        mvc.perform(get(base + "/certificate-check")).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.organizationName").value(charity.name()))
                .andExpect(jsonPath("$.reasonZh").value("公开募捐资格证书有效"));
    }

    @Test
    void a_revoked_qualification_reads_revoked_with_its_reason_and_gets_no_certificate() throws Exception {
        Organization charity = qualifiedCharity();
        String number = FundraisingScenario.qualify(jdbc, charity);
        fundraising.revoke(FundraisingScenario.DIRECTOR, number, new RevocationRequest("以虚假材料骗取公开募捐资格"));
        String base = "/api/public/organizations/" + charity.creditCode() + "/qualifications/" + number;

        mvc.perform(get(base + "/certificate-check")).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.revocationReason").value("以虚假材料骗取公开募捐资格"));
        mvc.perform(get(base + "/certificate.pdf")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CERTIFICATE_NOT_VALID"));
    }

    @Test
    void another_organizations_number_or_an_unknown_one_is_not_found_and_a_bad_code_is_refused() throws Exception {
        Organization charity = qualifiedCharity();
        Organization other = qualifiedCharity();
        String othersNumber = FundraisingScenario.qualify(jdbc, other);

        mvc.perform(get("/api/public/organizations/" + charity.creditCode() + "/qualifications/" + othersNumber
                + "/certificate-check")).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/organizations/" + charity.creditCode() + "/qualifications/NO-SUCH"
                + "/certificate.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/organizations/53110000MJ000000XX/qualifications/" + othersNumber
                + "/certificate-check")).andExpect(status().is4xxClientError());
    }
}
