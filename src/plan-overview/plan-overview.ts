import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type CommitmentView, describeCommitment, planSummary, type PlanSummary } from '../shared/derive.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import { type Lang, plural } from '../shared/i18n.js';
import { OgpEvent } from '../core/events.js';
import { FocusController } from '../core/focus-controller.js';
import { heading } from '../core/heading.js';
import { milestoneListStyles } from '../core/milestone-list.js';
import { pageRange, pageSlice, paginationStyles, renderPagination } from '../core/pagination.js';
import type { Section } from '../core/language-packs.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { statusStyles } from '../core/styles.js';
import { commentTarget } from '../core/comment-link.js';
import { recentChangesStyles, renderRecentChanges } from '../core/recent-changes.js';
import { recentChangesStrings } from '../core/recent-changes.strings.js';
import { applyFilters, filterOptions, type FilterOptions, type Filters, hasFilters, NO_FILTERS } from './filters.js';
import { type PlanOverviewStrings, planOverviewStrings } from './plan-overview.strings.js';
import { planOverviewStyles } from './plan-overview.styles.js';
import {
  commitmentItem,
  filtersForm,
  itemId,
  JOINER_ID,
  type OverviewLevels,
  planHeader,
  planSummaryStats,
} from './plan-overview.templates.js';

/** Commitments a page shows: a page of 2,000 draws as fast as a plan of twenty. */
export const OVERVIEW_PAGE_SIZE = 20;

/** Deep links to a commitment look like `#compromiso-<id>`. */
const HASH_PREFIX = '#compromiso-';

function commitmentIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith(HASH_PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(HASH_PREFIX.length)) || undefined;
  } catch {
    return undefined;
  }
}

/** What the overview derives from a feed on a given day, worked out once, not on every key press. */
interface OverviewModel {
  feed: PlanFeed;
  today: string;
  views: CommitmentView[];
  summary: PlanSummary;
}

export interface CommitmentToggleDetail {
  /** The id of the commitment, as in the feed. */
  commitmentId: string;
  /** Whether its milestones are now shown. */
  open: boolean;
}

/** Fired when a person shows or hides a commitment's milestones. */
export class CommitmentToggleEvent extends OgpEvent<CommitmentToggleDetail> {
  static readonly eventName = 'ogp-commitment-toggle';

  constructor(detail: CommitmentToggleDetail) {
    super(CommitmentToggleEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ogp-commitment-toggle': CommitmentToggleEvent;
  }
}

/**
 * The plan at a glance: who leads it and when, a summary in words and
 * numbers, and every commitment with its status, progress and next
 * milestone. People filter the list, search it, and open a commitment to see
 * its milestones; `#compromiso-<id>` in the page's URL opens one directly.
 * Plans of more than 20 commitments are shown 20 to a page, with a page
 * navigation; the search and the filters cover every commitment.
 *
 * @summary An open government action plan at a glance, with filters.
 * @tag ogp-plan-overview
 *
 * @fires {CommitmentToggleEvent} ogp-commitment-toggle - A person showed or hid a commitment's milestones. `detail`: `{ commitmentId, open }`.
 *
 * @csspart base - The widget's container.
 * @csspart header - Plan title, period, institutions, monitoring body and update date.
 * @csspart title - The plan's title (an h2 unless `heading-level` says otherwise).
 * @csspart sample-notice - The notice shown when the feed holds sample data.
 * @csspart summary - The summary of commitments, milestones and progress.
 * @csspart progress-note - How the overall progress is worked out.
 * @csspart filters - The search box and filter menus.
 * @csspart search - The search box.
 * @csspart clear-filters - The "Quitar filtros" buttons.
 * @csspart count - The number of commitments shown (a polite live region).
 * @csspart list - The list of commitments.
 * @csspart item - One commitment.
 * @csspart item-title - A commitment's title (two levels below the plan's title: an h4 by default).
 * @csspart item-link - A commitment's title as a link to the host's page (with `detail-url`).
 * @csspart next-milestone - A commitment's next milestone and its due date.
 * @csspart toggle - The button that shows or hides a commitment's milestones.
 * @csspart changes - "Novedades desde…": what changed in the plan's last update (the feed's `changes`).
 * @csspart comment - A commitment's "Comentar este compromiso" link (with `feedback-form`, or the feed's form page).
 * @csspart panel - The region the toggle shows and hides.
 * @csspart milestones - The ordered list of milestones.
 * @csspart milestone - One milestone.
 * @csspart evidence - A link to a milestone's evidence (`evidence-text` when the URL is not safe to link).
 * @csspart status - A status badge: a word and a shape.
 * @csspart progress - A progress bar with its percentage written out.
 * @csspart overdue - An overdue mark.
 * @csspart empty - The message when there are no commitments, or none match.
 * @csspart pagination - The page navigation, for plans of more than 20 commitments.
 * @csspart loading - The loading state.
 * @csspart error - The error box.
 * @csspart retry - The "Reintentar" button.
 *
 * @cssprop --ogp-color-text - Text color.
 * @cssprop --ogp-color-muted - Secondary text color.
 * @cssprop --ogp-color-background - Background color.
 * @cssprop --ogp-color-surface - Background of boxes and bar tracks.
 * @cssprop --ogp-color-border - Borders of commitments and form fields.
 * @cssprop --ogp-color-accent - Links, buttons and progress bars.
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
 * @cssprop --ogp-loading-height - Height reserved while the feed loads. Default: one screen, at most 60em (a plan of one commitment is taller).
 */
export class OgpPlanOverview extends PlanFeedElement {
  protected static override languageSections: readonly Section[] = ['common', 'overview', 'changes'];

