package org.socorg.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.socorg.platform.TestPlatformApplication;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.organization.NewOrganization;
import org.socorg.platform.organization.Organization;
import org.socorg.platform.organization.OrganizationRegistry;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public query over HTTP, without signing in: search by name fragment and code with every filter, the
 * organization page with a feature's records (a stub source here), the credit lists, the certificate and its
 * verification, the refusals, and nothing that is not public.
 */
@SpringBootTest(classes = {TestPlatformApplication.class, PublicQueryApiTest.StubSources.class},
        properties = "platform.public.base-url=https://query.example.gov.cn/")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicQueryApiTest {

    static final String HOLDER = "holder-not-public";
    static final String APPROVER = "approver-not-public";
    static final String LISTER = "lister-not-public";

    @TestConfiguration
    static class StubSources {
        @Bean
        PublicRecordSource stubAnnualReports() {
            return new PublicRecordSource() {
                @Override
                public String section() {
                    return PublicSections.ANNUAL_REPORTS;
                }

                @Override
                public List<PublicRecord> publicRecords(String creditCode) {
                    return List.of(
                            new PublicRecord(section(), "ar-2024", LocalDate.of(2025, 5, 20), "2024年度报告",
                                    "Annual report 2024", List.of(new PublicField("检查结论", "Result", "合格")),
                                    "annual-report-2024-" + creditCode),
                            new PublicRecord(section(), "ar-2025", LocalDate.of(2026, 5, 20), "2025年度报告",
                                    "Annual report 2025", List.of(new PublicField("检查结论", "Result", "基本合格")),
                                    "annual-report-2025-" + creditCode));
                }
            };
        }

        @Bean
        PublicRecordSource brokenEvaluation() {
            return new PublicRecordSource() {
                @Override
                public String section() {
                    return PublicSections.EVALUATION;
                }

                @Override
                public List<PublicRecord> publicRecords(String creditCode) {
                    throw new IllegalStateException("the evaluation store is down");
                }
            };
        }
    }

    @Autowired MockMvc mvc;
    @Autowired OrganizationRegistry registry;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    /** Six Chinese characters no other test uses, so searches here find only this test's organizations. */
    private static String token() {
        String pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        Random random = new Random();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append(pool.charAt(random.nextInt(pool.length())));
        }
        return b.toString();
    }

    private Organization register(String name, OrganizationType type, String division) {
        return registry.register(new NewOrganization(name, type, OrganizationScope.LOCAL, division, "某市民政局",
                "林木棉", new BigDecimal("4000000"), "某市越秀区1号", "资助家庭经济困难学生完成学业",
                java.util.UUID.randomUUID().toString(), HOLDER, APPROVER));
    }

    private void list(String code, CreditList list, String division, LocalDate removedOn) {
        jdbc.update("""
                INSERT INTO credit_listing (credit_code, list_type, reason_code, reason, legal_basis, division_code,
                  listed_on, listed_by, source, source_reference, removed_on, removal_reason, created_at)
                VALUES (?, ?, 'ANNUAL_REPORT_NOT_FILED', '未按规定报送年度工作报告', '《社会组织信用信息管理办法》',
                  ?, ?, ?, 'annual-report', 'annual-report-case-1', ?, ?, ?)""",
                code, list.name(), division, Date.valueOf(LocalDate.of(2026, 6, 1)), LISTER,
                removedOn == null ? null : Date.valueOf(removedOn), removedOn == null ? null : "已补报",
                Timestamp.from(Instant.now()));
    }

    private JsonNode getJson(String path) throws Exception {
        MvcResult r = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        return json.readTree(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private List<String> codes(String path) throws Exception {
        List<String> codes = new ArrayList<>();
        getJson(path).get("items").forEach(i -> codes.add(i.get("creditCode").asText()));
        return codes;
    }

    @Test
    void finds_an_organization_by_a_partial_chinese_name_in_any_width_and_by_its_exact_code() throws Exception {
        String t = token();
        Organization o = register("乌鲁木齐" + t + "ＡＢＣ助学基金会", OrganizationType.FOUNDATION, "650100");

        assertThat(codes("/api/public/organizations?q=" + t + "ABC助学")).containsExactly(o.creditCode());
        assertThat(codes("/api/public/organizations?q=" + t + " abc")).as("NFKC, spaces, Latin case")
                .containsExactly(o.creditCode());
        assertThat(codes("/api/public/organizations?q=" + o.creditCode().toLowerCase()))
                .containsExactly(o.creditCode());
        assertThat(codes("/api/public/organizations?q=" + t + "不存在")).isEmpty();
        assertThat(codes("/api/public/organizations?q=" + t.substring(0, 3) + "%25")).as("% is a character")
                .isEmpty();
    }

    @Test
    void filters_by_type_status_region_charity_fundraising_and_credit_status() throws Exception {
        String t = token();
        Organization foundation = register("乌鲁木齐" + t + "慈善基金会", OrganizationType.FOUNDATION, "650100");
        Organization association = register("克拉玛依" + t + "书法协会", OrganizationType.ASSOCIATION, "650200");
        Organization service = register("乌鲁木齐" + t + "养老服务中心", OrganizationType.SOCIAL_SERVICE, "650100");
        jdbc.update("UPDATE organization SET charity = TRUE, public_fundraising = TRUE WHERE credit_code = ?",
                foundation.creditCode());
        jdbc.update("UPDATE organization SET charity = TRUE WHERE credit_code = ?", service.creditCode());
        jdbc.update("UPDATE organization SET status = 'DEREGISTERED', active_name = NULL WHERE credit_code = ?",
                service.creditCode());
        list(association.creditCode(), CreditList.ABNORMAL_ACTIVITY, "650200", null);
        list(service.creditCode(), CreditList.SERIOUS_DISHONESTY, "650100", LocalDate.of(2026, 7, 1));
        String q = "/api/public/organizations?q=" + t;

        assertThat(codes(q)).hasSize(3);
        assertThat(codes(q + "&type=ASSOCIATION")).containsExactly(association.creditCode());
        assertThat(codes(q + "&status=DEREGISTERED")).containsExactly(service.creditCode());
        assertThat(codes(q + "&region=6502")).containsExactly(association.creditCode());
        assertThat(codes(q + "&region=650100")).containsExactlyInAnyOrder(foundation.creditCode(),
                service.creditCode());
        assertThat(codes(q + "&charity=true")).containsExactlyInAnyOrder(foundation.creditCode(),
                service.creditCode());
        assertThat(codes(q + "&charity=false")).containsExactly(association.creditCode());
        assertThat(codes(q + "&fundraising=true")).containsExactly(foundation.creditCode());
        assertThat(codes(q + "&credit=ABNORMAL_ACTIVITY")).containsExactly(association.creditCode());
        assertThat(codes(q + "&credit=SERIOUS_DISHONESTY")).as("a removed listing is not in force").isEmpty();
        assertThat(codes(q + "&credit=CLEAR")).containsExactlyInAnyOrder(foundation.creditCode(),
                service.creditCode());

        JsonNode page = getJson(q + "&size=2&page=1");
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(1);
        JsonNode listed = getJson(q + "&type=ASSOCIATION").get("items").get(0);
        assertThat(listed.get("creditListsInForce").get(0).asText()).isEqualTo("ABNORMAL_ACTIVITY");
    }

    @Test
    void the_organization_page_holds_every_public_field_and_section_and_nothing_that_is_not_public()
            throws Exception {
        String t = token();
        Organization o = register("乌鲁木齐" + t + "助学基金会", OrganizationType.FOUNDATION, "650100");
        list(o.creditCode(), CreditList.ABNORMAL_ACTIVITY, "650100", LocalDate.of(2026, 8, 3));

        MvcResult r = mvc.perform(get("/api/public/organizations/" + o.creditCode())).andExpect(status().isOk())
                .andReturn();
        String body = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode page = json.readTree(body);
        JsonNode basic = page.get("basicInfo");
        for (String field : List.of("name", "creditCode", "certificateNumber", "type", "status", "foundedOn",
                "registrationAuthority", "supervisingUnit", "legalRepresentative", "activityFunds", "address",
                "businessScope", "certificateValidFrom", "certificateValidTo", "charity", "publicFundraising")) {
            assertThat(basic.hasNonNull(field)).as(field).isTrue();
        }
        assertThat(basic.get("businessKey").asText()).isEqualTo(o.applicationId());
        assertThat(page.get("statusHistory").get(0).get("toStatus").asText()).isEqualTo("ACTIVE");
        JsonNode listing = page.get("creditListings").get(0);
        assertThat(listing.get("listedOn").asText()).isEqualTo("2026-06-01");
        assertThat(listing.get("removedOn").asText()).isEqualTo("2026-08-03");
        assertThat(listing.get("removalReason").asText()).isEqualTo("已补报");

        List<String> sections = new ArrayList<>();
        page.get("sections").forEach(s -> sections.add(s.get("key").asText()));
        assertThat(sections).containsExactlyElementsOf(PublicQueryService.SECTION_ORDER);
        JsonNode reports = page.get("sections").get(1);
        assertThat(reports.get("records")).extracting(n -> n.get("id").asText())
                .as("newest first").containsExactly("ar-2025", "ar-2024");
        assertThat(reports.get("complete").asBoolean()).isTrue();
        assertThat(page.get("sections").get(2).get("complete").asBoolean())
                .as("a failing source marks its tab incomplete, the page still answers").isFalse();

        assertThat(body).doesNotContain(HOLDER, APPROVER, LISTER, "accountHolder", "changedBy", "listedBy",
                "removedBy", "applicationId");
    }

    @Test
    void the_public_credit_lists_hold_the_listings_in_force_with_names() throws Exception {
        String t = token();
        Organization o = register("喀什" + t + "文化协会", OrganizationType.ASSOCIATION, "653100");
        list(o.creditCode(), CreditList.SERIOUS_DISHONESTY, "653100", null);

        MvcResult r = mvc.perform(get("/api/public/credit-lists/SERIOUS_DISHONESTY?region=6531"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].creditCode").value(o.creditCode()))
                .andExpect(jsonPath("$[0].name").value(o.name()))
                .andExpect(jsonPath("$[0].reason").value("未按规定报送年度工作报告")).andReturn();
        assertThat(r.getResponse().getContentAsString()).doesNotContain(LISTER);
    }

    @Test
    void the_certificate_pdf_carries_the_registration_details_and_a_qr_code_of_the_verification_page()
            throws Exception {
        String t = token();
        Organization o = register("乌鲁木齐" + t + "助学基金会", OrganizationType.FOUNDATION, "650100");

        MvcResult r = mvc.perform(get("/api/public/organizations/" + o.creditCode() + "/certificate.pdf"))
                .andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(r.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("基金会法人登记证书", o.name(), o.creditCode(), o.certificateNumber(), "基金会",
                    "林木棉", "某市越秀区1号", "资助家庭经济困难学生完成学业", o.registrationAuthority(),
                    o.certificateValidFrom().toString(), o.certificateValidTo().toString(), "法定代表人", "有效期");
            assertThat(org.socorg.platform.support.PdfQr.decode(pdf)).isEqualTo("https://query.example.gov.cn/verify/" + o.creditCode());
        }

        mvc.perform(get("/api/public/organizations/" + o.creditCode() + "/certificate-check"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.certificateNumber").value(o.certificateNumber()));
    }

    @Test
    void a_deregistered_organization_gets_no_certificate_and_its_verification_says_it_is_not_valid()
            throws Exception {
        Organization o = register("乌鲁木齐" + token() + "助学基金会", OrganizationType.FOUNDATION, "650100");
        jdbc.update("UPDATE organization SET status = 'DEREGISTERED', active_name = NULL WHERE credit_code = ?",
                o.creditCode());

        mvc.perform(get("/api/public/organizations/" + o.creditCode() + "/certificate.pdf"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CERTIFICATE_NOT_VALID"));
        mvc.perform(get("/api/public/organizations/" + o.creditCode() + "/certificate-check"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reasonEn").value(org.hamcrest.Matchers.containsString("deregistered")));
    }

    @Test
    void refuses_a_bad_region_type_or_code_naming_what_is_wrong_and_answers_404_for_an_unknown_code()
            throws Exception {
        mvc.perform(get("/api/public/organizations?region=44x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.field").value("region"));
        mvc.perform(get("/api/public/organizations?type=CLUB")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/public/organizations?q=" + "长".repeat(101))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("q"));
        mvc.perform(get("/api/public/organizations/12345")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_CREDIT_CODE"));
        String unknown = org.socorg.platform.organization.CreditCodes.compose(
                org.socorg.platform.organization.CreditCodes.CIVIL_AFFAIRS, OrganizationType.FOUNDATION, "650100",
                org.socorg.platform.organization.CreditCodes.organizationBody("YY", 999_999)).toString();
        mvc.perform(get("/api/public/organizations/" + unknown)).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/organizations/" + unknown + "/certificate.pdf"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/public/credit-lists/NO_SUCH_LIST")).andExpect(status().isBadRequest());
    }
}
