import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type CommitmentView, describeCommitment, findCommitment, planSummary } from '../shared/derive.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import { type Lang, plural } from '../shared/i18n.js';
import { OgpEvent } from '../core/events.js';
import { FocusController } from '../core/focus-controller.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { statusStyles } from '../core/styles.js';
import {
  renderDate,
  renderOverdue,
  renderProgress,
  renderStatus,
  renderText,
  renderTextLink,
} from '../core/templates.js';
import { milestoneListStrings, milestoneListStyles, renderMilestoneList } from '../core/milestone-list.js';
import { applyFilters, filterOptions, type FilterOptions, type Filters, hasFilters, NO_FILTERS } from './filters.js';
import { type PlanOverviewStrings, planOverviewStrings } from './plan-overview.strings.js';
import { planOverviewStyles } from './plan-overview.styles.js';
import { filtersForm, planHeader, planSummaryStats } from './plan-overview.templates.js';

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

const itemId = (id: string) => `compromiso-${id}`;
const panelId = (id: string) => `hitos-${id}`;
const titleId = (id: string) => `titulo-${id}`;

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
 *
 * @summary An open government action plan at a glance, with filters.
 * @tag ogp-plan-overview
 *
 * @fires {CommitmentToggleEvent} ogp-commitment-toggle - A person showed or hid a commitment's milestones. `detail`: `{ commitmentId, open }`.
 *
 * @csspart base - The widget's container.
 * @csspart header - Plan title, period, institutions, monitoring body and update date.
 * @csspart title - The plan's title (an h2).
 * @csspart sample-notice - The notice shown when the feed holds sample data.
 * @csspart summary - The summary of commitments, milestones and progress.
 * @csspart filters - The search box and filter menus.
 * @csspart search - The search box.
 * @csspart clear-filters - The "Quitar filtros" buttons.
 * @csspart count - The number of commitments shown (a polite live region).
 * @csspart list - The list of commitments.
 * @csspart item - One commitment.
 * @csspart item-title - A commitment's title (an h4).
 * @csspart item-link - A commitment's title as a link to the host's page (with `detail-url`).
 * @csspart next-milestone - A commitment's next milestone and its due date.
 * @csspart toggle - The button that shows or hides a commitment's milestones.
 * @csspart panel - The region the toggle shows and hides.
 * @csspart milestones - The ordered list of milestones.
 * @csspart milestone - One milestone.
 * @csspart evidence - A link to a milestone's evidence (`evidence-text` when the URL is not safe to link).
 * @csspart status - A status badge: a word and a shape.
 * @csspart progress - A progress bar with its percentage written out.
 * @csspart overdue - An overdue mark.
 * @csspart empty - The message when there are no commitments, or none match.
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
 * @cssprop --ogp-loading-height - Height reserved while the feed loads.
 */
export class OgpPlanOverview extends PlanFeedElement {
  static override styles = [...PlanFeedElement.styles, statusStyles, milestoneListStyles, planOverviewStyles];

  /**
   * The host's page for one commitment, with `{id}` where its id goes
   * (`/compromisos/{id}`). When set, commitment titles link there. Only
   * http, https and mailto URLs become links.
   */
  @property({ attribute: 'detail-url' }) detailUrl?: string;

  @state() private filters: Filters = NO_FILTERS;
  /** Commitments whose milestones are shown. */
  @state() private openIds: ReadonlySet<string> = new Set();

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

  /** Opens the commitment the URL's hash names, if it is in this plan, then scrolls to it and focuses it. */
  private openFromHash(): void {
    const id = commitmentIdFromHash(location.hash);
    const feed = this.feedTask.value;
    const commitment = id && feed ? findCommitment(feed, id) : undefined;
    if (!commitment) return;
    // A deep link wins over the filters: the commitment must be there to be seen.
    const view = describeCommitment(commitment, this.todayIso);
    if (applyFilters([view], this.filters, this.language).length === 0) this.filters = NO_FILTERS;
    this.setOpen(commitment.id, true);
    this.focusKeeper.focusAfterUpdate(() => this.reveal(commitment.id), { preventScroll: true });
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

  private readonly setFilter = (name: keyof Filters, value: string): void => {
    this.filters = { ...this.filters, [name]: value } as Filters;
  };

  private clearFilters(): void {
    this.filters = NO_FILTERS;
    // The clicked button may be gone; the search box starts the filters again.
    this.focusKeeper.focusAfterUpdate('#filter-search');
  }

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const lang = this.language;
    const strings = planOverviewStrings[lang];
    const views = feed.commitments.map((commitment) => describeCommitment(commitment, this.todayIso));
    return html`<div part="base" class="overview">
      ${planHeader(feed.plan, lang, strings, this.common)}
      ${
        views.length === 0
          ? html`<p part="empty" class="empty">${strings.noCommitments}</p>`
          : html`${planSummaryStats(planSummary(feed, this.todayIso), lang, strings)}
            ${this.renderCommitments(views, lang, strings)}`
      }
    </div>`;
  }

