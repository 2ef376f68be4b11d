/**
 * The base class of every widget fed by the plan feed: it reads `src` or
 * `.feed`, loads through the shared loader, tracks the loading and error
 * states, resolves the language and renders the shared states. A subclass
 * renders the feed and nothing else.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isoToday } from '../shared/derive.js';
import { DEFAULT_TIMEOUT, acceptFeed, type FeedError, type FeedResult, loadFeed } from './feed-loader.js';
import { formatIssue, type PlanFeed } from '../shared/feed-schema.js';
import { type CommonStrings, commonStrings, type Lang } from '../shared/i18n.js';
import { resolveLang } from './language.js';
import { hostStyles, stateStyles } from './styles.js';

/** How many validation problems an error message lists before "and N more". */
const SHOWN_PROBLEMS = 3;

/** Widgets re-resolve their language when any `lang` attribute on the page changes. */
const connected = new Set<PlanFeedElement>();
let langObserver: MutationObserver | undefined;

function watchLang(element: PlanFeedElement): void {
  connected.add(element);
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const widget of connected) widget.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLang(element: PlanFeedElement): void {
  connected.delete(element);
  if (connected.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * What every widget shares, documented once: the states this class renders
 * and the theme tokens of the shared styles. Subclasses inherit these entries
 * in custom-elements.json and add their own.
 *
 * @csspart loading - The loading state.
 * @csspart error - The error box.
 * @csspart retry - The "Reintentar" button.
 *
 * @cssprop --ogp-color-text - Text color.
 * @cssprop --ogp-color-muted - Secondary text color.
 * @cssprop --ogp-color-background - Background color.
 * @cssprop --ogp-color-surface - Background of boxes and bar tracks.
 * @cssprop --ogp-color-border - Border color.
 * @cssprop --ogp-color-accent - Links, buttons and progress bars.
 * @cssprop --ogp-color-on-accent - Text on accent-colored backgrounds (a primary button).
 * @cssprop --ogp-color-focus - Focus outline.
 * @cssprop --ogp-color-danger - Errors and overdue marks.
 * @cssprop --ogp-color-notice - Background of the sample data notice.
 * @cssprop --ogp-color-status-not-started - Color of the "not started" status.
 * @cssprop --ogp-color-status-in-progress - Color of the "in progress" status.
 * @cssprop --ogp-color-status-delayed - Color of the "delayed" status.
 * @cssprop --ogp-color-status-completed - Color of the "completed" status.
 * @cssprop --ogp-color-status-cancelled - Color of the "cancelled" status.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 * @cssprop --ogp-font-family - Font family (inherited from the page by default).
 * @cssprop --ogp-font-size - Base font size.
 * @cssprop --ogp-loading-height - Height reserved while the feed loads.
 */
export abstract class PlanFeedElement extends LitElement {
  static override styles = [hostStyles, stateStyles];

  /** URL of the plan feed (JSON). Widgets on one page share one request per URL. */
  @property({ reflect: true }) src?: string;

  /** The plan feed as an object, instead of `src`. It is validated like a fetched feed. */
  @property({ attribute: false }) feed?: unknown;

  /** Milliseconds to wait for the feed before showing an error. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** The date taken as today (AAAA-MM-DD), for overdue marks. Defaults to today in Medellín. */
  @property() today?: string;

  /** The plan feed once it is loaded and valid. */
  @state() protected data?: PlanFeed;
  @state() protected loadState: LoadState = 'idle';
  @state() protected error?: FeedError;

  private loadController?: AbortController;
  private loadCount = 0;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    // Moved while loading (removed, then inserted elsewhere): the removal gave up the load; start it again.
    if (this.loadState === 'loading' && this.loadController?.signal.aborted) this.pendingLoad = this.load(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
    this.loadController?.abort();
  }

  /** The language this widget speaks now. */
  get language(): Lang {
    return resolveLang(this);
  }

  /** The date used as today, AAAA-MM-DD. */
  protected get todayIso(): string {
    return this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : isoToday();
  }

  protected get common(): CommonStrings {
    return commonStrings[this.language];
  }

  /** Loads the feed again, skipping what this page already has ("Reintentar"). */
  retry(): void {
    // The button that had the focus is about to be replaced: the focus follows to what replaces it.
    this.focusAfterRetry = !!this.shadowRoot?.activeElement;
    this.pendingLoad = this.load(true);
  }

  private focusAfterRetry = false;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusAfterRetry) return;
    // While loading, the loading message; then the new retry button, or the top of the content.
    const target = this.renderRoot.querySelector<HTMLElement>('[part="retry"]') ?? this.renderRoot.firstElementChild;
    if (!(target instanceof HTMLElement)) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
    this.focusAfterRetry = this.loadState === 'loading';
  }

  private pendingLoad?: Promise<void>;

  /** Settles once the current load has finished and its result is rendered (for hosts and tests). */
  get loadComplete(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await this.pendingLoad;
      await this.updateComplete;
    })();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed') || changed.has('timeout')) {
      this.pendingLoad = this.load(false);
    }
  }

  private async load(reload: boolean): Promise<void> {
    this.loadController?.abort();
    const count = ++this.loadCount;
    if (this.feed !== undefined && this.feed !== null) {
      this.apply(acceptFeed(this.feed));
      return;
    }
    if (!this.src) {
      this.data = undefined;
      this.error = undefined;
      this.loadState = 'idle';
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.loadState = 'loading';
    const result = await loadFeed(this.src, { timeout: this.timeout, signal: controller.signal, reload });
    // A newer load (another src, a retry) wins; this one's result is dropped.
    if (count !== this.loadCount || (!result.ok && result.error.kind === 'aborted')) return;
    this.apply(result);
  }

  private apply(result: FeedResult): void {
    if (result.ok) {
      this.data = result.feed;
      this.error = undefined;
      this.loadState = 'ready';
    } else {
      this.data = undefined;
      this.error = result.error;
      this.loadState = 'error';
    }
  }

  /** Renders the loaded feed. */
  protected abstract renderFeed(feed: PlanFeed): TemplateResult | typeof nothing;

  protected override render(): TemplateResult | typeof nothing {
    switch (this.loadState) {
      case 'ready':
        return this.data ? this.renderFeed(this.data) : nothing;
      case 'error':
        return this.renderError(this.error!);
      case 'loading':
        return this.renderLoading();
      default:
        return this.renderNoSource();
    }
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="state state--loading" role="status" aria-live="polite">
      <span>${this.common.loading}</span>
    </div>`;
  }

  protected renderNoSource(): TemplateResult {
    return this.renderErrorMessage(this.common.errors.noSource, [], false);
  }

  /** The message for a failure, in plain words. */
  protected describeError(error: FeedError): string {
    const messages = this.common.errors;
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
      default:
        return messages.network;
    }
  }

  protected renderError(error: FeedError): TemplateResult {
    const problems = error.kind === 'invalid' ? (error.issues ?? []) : [];
    return this.renderErrorMessage(this.describeError(error), problems.map(formatIssue), true);
  }

  /** An error box: role="alert", plain words, the first problems, and a retry button. */
  protected renderErrorMessage(message: string, problems: string[], canRetry: boolean): TemplateResult {
    const shown = problems.slice(0, SHOWN_PROBLEMS);
    const more = problems.length - shown.length;
    return html`<div part="error" class="state state--error" role="alert">
      <p class="state__title">${this.common.errorTitle}</p>
      <p>${message}</p>
      ${
        shown.length
          ? html`<p>${this.common.errors.firstProblems}</p>
              <ul>
                ${shown.map((problem) => html`<li><code lang="es">${problem}</code></li>`)}
              </ul>
              ${more > 0 ? html`<p>${this.common.errors.moreProblems(more)}</p>` : nothing}`
          : nothing
      }
      ${
        canRetry && this.src
          ? html`<button part="retry" type="button" @click=${() => this.retry()}>${this.common.retry}</button>`
          : nothing
      }
    </div>`;
  }
}
