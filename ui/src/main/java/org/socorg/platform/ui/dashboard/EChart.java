package org.socorg.platform.ui.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One Apache ECharts chart (front-end: {@code frontend/dashboard/socorg-chart.js}). The option is built on the server
 * as plain maps and lists and sent whole; the chart is an image to assistive technology, named by
 * {@link #setSummary(String)}, so every chart needs a table alternative beside it.
 */
@Tag("socorg-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@JsModule("./dashboard/socorg-chart.js")
public class EChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EChart() {
        getElement().setAttribute("role", "img");
    }

    /** The ECharts option (https://echarts.apache.org/en/option.html) as maps, lists, strings and numbers. */
    public void setOption(Map<String, Object> option) {
        try {
            getElement().setAttribute("option", JSON.writeValueAsString(option));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chart option is not JSON-serialisable", e);
        }
    }

    /** What the chart shows, in words: its accessible name. */
    public void setSummary(String summary) {
        getElement().setAttribute("aria-label", summary);
    }

    /** Called with the index of the data item (bar, point, slice) clicked. */
    public Registration addItemClickListener(IntConsumer listener) {
        return getElement().addEventListener("chart-click",
                e -> listener.accept((int) e.getEventData().getNumber("event.detail.dataIndex")))
                .addEventData("event.detail.dataIndex");
    }
}
