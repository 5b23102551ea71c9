package org.socorg.platform.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socorg.platform.credit.CreditList;
import org.socorg.platform.dashboard.Dashboard;
import org.socorg.platform.dashboard.Dashboard.CreditListCount;
import org.socorg.platform.dashboard.Dashboard.FlowCases;
import org.socorg.platform.dashboard.Dashboard.FlowTasks;
import org.socorg.platform.dashboard.Dashboard.OrganizationCount;
import org.socorg.platform.dashboard.Dashboard.ProvinceOrganizations;
import org.socorg.platform.dashboard.Dashboard.WeekCompleted;
import org.socorg.platform.dashboard.DashboardService;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.CurrentUser;
import org.socorg.platform.identity.Roles;
import org.socorg.platform.organization.OrganizationStatus;
import org.socorg.platform.organization.OrganizationType;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.ui.MainLayout;
import org.socorg.platform.ui.dashboard.EChart;
import org.socorg.platform.ui.forms.Texts;

/**
 * 统计分析: the figures of the official's jurisdiction ({@link DashboardService}) as KPI tiles and charts. Every chart
 * has a table alternative behind a "show as table" toggle and a summary as its accessible name; a chart without data
 * says what would fill it. Provinces are a tile grid placed roughly by geography rather than a map: no map of China
 * ships under a licence this project can use, and a published map of China needs the authorities' approval.
 */
