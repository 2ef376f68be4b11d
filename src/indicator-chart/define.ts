import { defineElement } from '../core/define.js';
import { OgpIndicatorChart } from './indicator-chart.js';

defineElement('ogp-indicator-chart', OgpIndicatorChart);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-indicator-chart': OgpIndicatorChart;
  }
}
