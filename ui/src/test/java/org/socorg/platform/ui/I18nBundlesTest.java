package org.socorg.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.disclosure.CreditFilter;
import org.socorg.platform.disclosure.PublicQueryService;
import org.socorg.platform.organization.OrganizationScope;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;

/** The UI's message bundles stay in sync: every key in both languages, same placeholders, every key the code uses. */
class I18nBundlesTest {

    static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_key_is_in_both_languages_with_a_text_and_the_same_placeholders() throws IOException {
        Properties english = bundle("translations.properties");
        Properties chinese = bundle("translations_zh_CN.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        assertThat(onlyEnglish).as("keys missing in translations_zh_CN.properties").isEmpty();
        assertThat(onlyChinese).as("keys missing in translations.properties").isEmpty();
        List<String> wrong = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            if (en.isBlank() || zh.isBlank()) {
                wrong.add(key + ": empty");
            } else if (placeholders(en) != placeholders(zh)) {
                wrong.add(key + ": placeholders differ");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_public_key_the_views_ask_for_exists() throws IOException {
        Properties english = bundle("translations.properties");
        Set<String> used = literals(Pattern.compile("\"(public\\.[a-z0-9.-]*[a-z0-9])\""));
        for (OrganizationType t : OrganizationType.values()) {
            used.add("public.type." + t.name());
        }
        for (OrganizationStatus s : OrganizationStatus.values()) {
            used.add("public.status." + s.name());
        }
        for (OrganizationScope s : OrganizationScope.values()) {
            used.add("public.scope." + s.name());
        }
        for (CreditFilter c : CreditFilter.values()) {
            used.add("public.credit." + c.name());
        }
        for (CreditList c : CreditList.values()) {
            used.add("public.credit." + c.name());
        }
        PublicQueryService.SECTION_ORDER.forEach(s -> used.add("public.tab." + s));
        assertThat(used).hasSizeGreaterThan(50);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys used by the code but in no bundle").isEmpty();
    }

    /** Every literal key of the workspace, dashboard and admin screens the code asks for is in the bundles. */
    @Test
    void every_literal_key_the_code_asks_for_exists() throws IOException {
        Properties english = bundle("translations.properties");
        Set<String> used = literals(Pattern.compile("\"((?:workspace|dashboard|admin|calendar|workbench|nav|app)"
                + "\\.[A-Za-z0-9_.-]*[A-Za-z0-9])\""));
        // keys made from an enum's names
        for (var s : org.socorg.platform.annualreport.AnnualReportStatus.values()) {
            used.add("workspace.status.annual-report." + s.name());
        }
        for (var s : org.socorg.platform.evaluation.EvaluationStatus.values()) {
            used.add("workspace.status.evaluation." + s.name());
        }
        for (var s : org.socorg.platform.registration.ApplicationStatus.values()) {
            used.add("workspace.status." + s.name());
        }
        for (var s : org.socorg.platform.credit.CreditRequestKind.values()) {
            used.add("workspace.credit.request." + s.name());
        }
        for (var s : org.socorg.platform.ui.workspace.InboxView.Scope.values()) {
            used.add("workspace.inbox.scope." + s.name());
        }
        assertThat(used).hasSizeGreaterThan(200);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys used by the code but in no bundle").isEmpty();
    }

    /**
     * Every process and every user task of the processes the platform deploys has its name in both languages
     * (workspace.flow.*, workspace.step.*): the inbox, case view and timeline never show a BPMN id or an English
     * model name on a Chinese page.
     */
    @Test
    void every_process_and_user_task_is_named_in_both_languages() throws IOException {
        Properties english = bundle("translations.properties");
        Properties chinese = bundle("translations_zh_CN.properties");
        Set<String> keys = new TreeSet<>();
        Pattern process = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
        Pattern userTask = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");
        var models = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:processes/**/*.bpmn");
        assertThat(models).hasSizeGreaterThanOrEqualTo(11);
        for (var model : models) {
            String xml = new String(model.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.matcher(xml).results().forEach(m -> keys.add("workspace.flow." + m.group(1)));
            userTask.matcher(xml).results().forEach(m -> keys.add("workspace.step." + m.group(1)));
        }
        assertThat(keys).hasSizeGreaterThan(30);
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!english.containsKey(key) || !chinese.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The first group of every match of {@code literal} in the module's sources. */
    private static Set<String> literals(Pattern literal) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static int placeholders(String message) {
        return new MessageFormat(message).getFormatsByArgumentIndex().length;
    }
}