@Route(value = "workspace/dashboard", layout = MainLayout.class)
@RolesAllowed({Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR, Roles.SUPERVISOR,
        Roles.ENFORCEMENT_OFFICER, Roles.AUDITOR})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The roles the inbox takes: only they get bars that open it. */
    static final Set<String> INBOX_ROLES = Set.of(Roles.REGISTRATION_OFFICER, Roles.REVIEWER, Roles.DIRECTOR,
            Roles.SUPERVISOR, Roles.ENFORCEMENT_OFFICER, Roles.EXPERT);

    static final String BLUE = "#1565c0";
    static final String GREEN = "#2e7d32";
    static final String GREY = "#616161";
    static final String RED = "#c62828";
    static final String AMBER = "#b26a00";
    static final String SLATE = "#546e7a";

    /**
     * Provincial-level authorities in a tile grid: column (west to east) and row (north to south), the Ministry
     * in the top left corner.
     */
    static final Map<String, int[]> TILES = tiles();

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MM-dd");

    private final CurrentUser currentUser;
    private final DashboardService dashboards;
    private final Texts texts = Ui.texts();

    DashboardView(CurrentUser currentUser, DashboardService dashboards) {
        this.currentUser = currentUser;
        this.dashboards = dashboards;
        setId("dashboard");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return texts.get("dashboard.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = currentUser.require();
        removeAll();
        add(new H2(texts.get("dashboard.title")));
        Dashboard d;
        try {
            d = dashboards.dashboard(caller);
        } catch (PlatformException refused) {
            Component message = Ui.empty(Ui.message(texts, refused));
            message.setId("dashboard-refused");
            add(message);
            return;
        }
        String asOf = Ui.time(d.asOf());
        add(Ui.note(d.divisionPrefix() == null ? texts.get("dashboard.scope.national", asOf)
                : texts.get("dashboard.scope", Ui.divisionLabel(texts, d.divisionCode()), asOf)));
        add(kpis(d));
        Div charts = new Div(cases(d, caller.inAnyGroup(INBOX_ROLES)), tasks(d), throughput(d), provinces(d),
                types(d), credit(d));
        charts.setId("dashboard-charts");
        charts.setWidthFull();
        charts.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 28rem), 1fr))");
        add(charts);
    }

    private Component kpis(Dashboard d) {
        Div tiles = new Div(kpi("kpi-open-cases", texts.get("dashboard.kpi.openCases"), d.totals().openCases(), BLUE),
                kpi("kpi-overdue", texts.get("dashboard.kpi.overdue"), d.totals().overdueTasks(), RED),
                kpi("kpi-due-soon", texts.get("dashboard.kpi.dueSoon"), d.totals().dueSoonTasks(), AMBER),
                kpi("kpi-listed", texts.get("dashboard.kpi.listed"), d.totals().listedOrganizations(), SLATE));
        tiles.setId("dashboard-kpis");
        tiles.setWidthFull();
        tiles.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))");
        return tiles;
    }

    private static Component kpi(String id, String label, long value, String colour) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("kpi-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600")
                .set("color", colour).set("line-height", "1.1");
        Span text = new Span(label);
        text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div tile = new Div(number, text);
        tile.setId(id);
        tile.getStyle().set("display", "flex").set("flex-direction", "column").set("padding", "var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("border-left", "6px solid " + colour);
        return tile;
    }

    // ---- the charts ----

    private Component cases(Dashboard d, boolean opensInbox) {
        List<FlowCases> flows = d.cases();
        List<String> names = flows.stream().map(f -> flow(f.processKey())).toList();
        Map<String, Object> option = barOption(names, List.of(
                stack(texts.get("dashboard.cases.running"), flows.stream().map(FlowCases::running).toList(), BLUE),
                stack(texts.get("dashboard.cases.completed"), flows.stream().map(FlowCases::completed).toList(),
                        GREEN),
                stack(texts.get("dashboard.cases.terminated"), flows.stream().map(FlowCases::terminated).toList(),
                        GREY)));
        long total = flows.stream().mapToLong(FlowCases::total).sum();
        List<List<String>> rows = new ArrayList<>();
        flows.forEach(f -> rows.add(List.of(flow(f.processKey()), n(f.running()), n(f.completed()),
                n(f.terminated()), n(f.total()))));
        ChartSection section = new ChartSection("cases", texts.get("dashboard.cases.title"),
                texts.get("dashboard.cases.summary", flows.size(), total, d.totals().openCases()), option,
                total == 0 ? texts.get("dashboard.cases.empty") : null,
                List.of(texts.get("dashboard.flow"), texts.get("dashboard.cases.running"),
                        texts.get("dashboard.cases.completed"), texts.get("dashboard.cases.terminated"),
                        texts.get("dashboard.total")), rows, heightFor(flows.size()));
        if (opensInbox && total > 0) {
            section.chart.addItemClickListener(i -> {
                if (i >= 0 && i < flows.size()) {
                    getUI().ifPresent(ui -> ui.navigate("workspace/inbox",
                            QueryParameters.of("flow", flows.get(i).processKey())));
                }
            });
            section.add(Ui.note(texts.get("dashboard.cases.hint")));
        }
        return section;
    }

    private Component tasks(Dashboard d) {
        List<FlowTasks> flows = d.tasks();
        List<String> names = flows.stream().map(f -> flow(f.processKey())).toList();
        Map<String, Object> option = barOption(names, List.of(
                stack(texts.get("dashboard.tasks.overdue"), flows.stream().map(FlowTasks::overdue).toList(), RED),
                stack(texts.get("dashboard.tasks.dueSoon"), flows.stream().map(FlowTasks::dueSoon).toList(), AMBER),
                stack(texts.get("dashboard.tasks.later"),
                        flows.stream().map(f -> f.open() - f.overdue() - f.dueSoon()).toList(), SLATE)));
        List<List<String>> rows = new ArrayList<>();
        flows.forEach(f -> rows.add(List.of(flow(f.processKey()), n(f.overdue()), n(f.dueSoon()),
                n(f.open() - f.overdue() - f.dueSoon()), n(f.open()))));
        return new ChartSection("tasks", texts.get("dashboard.tasks.title"),
                texts.get("dashboard.tasks.summary", d.totals().openTasks(), d.totals().overdueTasks(),
                        d.totals().dueSoonTasks(), d.dueSoonUntil().toString()),
                option, d.totals().openTasks() == 0 ? texts.get("dashboard.tasks.empty") : null,
                List.of(texts.get("dashboard.flow"), texts.get("dashboard.tasks.overdue"),
                        texts.get("dashboard.tasks.dueSoon"), texts.get("dashboard.tasks.later"),
                        texts.get("dashboard.total")), rows, heightFor(flows.size()));
    }

    private Component throughput(Dashboard d) {
        List<WeekCompleted> weeks = d.throughput();
        long total = weeks.stream().mapToLong(WeekCompleted::completed).sum();
        long most = weeks.stream().mapToLong(WeekCompleted::completed).max().orElse(0);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", grid(8));
        option.put("xAxis", Map.of("type", "category", "boundaryGap", false,
                "data", weeks.stream().map(w -> WEEK.format(w.weekStart())).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", List.of(Map.of("name", texts.get("dashboard.throughput.completed"), "type", "line",
                "data", weeks.stream().map(WeekCompleted::completed).toList(), "symbolSize", 8,
                "itemStyle", Map.of("color", GREEN), "lineStyle", Map.of("width", 3),
                "areaStyle", Map.of("opacity", 0.12))));
        List<List<String>> rows = weeks.stream().map(w -> List.of(w.weekStart().toString(), n(w.completed()))).toList();
        return new ChartSection("throughput", texts.get("dashboard.throughput.title"),
                texts.get("dashboard.throughput.summary", total, most), option,
                total == 0 ? texts.get("dashboard.throughput.empty") : null,
                List.of(texts.get("dashboard.throughput.week"), texts.get("dashboard.throughput.completed")), rows,
                "300px");
    }

    private Component provinces(Dashboard d) {
        Map<String, ProvinceOrganizations> byCode = new LinkedHashMap<>();
        d.organizationsByProvince().forEach(p -> byCode.put(p.provinceCode(), p));
        long max = d.organizationsByProvince().stream().mapToLong(ProvinceOrganizations::active).max().orElse(0);
        List<Object> cells = new ArrayList<>();
        for (Map.Entry<String, int[]> tile : TILES.entrySet()) {
            ProvinceOrganizations p = byCode.get(tile.getKey());
            long active = p == null ? 0 : p.active();
            boolean dark = max > 0 && active * 2 > max;
            cells.add(Map.of("name", province(tile.getKey()) + "：" + active,
                    "value", List.of(tile.getValue()[0], tile.getValue()[1], active),
                    "label", Map.of("formatter", texts.get("dashboard.province.short." + tile.getKey()) + "\n" + active,
                            "color", dark ? "#ffffff" : "#1a1a1a")));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("formatter", "{b}"));
        option.put("grid", Map.of("left", 4, "right", 4, "top", 4, "bottom", 48));
        List<Integer> eight = List.of(0, 1, 2, 3, 4, 5, 6, 7);
        option.put("xAxis", Map.of("type", "category", "data", eight, "show", false));
        option.put("yAxis", Map.of("type", "category", "data", eight, "show", false, "inverse", true));
        option.put("visualMap", Map.of("min", 0, "max", Math.max(1, max), "orient", "horizontal", "left", "center",
                "bottom", 0, "itemHeight", 120, "calculable", false, "text", List.of(n(Math.max(1, max)), "0"),
                "inRange", Map.of("color", List.of("#e3f2fd", "#0d47a1"))));
        option.put("series", List.of(Map.of("type", "heatmap", "data", cells,
                "label", Map.of("show", true, "fontSize", 11, "lineHeight", 13),
                "itemStyle", Map.of("borderColor", "#ffffff", "borderWidth", 2))));
        List<List<String>> rows = d.organizationsByProvince().stream()
                .map(p -> List.of(province(p.provinceCode()), n(p.active()), n(p.total()))).toList();
        long total = d.organizationsByProvince().stream().mapToLong(ProvinceOrganizations::total).sum();
        ChartSection section = new ChartSection("provinces", texts.get("dashboard.provinces.title"),
                texts.get("dashboard.provinces.summary", d.totals().activeOrganizations(), byCode.size()), option,
                total == 0 ? texts.get("dashboard.provinces.empty") : null,
                List.of(texts.get("dashboard.provinces.province"), texts.get("dashboard.provinces.active"),
                        texts.get("dashboard.total")), rows, "380px");
        section.add(Ui.note(texts.get("dashboard.provinces.note")));
        return section;
    }

    private Component types(Dashboard d) {
        List<OrganizationType> types = List.of(OrganizationType.values());
        List<Map<String, Object>> series = new ArrayList<>();
        Map<OrganizationStatus, String> colours = Map.of(OrganizationStatus.ACTIVE, BLUE,
                OrganizationStatus.DEREGISTERED, GREY, OrganizationStatus.REVOKED, RED);
        for (OrganizationStatus status : OrganizationStatus.values()) {
            series.add(stack(texts.get("public.status." + status.name()),
                    types.stream().map(t -> count(d, t, status)).toList(), colours.get(status)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (OrganizationType t : types) {
            List<String> row = new ArrayList<>(List.of(texts.get("public.type." + t.name())));
            long sum = 0;
            for (OrganizationStatus status : OrganizationStatus.values()) {
                row.add(n(count(d, t, status)));
                sum += count(d, t, status);
            }
            row.add(n(sum));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(texts.get("dashboard.types.type")));
        for (OrganizationStatus status : OrganizationStatus.values()) {
            headers.add(texts.get("public.status." + status.name()));
        }
        headers.add(texts.get("dashboard.total"));
        long total = d.organizations().stream().mapToLong(OrganizationCount::count).sum();
        return new ChartSection("types", texts.get("dashboard.types.title"),
                texts.get("dashboard.types.summary", total, d.totals().activeOrganizations()),
                barOption(types.stream().map(t -> texts.get("public.type." + t.name())).toList(), series),
                total == 0 ? texts.get("dashboard.provinces.empty") : null, headers, rows, "240px");
    }

    private Component credit(Dashboard d) {
        Map<CreditList, String> colours = Map.of(CreditList.ABNORMAL_ACTIVITY, AMBER, CreditList.SERIOUS_DISHONESTY,
                RED);
        List<Object> slices = d.credit().stream().map(c -> (Object) Map.of("name",
                texts.get("public.credit." + c.list().name()), "value", c.inForce(),
                "itemStyle", Map.of("color", colours.get(c.list())))).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        option.put("legend", Map.of("bottom", 0));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("40%", "68%"),
                "center", List.of("50%", "45%"), "data", slices, "label", Map.of("formatter", "{b}\n{c}"))));
        List<List<String>> rows = d.credit().stream().map(c -> List.of(texts.get("public.credit." + c.list().name()),
                n(c.inForce()), n(c.removed()))).toList();
        long inForce = d.credit().stream().mapToLong(CreditListCount::inForce).sum();
        return new ChartSection("credit", texts.get("dashboard.credit.title"),
                texts.get("dashboard.credit.summary", inForce, d.totals().listedOrganizations()), option,
                inForce == 0 ? texts.get("dashboard.credit.empty") : null,
                List.of(texts.get("dashboard.credit.list"), texts.get("public.credit.in-force"),
                        texts.get("public.credit.removed")), rows, "300px");
    }

    // ---- helpers ----

    private static long count(Dashboard d, OrganizationType type, OrganizationStatus status) {
        return d.organizations().stream().filter(o -> o.type() == type && o.status() == status)
                .mapToLong(OrganizationCount::count).sum();
    }

    /** A horizontal stacked bar chart: categories on the vertical axis, where long flow names fit on a phone. */
    private static Map<String, Object> barOption(List<String> categories, List<Map<String, Object>> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("top", 0));
        option.put("grid", grid(36));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", categories,
                "axisLabel", Map.of("width", 110, "overflow", "break")));
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> grid(int top) {
        return Map.of("left", 8, "right", 24, "top", top, "bottom", 8, "containLabel", true);
    }

    private static Map<String, Object> stack(String name, List<Long> values, String colour) {
        return Map.of("name", name, "type", "bar", "stack", "total", "data", values, "barMaxWidth", 28,
                "itemStyle", Map.of("color", colour), "emphasis", Map.of("focus", "series"), "cursor", "pointer");
    }

    private static String heightFor(int categories) {
        return Math.max(200, 60 + 44 * categories) + "px";
    }

    private String flow(String processKey) {
        String key = "dashboard.flow." + processKey;
        String label = texts.get(key);
        return label.equals(key) ? processKey : label;
    }

    private String province(String code) {
        String key = "dashboard.province." + code;
        String label = texts.get(key);
        return label.equals(key) ? code : label;
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    private static Map<String, int[]> tiles() {
        Map<String, int[]> t = new LinkedHashMap<>();
        t.put("100000", new int[] {0, 0});
        t.put("230000", new int[] {7, 0});
        t.put("150000", new int[] {4, 1});
        t.put("110000", new int[] {5, 1});
        t.put("210000", new int[] {6, 1});
        t.put("220000", new int[] {7, 1});
        t.put("650000", new int[] {1, 2});
        t.put("620000", new int[] {2, 2});
        t.put("640000", new int[] {3, 2});
        t.put("140000", new int[] {4, 2});
        t.put("130000", new int[] {5, 2});
        t.put("120000", new int[] {6, 2});
        t.put("630000", new int[] {2, 3});
        t.put("610000", new int[] {3, 3});
        t.put("410000", new int[] {4, 3});
        t.put("370000", new int[] {5, 3});
        t.put("540000", new int[] {1, 4});
        t.put("510000", new int[] {2, 4});
        t.put("500000", new int[] {3, 4});
        t.put("420000", new int[] {4, 4});
        t.put("340000", new int[] {5, 4});
        t.put("320000", new int[] {6, 4});
        t.put("310000", new int[] {7, 4});
        t.put("530000", new int[] {2, 5});
        t.put("520000", new int[] {3, 5});
        t.put("430000", new int[] {4, 5});
        t.put("360000", new int[] {5, 5});
        t.put("330000", new int[] {6, 5});
        t.put("450000", new int[] {3, 6});
        t.put("440000", new int[] {4, 6});
        t.put("350000", new int[] {5, 6});
        t.put("460000", new int[] {4, 7});
        return t;
    }

    /**
     * A chart with its title, summary (the chart's accessible name), empty state and table alternative. The toggle
     * swaps the chart for the table, so keyboard and screen-reader users reach the same numbers.
     */
    final class ChartSection extends Section {

        final EChart chart = new EChart();

        ChartSection(String id, String title, String summary, Map<String, Object> option, String emptyText,
                List<String> headers, List<List<String>> rows, String height) {
            setId("chart-" + id);
            addClassName("dashboard-chart");
            getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                    .set("min-width", "0");
            H3 heading = new H3(title);
            heading.setId("chart-" + id + "-title");
            heading.getStyle().set("margin-top", "0");
            getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            add(heading);
            Div table = table(id, title, headers, rows);
            // the hidden attribute rather than setVisible: Vaadin leaves an invisible component's id out of the page,
            // and the toggle's aria-controls must name an element that is there
            table.getElement().setAttribute("hidden", true);
            Button toggle = new Button(texts.get("dashboard.showTable"));
            toggle.setId("chart-" + id + "-toggle");
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            toggle.getElement().setAttribute("aria-controls", "chart-" + id + "-table");
            toggle.getElement().setAttribute("aria-pressed", "false");
            Component shown;
            if (emptyText != null) {
                shown = Ui.empty(emptyText);
                shown.setId("chart-" + id + "-empty");
            } else {
                chart.setId("chart-" + id + "-chart");
                chart.setSummary(title + "：" + summary);
                chart.setHeight(height);
                chart.setOption(option);
                shown = chart;
            }
            toggle.addClickListener(e -> {
                boolean asTable = table.getElement().hasAttribute("hidden");
                hide(table, !asTable);
                hide(shown, asTable);
                toggle.setText(texts.get(asTable ? "dashboard.showChart" : "dashboard.showTable"));
                toggle.getElement().setAttribute("aria-pressed", String.valueOf(asTable));
            });
            add(Ui.note(summary), toggle, shown, table);
        }
    }

    private static void hide(Component component, boolean hidden) {
        if (hidden) {
            component.getElement().setAttribute("hidden", true);
        } else {
            component.getElement().removeAttribute("hidden");
        }
    }

    /** A plain HTML table (caption, column and row headers): what screen readers navigate best. */
    static Div table(String id, String caption, List<String> headers, List<List<String>> rows) {
        Element table = new Element("table");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        Element captionElement = new Element("caption");
        captionElement.setText(caption);
        captionElement.getStyle().set("text-align", "start").set("font-weight", "600");
        table.appendChild(captionElement);
        Element head = new Element("thead");
        Element headRow = new Element("tr");
        for (String h : headers) {
            headRow.appendChild(cell("th", h).setAttribute("scope", "col"));
        }
        table.appendChild(head.appendChild(headRow));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(i == 0 ? cell("th", row.get(i)).setAttribute("scope", "row")
                        : cell("td", row.get(i)).setAttribute("class", "number"));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.setId("chart-" + id + "-table");
        wrapper.addClassName("dashboard-table");
        // a wide table scrolls sideways on a phone instead of widening the page
        wrapper.getStyle().set("overflow-x", "auto");
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text);
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("text-align", "td".equals(tag) ? "end" : "start");
        return cell;
    }
}