  private renderCommitments(views: CommitmentView[], lang: Lang, strings: PlanOverviewStrings) {
    const options = filterOptions(views, lang, this.common);
    // A choice this feed no longer offers (the feed or today changed) filters nothing.
    const filters = { ...this.filters };
    for (const name of Object.keys(options) as (keyof FilterOptions)[]) {
      if (!options[name].some((option) => option.key === filters[name])) filters[name] = '';
    }
    const shown = applyFilters(views, filters, lang);
    const filtered = hasFilters(filters);
    const clearButton = html`<button
      part="clear-filters"
      class="clear-filters"
      type="button"
      @click=${() => this.clearFilters()}
    >
      ${strings.clearFilters}
    </button>`;
    return html`<section aria-labelledby="list-heading">
      <h3 id="list-heading">${strings.listHeading}</h3>
      ${filtersForm(options, filters, strings, filtered && shown.length > 0 ? clearButton : nothing, this.setFilter)}
      <p part="count" class="count" role="status">${plural(lang, shown.length, strings.commitments)}</p>
      ${
        shown.length
          ? html`<ul part="list" class="list">
              ${shown.map((view) => this.renderItem(view, lang, strings))}
            </ul>`
          : html`<div part="empty" class="empty">
              <p>${strings.noMatches}</p>
              ${clearButton}
            </div>`
      }
    </section>`;
  }

  private renderItem(view: CommitmentView, lang: Lang, strings: PlanOverviewStrings) {
    const { commitment, next } = view;
    const id = commitment.id;
    const open = this.openIds.has(id);
    const title = this.detailUrl
      ? renderTextLink(
          this.detailUrl.replaceAll('{id}', encodeURIComponent(id)),
          commitment.title,
          lang,
          this.common,
          'item-link',
        )
      : renderText(commitment.title, lang);
    return html`<li part="item" class="item" id=${itemId(id)} data-commitment=${id}>
      <div class="item__main">
        <h4 part="item-title" id=${titleId(id)}>${title}</h4>
        <dl class="item__facts">
          ${
            commitment.theme
              ? html`<div>
                  <dt>${strings.theme}:</dt>
                  <dd>${renderText(commitment.theme, lang)}</dd>
                </div>`
              : nothing
          }
          <div>
            <dt>${strings.lead}:</dt>
            <dd>${renderText(commitment.lead, lang)}</dd>
          </div>
        </dl>
      </div>
      <div class="item__state">
        ${renderStatus(view.status, this.common)} ${renderProgress(view.progress, lang, strings.progress)}
      </div>
      <p part="next-milestone" class="item__next">
        ${
          next
            ? html`<span class="item__label">${strings.nextMilestone}</span> ${renderText(next.title, lang)}.
                <span class="item__due">${milestoneListStrings[lang].due} ${renderDate(next.due, lang)}</span>
                ${view.overdue.includes(next) ? renderOverdue(this.common) : nothing}
                ${
                  view.overdue.length > 1
                    ? html`<span class="item__overdue-count"
                        >(${plural(lang, view.overdue.length, strings.milestonesOverdue)})</span
                      >`
                    : nothing
                }`
            : strings.noOpenMilestones
        }
      </p>
      <button
        part="toggle"
        class="toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId(id)}
        aria-describedby=${titleId(id)}
        @click=${() => this.toggle(id)}
      >
        <svg class="toggle__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        <span>${plural(lang, commitment.milestones.length, strings.milestonesToggle)}</span>
      </button>
      <div part="panel" class="panel" id=${panelId(id)} ?hidden=${!open}>
        ${open ? renderMilestoneList(commitment.milestones, lang, this.todayIso, this.common) : nothing}
      </div>
    </li>`;
  }
}
