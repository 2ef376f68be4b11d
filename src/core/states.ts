/**
 * The states a widget shows instead of its content, the same in every
 * widget: loading (a polite status with space reserved), an error box (an
 * alert in plain words, the first validation problems, "Reintentar"), and
 * the missing source. Pure functions of the strings and the error, so an
 * element that renders its own situations (the feedback form) calls them too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatIssue } from '../shared/feed-schema.js';
import { formatTimeOfDay } from '../shared/format.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import type { FeedError } from './feed-loader.js';
import type { StoredView } from './feed-task.js';
import { styleMap } from './style-map.js';

/** How many validation problems an error box lists before "and N more". */
const SHOWN_PROBLEMS = 3;

/**
 * The loading state: a polite status; the styles reserve the content's space, or `height` when given (the
 * height remembered from an earlier visit; a page's --ogp-loading-height still wins).
 */
export function loadingState(common: CommonStrings, height?: string): TemplateResult {
  return html`<div
    part="loading"
    class="state state--loading"
    role="status"
    aria-live="polite"
    style=${styleMap({ '--_ogp-loading-height': height })}
  >
    <span>${common.loading}</span>
  </div>`;
}

/** "Reintentar", when there is something to try again. */
const retryButton = (common: CommonStrings, retry?: () => void) =>
  retry ? html`<button part="retry" type="button" @click=${retry}>${common.retry}</button>` : nothing;

export interface ErrorStateOptions {
  /** The box's first line, when it is not the feed that failed ("No pudimos mostrar el plan."). */
  title?: string;
  /** Problems to list (the first few, then "and N more"), written as `/path: message`. */
  problems?: readonly string[];
  /** Offers "Reintentar", which calls this. */
  retry?: () => void;
}

/** An error box: role="alert", plain words, the first problems, and a retry button when there is a retry. */
export function errorState(common: CommonStrings, message: string, options: ErrorStateOptions = {}): TemplateResult {
  const { problems = [], retry, title = common.errorTitle } = options;
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  return html`<div part="error" class="state state--error" role="alert">
    <p class="state__title">${title}</p>
    <p>${message}</p>
    ${
      shown.length
        ? html`<p>${common.errors.firstProblems}</p>
            <ul>
              ${shown.map((problem) => html`<li><code lang="es">${problem}</code></li>`)}
            </ul>
            ${more > 0 ? html`<p>${common.errors.moreProblems(more)}</p>` : nothing}`
        : nothing
    }
    ${retryButton(common, retry)}
  </div>`;
}

/** What went wrong loading the feed, in plain words. */
function describeFeedError(error: FeedError, common: CommonStrings): string {
  const messages = common.errors;
  switch (error.kind) {
    case 'http':
      return error.status === 404 ? messages.notFound : messages.http(error.status ?? 0);
    case 'not-json':
      return messages.notJson;
    case 'invalid':
      return messages.invalid;
    case 'unsupported-version':
      return messages.unsupportedVersion(error.version ?? '?');
    case 'timeout':
      return messages.timeout;
    case 'offline':
      return messages.offline;
    default:
      return messages.network;
  }
}

/** The error box for a feed that failed to load; an invalid feed lists its first problems. */
export function feedErrorState(error: FeedError, common: CommonStrings, retry?: () => void): TemplateResult {
  const problems = error.kind === 'invalid' ? (error.issues ?? []).map(formatIssue) : [];
  return errorState(common, describeFeedError(error, common), { problems, retry });
}

/**
 * The notice over the copy of the plan kept on this device: when it was
 * saved, whether new data is being looked for or could not be had (why, and
 * "Reintentar"), or that the data is current now. Nothing while hidden.
 */
export function storedNotice(
  common: CommonStrings,
  lang: Lang,
  stored: StoredView | undefined,
  retry?: () => void,
): TemplateResult | typeof nothing {
  if (!stored?.visible) return nothing;
  const date = formatTimeOfDay(lang, stored.savedAt, { year: 'numeric' });
  const checking = common.stored.checking(date);
  if (stored.check === 'failed') {
    const reason = stored.error ? describeFeedError(stored.error, common) : '';
    return html`<div part="stored-notice" class="stored-notice">
      <p role="status">${common.stored.failed(date)} ${reason}</p>
      ${retryButton(common, retry)}
    </div>`;
  }
  // "Up to date" takes the place of "looking for new data", in a box kept as tall as that was: the page does not jump.
  const current = stored.check === 'current';
  return html`<div part="stored-notice" class="stored-notice">
    <p role="status">${current ? common.stored.current : checking}</p>
    ${current ? html`<p class="stored-notice__reserve" aria-hidden="true">${checking}</p>` : nothing}
  </div>`;
}

/** The widget was given neither `src` nor `.feed`. */
export function noSourceState(common: CommonStrings): TemplateResult {
  return errorState(common, common.errors.noSource);
}
