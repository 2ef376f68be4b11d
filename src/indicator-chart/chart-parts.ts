/**
 * The chart's HTML around the plot, one function per part: the figures
 * (latest value, progress), the legend (the dimension choices and the
 * series key), the source line and the action buttons. Pure templates;
 * handlers come from the element, which Lit calls them on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { statusIcon, renderLink, renderProgress } from '../core/templates.js';
import { formatDate } from '../shared/format.js';
import { localize, textLang } from '../shared/feed-text.js';
import type { CommonStrings } from '../shared/i18n.js';
import type { ChartModel } from './chart-model.js';
import { dimensionLabel, valueText } from './describe.js';
import { DOWNLOAD_FORMATS } from './export.js';
import { renderSwatch } from './plot.js';

/**
 * The latest value with its month, and the progress bar toward the final
 * target (or "Meta cumplida"): the total's, and said so while the chart
 * shows a breakdown ("Último valor (total)").
 */
export function renderFigures({
  indicator,
  lang,
  defaultLanguage,
  strings,
  progress,
  dimension,
}: ChartModel): TemplateResult {
  const { latest } = progress;
  const label = (text: string) => (dimension ? strings.ofTotal(text) : text);
  return html`<dl part="figures" class="figures">
    <div class="figure">
      <dt>${label(strings.latest)}</dt>
      <dd>
        ${
          latest
            ? html`<span class="figure__value">${valueText(latest.value, indicator, lang, defaultLanguage)}</span>
                <span class="figure__date">${formatDate(latest.date, lang, 'month')}</span>`
            : strings.noObservations
        }
      </dd>
    </div>
    ${
      progress.clamped === undefined
        ? nothing
        : html`<div class="figure figure--progress">
            <dt>${label(strings.progress)}</dt>
            <dd>
              ${
                progress.met
                  ? html`<span class="met">${statusIcon('completed')}${strings.targetMet}</span>`
                  : renderProgress(progress.clamped * 100, lang, label(strings.progress))
              }
            </dd>
          </div>`
    }
  </dl>`;
}

/**
 * The radio buttons that choose the dimension (when the indicator can be
 * split), the key of the drawn series, and, by dimension, a note that the
 * baseline and targets are the total's.
 */
export function renderLegend(model: ChartModel, onDimensionChange: (event: Event) => void): TemplateResult {
  const { strings, layout } = model;
  return html`<div part="legend" class="legend">
      ${
        model.splits.length
          ? html`<fieldset class="choices">
              <legend>${strings.viewBy}</legend>
              ${['', ...model.splits].map(
                (key) =>
                  html`<label class="choice"
                    ><input
                      type="radio"
                      name="dimension"
                      .value=${key}
                      .checked=${key === model.dimension}
                      @change=${onDimensionChange}
                    />${key ? dimensionLabel(key, strings) : strings.total}</label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      ${
        layout
          ? html`<ul class="key" aria-label=${strings.seriesKey}>
              ${layout.series.map((series) => html`<li>${renderSwatch(series, model.type)}${series.label}</li>`)}
            </ul>`
          : nothing
      }
    </div>
    ${model.dimension ? html`<p class="note">${strings.referencesOfTotal}</p>` : nothing}`;
}

/** Where the data comes from (a safe link) and when it was last updated. */
export function renderSource(
  { indicator, lang, defaultLanguage, strings }: ChartModel,
  common: CommonStrings,
): TemplateResult | typeof nothing {
  const { source, updatedAt } = indicator;
  if (!source && !updatedAt) return nothing;
  return html`<p part="source" class="source">
    ${
      source
        ? html`<span
            >${strings.source}
            <span lang=${textLang(source, lang, defaultLanguage)}
              >${renderLink(indicator.sourceUrl, localize(source, lang, defaultLanguage), common)}</span
            ></span
          >`
        : nothing
    }
    ${updatedAt ? html`<span>${common.updatedOn(formatDate(updatedAt, lang, 'long'))}</span>` : nothing}
  </p>`;
}

/**
 * "Ver tabla de datos" and a download button per format; the images wait
 * for the chart to be laid out. `pngUnavailable`: the page forbids drawing
 * the PNG, and its button says so instead of failing again. `onDownload` is
 * called with the clicked button, whose `data-format` names the file.
 */
export function renderActions(
  { strings, layout }: ChartModel,
  tableOpen: boolean,
  pngUnavailable: boolean,
  onToggleTable: () => void,
  onDownload: (event: Event) => void,
): TemplateResult {
  return html`<div part="actions" class="actions">
      <button
        part="table-toggle"
        type="button"
        aria-expanded=${tableOpen ? 'true' : 'false'}
        aria-controls="data-table"
        @click=${onToggleTable}
      >
        <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M4 1.5 8.5 6 4 10.5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        ${strings.showTable}
      </button>
      ${DOWNLOAD_FORMATS.map(
        (format) =>
          html`<button
            part="download"
            type="button"
            data-format=${format}
            ?disabled=${format !== 'csv' && !layout}
            aria-disabled=${format === 'png' && pngUnavailable ? 'true' : nothing}
            aria-describedby=${format === 'png' && pngUnavailable ? 'png-message' : nothing}
            @click=${onDownload}
          >
            ${strings.download(format.toUpperCase())}
          </button>`,
      )}
    </div>
    <p class="note" id="png-message" role="status">${pngUnavailable ? strings.pngUnavailable : nothing}</p>`;
}
