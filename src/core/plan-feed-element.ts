/**
 * The base class of every widget fed by the plan feed, kept to what they all
 * share: the feed properties (`src`, `feed`, `timeout`, `today`) with the
 * feed controller composed in, the language (from the nearest `lang`,
 * followed when it changes), and the shared states in render(). A subclass
 * renders the feed; to do more, it reads `this.feedTask` (status, value,
 * error) or overrides render() and calls the state templates of states.ts.
 */
import { html, LitElement, type nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isoToday, planTimeZone } from '../shared/derive.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import { feedLanguage } from '../shared/feed-text.js';
import { type CommonStrings, commonStrings, type Lang, normalizeLang } from '../shared/i18n.js';
import { DEFAULT_TIMEOUT } from './feed-loader.js';
import { FeedTask, TaskStatus } from './feed-task.js';
import { FocusController } from './focus-controller.js';
import { levelAt } from './heading.js';
import { resolveLang, unwatchLang, watchLang } from './language.js';
import { fallbackChain, type Pack, packsLoading, packStrings, type Section } from './language-packs.js';
import { RememberedHeight } from './remembered-height.js';
import { feedErrorState, loadingState, noSourceState, storedNotice } from './states.js';
import { hostStyles, stateStyles } from './styles.js';

/**
 * What every widget shares, documented once: the states this class renders
 * and the theme tokens of the shared styles. Subclasses inherit these entries
 * in custom-elements.json and add their own.
 *
 * @csspart loading - The loading state.
 * @csspart error - The error box.
 * @csspart retry - The "Reintentar" button.
 * @csspart stored-notice - The notice over the copy of the plan kept on this device (its date, and whether it is current).
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

  /** The date taken as today (AAAA-MM-DD), for overdue marks. Defaults to today in the plan's time zone. */
  @property() today?: string;

  /**
   * The level of the widget's top heading, 1 to 6 (default 2): its title, and
   * the headings inside follow one level below. Set it to fit the page's own
   * outline: under the page's h2, `heading-level="3"`.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Hides the widget's own title, for a page that already shows it just
   * above; the widget's sections then take the title's level.
   */
  @property({ attribute: 'hide-title', type: Boolean }) hideTitle = false;

  /**
   * The sections of the language packs this widget speaks with; a widget
   * waits for them before it renders in a language other than Spanish.
   */
  protected static languageSections: readonly Section[] = ['common'];

  /** The feed from `src` or `feed`: its status, its value once loaded, its error. */
  protected readonly feedTask = new FeedTask(this);

  /** After "Reintentar", the focus stays in the widget. */
  private readonly retryFocus = new FocusController(this);

  /** The height it had with its data on this page, kept while loading on the next visit. */
  private readonly rememberedHeight = new RememberedHeight(this, () => this.feedTask.status === TaskStatus.COMPLETE);

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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** The language this widget speaks now: its nearest `lang`, as a canonical BCP 47 tag. */
  get language(): Lang {
    return resolveLang(this);
  }

  /** Where this widget's words come from, in order (see core/language-packs.ts). */
  protected get languageChain(): Lang[] {
    // The feed's default language (plan.defaultLanguage) comes before Spanish.
    return fallbackChain(this.language, this.feedTask.value ? normalizeLang(this.feedLang) : undefined);
  }

  /** This widget's words of one section of the packs; `spanish` is the core's. */
  protected words<S extends Section>(section: S, spanish: Pack[S]): Pack[S] {
    return packStrings(section, spanish, this.languageChain);
  }

  /**
   * Holds each update until the pack sections it needs have arrived (an
   * English overview fetches the English `common` and `overview` first), so
   * a widget never flashes Spanish before its own language. With nothing to
   * wait for, the update runs as it always did.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const { languageSections } = this.constructor as typeof PlanFeedElement;
    const loading = packsLoading(this.languageChain, languageSections);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The date used as today, AAAA-MM-DD: `today`, else today where the plan is (`plan.timeZone`). */
  protected get todayIso(): string {
    if (this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today)) return this.today;
    return isoToday(planTimeZone(this.feedTask.value?.plan ?? {}));
  }

  /** The language the feed's plain text is in (`plan.defaultLanguage`): what feed text falls back to. */
  protected get feedLang(): string {
    return feedLanguage(this.feedTask.value?.plan ?? {});
  }

  /** The level of a heading `depth` steps inside the widget (0: the title), after heading-level and hide-title. */
  protected headingLevelAt(depth: number): number {
    return levelAt(this.headingLevel, depth, this.hideTitle);
  }

  protected get common(): CommonStrings {
    return this.words('common', commonStrings);
  }

  /**
   * Loads the feed again, skipping what this page already has (the
   * "Reintentar" button calls it). When the focus was in the widget, it
   * stays there: on the loading message, then on the new content or the
   * new "Reintentar".
   */
  retry(): void {
    if (this.shadowRoot?.activeElement) {
      this.retryFocus.focusAfterUpdate(
        () => {
          const target =
            this.renderRoot.querySelector<HTMLElement>('[part="retry"]') ?? this.renderRoot.firstElementChild;
          if (!(target instanceof HTMLElement)) return undefined;
          if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
          return target;
        },
        { repeatWhile: () => this.feedTask.status === TaskStatus.PENDING },
      );
    }
    this.feedTask.retry();
  }

  /**
   * Settles once the current load has finished and its result is rendered:
   * the feed, an error, or the missing source. A load that starts meanwhile
   * (a new `src`, a retry) is waited for too. Never rejects.
   *
   * ```js
   * widget.src = 'https://example.org/feed.json';
   * await widget.loadComplete; // the plan, or the error box, is on screen
   * ```
   */
  get loadComplete(): Promise<void> {
    return this.feedTask.loadComplete;
  }

  /** Renders the loaded feed. */
  protected abstract renderFeed(feed: PlanFeed): TemplateResult | typeof nothing;

  /** The feed, or the state in its place: loading, an error (with "Reintentar" for a `src`), no source. */
  protected override render(): TemplateResult | typeof nothing {
    const { status, value, error, stored } = this.feedTask;
    const retry = this.src ? () => this.retry() : undefined;
    if (status === TaskStatus.COMPLETE) {
      return html`${storedNotice(this.common, this.language, stored, retry)}${this.renderFeed(value!)}`;
    }
    if (status === TaskStatus.PENDING) return loadingState(this.common, this.rememberedHeight.height);
    if (status === TaskStatus.ERROR) return feedErrorState(error!, this.common, retry);
    return noSourceState(this.common);
  }
}
