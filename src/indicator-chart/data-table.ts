/**
 * The data table behind "Ver tabla de datos": every value of the indicator
 * (the baseline, every observation with a column per dimension, the
 * targets), the same rows the CSV holds. A region ("Tabla de datos") that
 * scrolls sideways on narrow screens and takes the focus so keyboards can
 * scroll it. The caption, the indicator's name, is heard once: as the
 * table's name (its text is hidden from screen readers, which would read it
 * again as the table's first line).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderText } from '../core/templates.js';
import { formatDate } from '../shared/format.js';
import { formatValue } from '../shared/format-value.js';
import type { ChartData } from './chart-model.js';
import { columnNames, dataRows, dimensionValue } from './describe.js';

/**
 * The table, or an empty hidden box (what the toggle's aria-controls names)
 * while it is closed. Ten thousand rows take a while to render: the element
 * guards this call, so a key press on the plot does not redraw the table.
 */
export function renderDataTable(
  { indicator, lang, defaultLanguage, strings, keys }: ChartData,
  open: boolean,
): TemplateResult {
  if (!open) return html`<div id="data-table" hidden></div>`;
  const names = columnNames(indicator, lang, defaultLanguage, strings, keys);
  return html`<div
    id="data-table"
    part="table"
    class="table-wrap"
    role="region"
    tabindex="0"
    aria-label=${strings.tableRegion}
  >
    <table aria-labelledby="table-caption">
      <caption id="table-caption" aria-hidden="true">
        ${renderText(indicator.name, lang, defaultLanguage)}
      </caption>
      <thead>
        <tr>
          ${names.map(
            (name, index) =>
              html`<th scope="col" class=${index === names.length - 1 ? 'number' : nothing}>${name}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${dataRows(indicator).map(
          (row) =>
            html`<tr>
              <th scope="row"><time datetime=${row.date}>${formatDate(row.date, lang, 'medium')}</time></th>
              <td>${strings.rowKinds[row.kind]}</td>
              ${keys.map((key) => html`<td>${dimensionValue(row.dimensions, key) ?? strings.allValues}</td>`)}
              <td class="number">${formatValue(row.value, indicator, lang)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
