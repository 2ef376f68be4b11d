import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  type CommitmentView,
  describeCommitment,
  findCommitment,
  type PlanSummary,
  planSummary,
} from '../shared/derive.js';
import { type Plan, type PlanFeed, STATUSES } from '../shared/feed-schema.js';
import { formatDate } from '../shared/format.js';
import { type Lang, plural } from '../shared/i18n.js';
import { OgpEvent } from '../core/events.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { statusStyles } from '../core/styles.js';
import {
  renderDate,
  renderOverdue,
  renderProgress,
  renderSampleNotice,
  renderStatus,
  renderText,
  renderTextLink,
  statusIcon,
} from '../core/templates.js';
import { milestoneListStrings, milestoneListStyles, renderMilestoneList } from '../core/milestone-list.js';
import { applyFilters, filterOptions, type FilterOptions, type Filters, hasFilters, NO_FILTERS } from './filters.js';
import { type PlanOverviewStrings, planOverviewStrings } from './plan-overview.strings.js';
import { planOverviewStyles } from './plan-overview.styles.js';

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

  @query('#filter-search') private searchInput?: HTMLInputElement;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = () => this.openFromHash();

  /** A commitment to scroll to and focus once it is rendered open. */
  private pendingReveal?: string;

  /** A selector for the control that has the focus in a commitment, before an update. */
  private focused?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Items are reused by position: a new feed may put another commitment under the focus.
    const active = this.shadowRoot?.activeElement;
    const item = active?.closest('[part="item"]');
    this.focused = item ? `#${item.id} [part="${active!.getAttribute('part')}"]` : undefined;
    // Opening here, before rendering, costs no second update. (loadState is
    // protected, so PropertyValues<this> does not list it among its keys.)
    if ((changed as PropertyValues).has('loadState') && this.loadState === 'ready') this.openFromHash();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const focused = this.focused;
    if (this.pendingReveal) this.reveal(this.pendingReveal);
    else if (focused && !this.shadowRoot!.activeElement?.matches(focused)) {
      this.shadowRoot!.querySelector<HTMLElement>(focused)?.focus();
    }
    this.pendingReveal = undefined;
  }

  /** Opens the commitment the URL's hash names, if it is in this plan, and asks to reveal it. */
  private openFromHash(): void {
    const id = commitmentIdFromHash(location.hash);
    if (!id || !this.data) return;
    const commitment = findCommitment(this.data, id);
    if (!commitment) return;
    // A deep link wins over the filters: the commitment must be there to be seen.
    const view = describeCommitment(commitment, this.todayIso);
    if (applyFilters([view], this.filters, this.language).length === 0) this.filters = NO_FILTERS;
    this.setOpen(id, true);
    this.pendingReveal = id;
    this.requestUpdate();
  }

  /** Scrolls to a commitment (smoothly unless people ask for less motion) and focuses its toggle. */
  private reveal(id: string): void {
    const item = this.shadowRoot?.getElementById(itemId(id));
    if (!item) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    item.querySelector<HTMLButtonElement>('[part="toggle"]')?.focus({ preventScroll: true });
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

  private setFilter(name: keyof Filters, value: string): void {
    this.filters = { ...this.filters, [name]: value } as Filters;
  }

  private async clearFilters(): Promise<void> {
    this.filters = NO_FILTERS;
    await this.updateComplete;
    // The clicked button may be gone; the search box starts the filters again.
    this.searchInput?.focus();
  }

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const lang = this.language;
    const strings = planOverviewStrings[lang];
    const views = feed.commitments.map((commitment) => describeCommitment(commitment, this.todayIso));
    return html`<div part="base" class="overview">
      ${this.renderHeader(feed.plan, lang, strings)}
      ${
        views.length === 0
          ? html`<p part="empty" class="empty">${strings.noCommitments}</p>`
          : html`${this.renderSummary(planSummary(feed, this.todayIso), lang, strings)}
            ${this.renderCommitments(views, lang, strings)}`
      }
    </div>`;
  }

  private renderHeader(plan: Plan, lang: Lang, strings: PlanOverviewStrings) {
    return html`<header part="header" class="header">
      <h2 part="title">${renderText(plan.title, lang)}</h2>
      <p class="header__jurisdiction">${renderText(plan.jurisdiction, lang)}</p>
      ${renderSampleNotice(plan, lang, this.common)}
      <dl class="header__facts">
        <div>
          <dt>${strings.period}</dt>
          <dd>${strings.periodRange(formatDate(plan.period.start, lang), formatDate(plan.period.end, lang))}</dd>
        </div>
        <div>
          <dt>${strings.leadInstitutions}</dt>
          <dd>
            <ul class="plain-list">
              ${plan.leadInstitutions.map((institution) => html`<li>${renderText(institution, lang)}</li>`)}
            </ul>
          </dd>
        </div>
        <div>
          <dt>${strings.monitoringBody}</dt>
          <dd>${renderText(plan.monitoringBody, lang)}</dd>
        </div>
      </dl>
      <p class="header__updated">${this.common.updatedOn(formatDate(plan.updatedAt, lang))}</p>
    </header>`;
  }

  private renderSummary(summary: PlanSummary, lang: Lang, strings: PlanOverviewStrings) {
    const statuses = STATUSES.filter((status) => summary.byStatus[status] > 0);
    // The overall progress headline is hidden from screen readers: the bar's own label says it.
    return html`<section part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${strings.summaryHeading}</h3>
      <ul class="stats">
        <li class="stat">
          <p class="stat__headline">${plural(lang, summary.commitments, strings.commitments)}</p>
          <ul class="stat__statuses">
            ${statuses.map(
              (status) =>
                html`<li part="status" class="status status--${status}" data-status=${status}>
                  ${statusIcon(status)}<span
                    >${plural(lang, summary.byStatus[status], strings.commitmentsByStatus[status])}</span
                  >
                </li>`,
            )}
          </ul>
        </li>
        <li class="stat">
          <p class="stat__headline">${strings.milestonesCompleted(summary.milestonesCompleted, summary.milestones)}</p>
        </li>
        <li class="stat ${summary.milestonesOverdue > 0 ? 'stat--alert' : ''}">
          <p class="stat__headline">${plural(lang, summary.milestonesOverdue, strings.milestonesOverdue)}</p>
        </li>
        <li class="stat">
          <p class="stat__headline" aria-hidden="true">${strings.overallProgress}</p>
          ${renderProgress(summary.progress, lang, strings.overallProgress)}
        </li>
      </ul>
    </section>`;
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
      ${this.renderFilters(options, filters, strings, filtered && shown.length > 0 ? clearButton : nothing)}
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

  private renderFilters(
    options: FilterOptions,
    filters: Filters,
    strings: PlanOverviewStrings,
    clearButton: TemplateResult | typeof nothing,
  ) {
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${strings.filtersLabel}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <div class="filter filter--search">
        <label for="filter-search">${strings.search}</label>
        <input
          part="search"
          id="filter-search"
          type="search"
          autocomplete="off"
          aria-describedby="filter-search-hint"
          .value=${live(filters.query)}
          @input=${(event: Event) => this.setFilter('query', (event.target as HTMLInputElement).value)}
        />
        <p id="filter-search-hint" class="hint">${strings.searchHint}</p>
      </div>
      ${this.renderSelect('status', strings.status, strings.allStatuses, options, filters)}
      ${this.renderSelect('theme', strings.theme, strings.allThemes, options, filters)}
      ${this.renderSelect('value', strings.ogpValue, strings.allValues, options, filters)}
      ${this.renderSelect('lead', strings.lead, strings.allLeads, options, filters)} ${clearButton}
    </form>`;
  }

  private renderSelect(
    name: keyof FilterOptions,
    label: string,
    allLabel: string,
    options: FilterOptions,
    filters: Filters,
  ) {
    const current = filters[name];
    const id = `filter-${name}`;
    // `.selected` on each option, not `.value` on the select: the options must exist first.
    return html`<div class="filter">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(event: Event) => this.setFilter(name, (event.target as HTMLSelectElement).value)}>
        <option value="" .selected=${current === ''}>${allLabel}</option>
        ${options[name].map(
          (option) =>
            html`<option value=${option.key} lang=${ifDefined(option.lang)} .selected=${current === option.key}>
              ${option.text}
            </option>`,
        )}
      </select>
    </div>`;
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
