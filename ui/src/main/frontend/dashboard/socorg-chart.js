// One Apache ECharts chart, in light DOM. The Vaadin view gives it the whole ECharts option as JSON in the
// attribute "option" (an attribute, not a property: it survives the element being upgraded after Vaadin set it) and
// listens for "chart-click". The element itself carries role="img" and the chart's summary as aria-label; the
// drawing is hidden from assistive technology, which reads the table alternative the view offers instead.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, SVGRenderer]);

// in a style sheet, not inline: an inline display would override the hidden attribute the table toggle sets
if (!document.getElementById('socorg-chart-style')) {
  const style = document.createElement('style');
  style.id = 'socorg-chart-style';
  style.textContent = 'socorg-chart { display: block; width: 100%; } socorg-chart[hidden] { display: none; }';
  document.head.append(style);
}

class SocorgChart extends HTMLElement {
  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
    this.style.height = this.style.height || '320px';
    if (!this.container) {
      this.container = document.createElement('div');
      this.container.className = 'socorg-chart-canvas';
      this.container.setAttribute('aria-hidden', 'true');
      this.container.style.width = '100%';
      this.container.style.height = '100%';
      this.append(this.container);
    }
    if (!this.chart) {
      // SVG: crisp on phones' dense screens and cheap for a few hundred shapes
      this.chart = echarts.init(this.container, null, { renderer: 'svg' });
      this.chart.on('click', p => this.dispatchEvent(new CustomEvent('chart-click', {
        detail: { dataIndex: p.dataIndex, seriesIndex: p.seriesIndex, name: p.name }
      })));
      // charts follow their box: a phone turned sideways, the drawer opening, the grid reflowing
      this.resizer = new ResizeObserver(() => this.chart && this.chart.resize());
      this.resizer.observe(this);
    }
    this.render();
  }

  disconnectedCallback() {
    if (this.resizer) {
      this.resizer.disconnect();
      this.resizer = null;
    }
    if (this.chart) {
      this.chart.dispose();
      this.chart = null;
    }
  }

  attributeChangedCallback() {
    this.render();
  }

  render() {
    const json = this.getAttribute('option');
    if (!this.chart || !json) {
      return;
    }
    this.chart.setOption(JSON.parse(json), true);
    this.setAttribute('data-rendered', 'true');
  }
}

if (!customElements.get('socorg-chart')) {
  customElements.define('socorg-chart', SocorgChart);
}