  static override styles = [
    ...PlanFeedElement.styles,
    statusStyles,
    milestoneListStyles,
    paginationStyles,
    recentChangesStyles,
    planOverviewStyles,
  ];

  /**
   * The host's page for one commitment, with `{id}` where its id goes
   * (`/compromisos/{id}`). When set, commitment titles link there. Only
   * http, https and mailto URLs become links.
   */
  @property({ attribute: 'detail-url' }) detailUrl?: string;

  /**
   * The id of an `<ogp-feedback-form>` on the page: each commitment's
   * "Comentar este compromiso" leads to it with that commitment chosen.
   * Without it, the links lead to the feed's form page
   * (`plan.links.feedbackForm`), if any.
   */
  @property({ attribute: 'feedback-form' }) feedbackForm?: string;

  @state() private filters: Filters = NO_FILTERS;
  /** Commitments whose milestones are shown. */
  @state() private openIds: ReadonlySet<string> = new Set();
  /** The page of the list shown, from 0. */
  @state() private page = 0;

  /**
   * Items are reused by position: when a new feed puts another commitment
   * where the focus is, the focus follows its own commitment's control.
   * (Feed ids are letters, digits, "-" and "_": they need no escaping here.)
   */
  private readonly focusKeeper = new FocusController(this, {
    remember: (focused) => {
      const item = focused.closest('[part="item"]');
      const part = focused.getAttribute('part');
      return item && part ? `#${item.id} [part="${part}"]` : undefined;
    },
  });

  /** The feed whose deep link was followed: each new feed follows the page's hash again. */
  private hashFollowedFor?: PlanFeed;

  #model?: OverviewModel;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = () => this.openFromHash();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Opening here, before rendering, costs no second update.
    const feed = this.feedTask.value;
    if (feed && feed !== this.hashFollowedFor) {
      this.hashFollowedFor = feed;
      this.openFromHash();
    }
  }

  /** The commitments described for this feed and day, and the plan's summary: the same until either changes. */
  private model(feed: PlanFeed): OverviewModel {
    const today = this.todayIso;
    if (this.#model?.feed !== feed || this.#model.today !== today) {
      const views = feed.commitments.map((commitment) => describeCommitment(commitment, today));
      this.#model = { feed, today, views, summary: planSummary(feed, today) };
    }
    return this.#model;
  }

  /** The commitments that pass the filters, the filters a new feed no longer offers left out. */
  private shown(
    views: CommitmentView[],
    options: FilterOptions,
    lang: Lang,
  ): { filters: Filters; shown: CommitmentView[] } {
    const filters = { ...this.filters };
    for (const name of Object.keys(options) as (keyof FilterOptions)[]) {
      if (!options[name].some((option) => option.key === filters[name])) filters[name] = '';
    }
    return { filters, shown: applyFilters(views, filters, lang, this.feedLang) };
  }

  /** Opens the commitment the URL's hash names, if it is in this plan, on its page, then scrolls to it and focuses it. */
  private openFromHash(): void {
    const id = commitmentIdFromHash(location.hash);
    const feed = this.feedTask.value;
    if (!id || !feed) return;
    const { views } = this.model(feed);
    const lang = this.language;
    const view = views.find((candidate) => candidate.commitment.id === id);
    if (!view) return;
    // A deep link wins over the filters: the commitment must be there to be seen.
    if (applyFilters([view], this.filters, lang, this.feedLang).length === 0) this.filters = NO_FILTERS;
    const { shown } = this.shown(views, filterOptions(views, lang, this.feedLang, this.common), lang);
    this.page = Math.floor(shown.indexOf(view) / OVERVIEW_PAGE_SIZE);
    this.setOpen(id, true);
    this.focusKeeper.focusAfterUpdate(() => this.reveal(id), { preventScroll: true });
  }

  /** Scrolls to a rendered commitment (smoothly unless people ask for less motion); returns its toggle. */
  private reveal(id: string): HTMLElement | null | undefined {
    const item = this.shadowRoot?.getElementById(itemId(id));
    if (!item) return undefined;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    return item.querySelector<HTMLButtonElement>('[part="toggle"]');
  }

