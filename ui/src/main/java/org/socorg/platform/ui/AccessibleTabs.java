package org.socorg.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.ArrayList;
import java.util.List;

/**
 * Tabs built from plain buttons and divs with the WAI-ARIA tabs pattern (tablist / tab / tabpanel, aria-selected,
 * aria-controls, arrow keys move between tabs). Vaadin's TabSheet keeps its tabs in a shadow root that axe-core
 * reports as a critical {@code aria-required-children} violation, so the public pages, which must pass WCAG 2.1
 * AA checks, use this instead.
 */
class AccessibleTabs extends Div {

    private final Div list = new Div();
    private final Div panels = new Div();
    private final List<NativeButton> tabs = new ArrayList<>();
    private final List<Div> contents = new ArrayList<>();
    private final String idPrefix;

    AccessibleTabs(String idPrefix, String label) {
        this.idPrefix = idPrefix;
        list.getElement().setAttribute("role", "tablist");
        list.getElement().setAttribute("aria-label", label);
        list.addClassName("socorg-tablist");
        list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)").set("margin-bottom", "var(--lumo-space-m)");
        panels.setWidthFull();
        add(list, panels);
        setWidthFull();
    }

    void add(String title, Component content) {
        int index = tabs.size();
        NativeButton tab = new NativeButton(title);
        tab.setId(idPrefix + "-tab-" + index);
        tab.getElement().setAttribute("role", "tab");
        tab.getElement().setAttribute("aria-controls", idPrefix + "-panel-" + index);
        tab.addClassName("socorg-tab");
        tab.getStyle().set("border", "none").set("background", "none").set("cursor", "pointer")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("font", "inherit")
                .set("color", "var(--lumo-body-text-color)").set("border-bottom", "3px solid transparent");
        tab.addClickListener(e -> select(index));
        tab.addClickShortcut(Key.ENTER).listenOn(tab);
        tab.getElement().addEventListener("keydown", e -> select(Math.min(index + 1, tabs.size() - 1), true))
                .setFilter("event.key === 'ArrowRight'");
        tab.getElement().addEventListener("keydown", e -> select(Math.max(index - 1, 0), true))
                .setFilter("event.key === 'ArrowLeft'");
        Div panel = new Div(content);
        panel.setId(idPrefix + "-panel-" + index);
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("aria-labelledby", tab.getId().orElseThrow());
        panel.getElement().setAttribute("tabindex", "0");
        panel.setWidthFull();
        tabs.add(tab);
        contents.add(panel);
        list.add(tab);
        panels.add(panel);
        select(tabs.size() == 1 ? 0 : selectedIndex());
    }

    private int selectedIndex() {
        for (int i = 0; i < tabs.size(); i++) {
            if ("true".equals(tabs.get(i).getElement().getAttribute("aria-selected"))) {
                return i;
            }
        }
        return 0;
    }

    void select(int index) {
        select(index, false);
    }

    private void select(int index, boolean focus) {
        for (int i = 0; i < tabs.size(); i++) {
            boolean selected = i == index;
            NativeButton tab = tabs.get(i);
            tab.getElement().setAttribute("aria-selected", String.valueOf(selected));
            // roving tabindex: Tab reaches the selected tab, the arrow keys the others
            tab.getElement().setAttribute("tabindex", selected ? "0" : "-1");
            tab.getStyle().set("border-bottom-color", selected ? "var(--lumo-primary-color)" : "transparent")
                    .set("font-weight", selected ? "600" : "normal");
            contents.get(i).setVisible(selected);
        }
        if (focus) {
            tabs.get(index).focus();
        }
    }
}
