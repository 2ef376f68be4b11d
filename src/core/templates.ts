/**
 * Small templates that several widgets render the same way: safe links,
 * status badges (a word and a shape, never color alone) and progress bars
 * (the percentage always written out).
 *
 * What a screen reader hears counts as much as what shows: Chromium drops a
 * space that stands alone between a text and an element ("Fecha límite:30
 * de junio"), so a label keeps its space in its own text; and words shown
 * side by side as badges end with a period only screen readers get, so
 * "Retrasado. Avance: 40 %" is not heard as one phrase.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleMap } from './style-map.js';
import type { LocalizedText, Plan, Status } from '../shared/feed-schema.js';
import { type DateStyle, formatDate, formatPercent } from '../shared/format.js';
import { feedLanguage, localize, textLang } from '../shared/feed-text.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { isExternal, safeHref } from './safe-url.js';

/**
 * A link when the URL is http, https or mailto; the label alone, as text,
 * otherwise. External links open in a new tab, say so, and carry
 * rel="noopener noreferrer".
 */
export function renderLink(
  url: unknown,
  label: string,
  strings: Pick<CommonStrings, 'opensInNewTab'>,
  part = 'link',
): TemplateResult {
  const href = safeHref(url);
  if (!href) return html`<span part="${part}-text">${label}</span>`;
  if (!isExternal(href)) return html`<a part=${part} href=${href}>${label}</a>`;
  return html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${strings.opensInNewTab}</span></a
  >`;
}

/** Whether two language tags name the same language ("es" and "ES"). */
const sameLang = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Feed text in the widget's language when the feed has it, else in the
 * feed's default language (`defaultLanguage`), and then marked with its own
 * `lang` so screen readers pronounce it right.
 */
export function renderText(
  text: LocalizedText | undefined,
  lang: Lang,
  defaultLanguage: string,
): TemplateResult | typeof nothing {
  if (text === undefined) return nothing;
  const actual = textLang(text, lang, defaultLanguage);
  const shown = localize(text, lang, defaultLanguage);
  return sameLang(actual, lang) ? html`${shown}` : html`<span lang=${actual}>${shown}</span>`;
}

const statusIcons: Record<Status, TemplateResult> = {
  // Empty circle.
  'not-started': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
  // Half-filled circle.
  'in-progress': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  // Warning triangle.
  delayed: svg`<path d="M8 1.5 15 14H1z" fill="currentColor"/><path d="M8 6v4M8 11.5v1" class="knockout" stroke-width="1.6"/>`,
  // Check in a filled circle.
  completed: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="m4.5 8.2 2.3 2.3 4.7-4.8" fill="none" class="knockout" stroke-width="1.8"/>`,
  // Circle with a bar through it.
  cancelled: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3.8 12.2 12.2 3.8" stroke="currentColor" stroke-width="2"/>`,
};

/** The shape that goes with a status, for places that show it without a badge. */
export function statusIcon(status: Status): TemplateResult {
  return html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${statusIcons[status]}</svg>`;
}

/** A period that only screen readers get, after words that are shown apart but would be heard as one phrase. */
const pause = html`<span class="visually-hidden">.</span>`;

export function renderStatus(status: Status, strings: Pick<CommonStrings, 'status'>): TemplateResult {
  return html`<span part="status" class="status status--${status}" data-status=${status}
      >${statusIcon(status)}<span>${strings.status[status]}</span></span
    >${pause}`;
}

export function renderOverdue(strings: Pick<CommonStrings, 'overdue'>): TemplateResult {
  return html`<span part="overdue" class="overdue"
      ><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4v4.5l3 2" fill="none" class="knockout" stroke-width="1.6" /></svg
      >${strings.overdue}</span
    >${pause}`;
}

/**
 * A progress bar whose value is always written out. The bar itself is
 * decoration: the text carries the number for everyone.
 */
export function renderProgress(percent: number, lang: Lang, label: string): TemplateResult {
  const clamped = Math.min(100, Math.max(0, percent));
  return html`<div part="progress" class="progress">
    <span class="visually-hidden">${label}:</span>
    <div class="progress__track" aria-hidden="true">
      <div class="progress__fill" style=${styleMap({ width: `${clamped}%` })}></div>
    </div>
    <span class="progress__value">${formatPercent(clamped / 100, lang)}</span>
  </div>`;
}

/**
 * The notice on sample data, short: "Datos de ejemplo", and the feed's own
 * note behind it, opened on demand. A page shows several widgets of one
 * feed, and the note (often a paragraph) read in full by each of them was
 * heard again and again; now each widget says three words, and the note is
 * one press away (find-in-page opens it too).
 */
export function renderSampleNotice(
  plan: Plan,
  lang: Lang,
  common: Pick<CommonStrings, 'sampleNotice'>,
): TemplateResult | typeof nothing {
  if (!plan.sample) return nothing;
  if (!plan.sampleNote) return html`<p part="sample-notice" class="sample-notice">${common.sampleNotice}</p>`;
  return html`<details part="sample-notice" class="sample-notice">
    <summary>${common.sampleNotice}</summary>
    <p>${renderText(plan.sampleNote, lang, feedLanguage(plan))}</p>
  </details>`;
}

/** A date people read, with its machine-readable form. */
export function renderDate(iso: string, lang: Lang, style: DateStyle = 'long'): TemplateResult {
  return html`<time datetime=${iso.slice(0, 10)}>${formatDate(iso, lang, style)}</time>`;
}

/**
 * A label and its date ("Fecha límite: 30 de junio de 2026"), heard with
 * its space and ended with a period for screen readers, as one of several
 * facts shown side by side.
 */
export function renderLabelledDate(label: string, iso: string, lang: Lang): TemplateResult {
  return html`<span>${`${label} `}${renderDate(iso, lang)}${pause}</span>`;
}

/**
 * A link whose label is feed text: safe like every link, and marked with
 * the text's language when it is not the widget's.
 */
export function renderTextLink(
  url: unknown,
  text: LocalizedText,
  lang: Lang,
  defaultLanguage: string,
  common: Pick<CommonStrings, 'opensInNewTab'>,
  part?: string,
): TemplateResult {
  const link = renderLink(url, localize(text, lang, defaultLanguage), common, part);
  const actual = textLang(text, lang, defaultLanguage);
  return sameLang(actual, lang) ? link : html`<span lang=${actual}>${link}</span>`;
}