  private setOpen(id: string, open: boolean): void {
    const next = new Set(this.openIds);
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
  }

  private toggle(id: string): void {
    const open = !this.openIds.has(id);
    this.setOpen(id, open);
    // replaceState: opening commitments must not fill the Back button's history. The full
    // URL, not a path: a <base href> elsewhere would resolve a path to another origin.
    // A hash that names no commitment is the page's own (a hash router's route): it stays.
    const page = location.href.split('#')[0];
    const named = commitmentIdFromHash(location.hash);
    if (open ? !location.hash || named : named === id) {
      history.replaceState(history.state, '', open ? `${page}${HASH_PREFIX}${encodeURIComponent(id)}` : page);
    }
    // Built apart from dispatchEvent: the manifest takes the event from the JSDoc's @fires, named.
    const event = new CommitmentToggleEvent({ commitmentId: id, open });
    this.dispatchEvent(event);
  }

  /** A new search or filter shows its results from the first page. */
  private readonly setFilter = (name: keyof Filters, value: string): void => {
    this.filters = { ...this.filters, [name]: value } as Filters;
    this.page = 0;
  };

  private clearFilters(): void {
    this.filters = NO_FILTERS;
    this.page = 0;
    // The clicked button may be gone; the search box starts the filters again.
    this.focusKeeper.focusAfterUpdate('#filter-search');
  }

  /** Another page: the focus goes to the line that says which commitments are shown, at the list's start. */
  private showPage(index: number): void {
    this.page = index;
    this.focusKeeper.focusAfterUpdate('.page-range');
  }

  private get levels(): OverviewLevels {
    return {
      title: this.hideTitle ? undefined : this.headingLevelAt(0),
      section: this.headingLevelAt(1),
      item: this.headingLevelAt(2),
    };
  }

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const lang = this.language;
    const strings = this.words('overview', planOverviewStrings);
    const { views, summary } = this.model(feed);
    const levels = this.levels;
    return html`<div part="base" class="overview">
      ${planHeader(feed.plan, lang, strings, this.common, levels.title)}
      ${
        views.length === 0
          ? html`<p part="empty" class="empty">${strings.noCommitments}</p>`
          : html`${planSummaryStats(summary, lang, strings, levels.section)}
            ${renderRecentChanges(feed, {
              lang,
              defaultLanguage: this.feedLang,
              common: this.common,
              strings: this.words('changes', recentChangesStrings),
              level: levels.section,
            })}
            ${this.renderCommitments(feed, views, lang, strings, levels)}`
      }
    </div>`;
  }

  private renderCommitments(
    feed: PlanFeed,
    views: CommitmentView[],
    lang: Lang,
    strings: PlanOverviewStrings,
    levels: OverviewLevels,
  ) {
    const options = filterOptions(views, lang, this.feedLang, this.common);
    // A choice this feed no longer offers (the feed or today changed) filters nothing.
    const { filters, shown } = this.shown(views, options, lang);
    const filtered = hasFilters(filters);
    const slice = pageSlice(shown.length, OVERVIEW_PAGE_SIZE, this.page);
    const range = pageRange(slice, shown.length, lang, this.common.pagination);
    const clearButton = html`<button
      part="clear-filters"
      class="clear-filters"
      type="button"
      @click=${() => this.clearFilters()}
    >
      ${strings.clearFilters}
    </button>`;
    const item = {
      lang,
      strings,
      common: this.common,
      today: this.todayIso,
      defaultLanguage: this.feedLang,
      level: levels.item,
      detailUrl: this.detailUrl,
      comment: (id: string) => commentTarget(this, this.feedbackForm, feed, id),
      onToggle: (id: string) => this.toggle(id),
    };
    return html`<section class="commitments">
      ${heading(levels.section, strings.listHeading, { class: 'section-heading' })}
      ${filtersForm(options, filters, strings, filtered && shown.length > 0 ? clearButton : nothing, this.setFilter)}
      <p part="count" class="count" role="status">${plural(lang, shown.length, strings.commitments)}</p>
      ${
        shown.length
          ? html`${range ? html`<p class="page-range" tabindex="-1">${range}</p>` : nothing}
              <span id=${JOINER_ID} hidden>${strings.milestonesOf}</span>
              <ul part="list" class="list">
                ${shown
                  .slice(slice.start, slice.end)
                  .map((view) => commitmentItem(view, { ...item, open: this.openIds.has(view.commitment.id) }))}
              </ul>
              ${renderPagination(slice, lang, this.common.pagination, strings.pages, (index) => this.showPage(index))}`
          : html`<div part="empty" class="empty">
              <p>${strings.noMatches}</p>
              ${clearButton}
            </div>`
      }
    </section>`;
  }
}
