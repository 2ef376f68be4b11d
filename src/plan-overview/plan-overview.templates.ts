/**
 * The overview's templates that need no element: the plan's header, the
 * summary figures, the filter form and one commitment of the list. The
 * element keeps what depends on its state (which are open, the filters, the
 * page) and passes it in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CommitmentView, PlanSummary } from '../shared/derive.js';
import { type LocalizedText, type Plan, STATUSES } from '../shared/feed-schema.js';
import { feedLanguage } from '../shared/feed-text.js';
import { formatDate } from '../shared/format.js';
import { type CommonStrings, type Lang, plural } from '../shared/i18n.js';
import { heading } from '../core/heading.js';
import { type CommentTarget, renderCommentLink } from '../core/comment-link.js';
import { renderMilestoneList } from '../core/milestone-list.js';
import {
  renderLabelledDate,
  renderOverdue,
  renderProgress,
  renderSampleNotice,
  renderStatus,
  renderText,
  renderTextLink,
  statusIcon,
} from '../core/templates.js';
import type { FilterOptions, Filters } from './filters.js';
import type { PlanOverviewStrings } from './plan-overview.strings.js';

/** The heading levels of the overview: its title, its sections, and each commitment's title. */
export interface OverviewLevels {
  /** Undefined when the host page shows the title itself (`hide-title`). */
  title: number | undefined;
  section: number;
  item: number;
}

/** The plan's title, period, institutions, monitoring body and update date. */
export function planHeader(
  plan: Plan,
  lang: Lang,
  strings: PlanOverviewStrings,
  common: CommonStrings,
  titleLevel: number | undefined,
) {
  const text = (value: LocalizedText) => renderText(value, lang, feedLanguage(plan));
  // A div, not a header: at the top of a shadow root a header is the host page's banner landmark.
  return html`<div part="header" class="header">
    ${titleLevel === undefined ? nothing : heading(titleLevel, text(plan.title), { part: 'title', class: 'title' })}
    <p class="header__jurisdiction">${text(plan.jurisdiction)}</p>
    ${renderSampleNotice(plan, lang, common)}
    <dl class="header__facts">
      <div>
        <dt>${strings.period}</dt>
        <dd>${strings.periodRange(formatDate(plan.period.start, lang), formatDate(plan.period.end, lang))}</dd>
      </div>
      <div>
        <dt>${strings.leadInstitutions}</dt>
        <dd>
          <ul class="plain-list">
            ${plan.leadInstitutions.map((institution) => html`<li>${text(institution)}</li>`)}
          </ul>
        </dd>
      </div>
      <div>
        <dt>${strings.monitoringBody}</dt>
        <dd>${text(plan.monitoringBody)}</dd>
      </div>
    </dl>
    <p class="header__updated">${common.updatedOn(formatDate(plan.updatedAt, lang))}</p>
  </div>`;
}

/**
 * Commitments by status, milestones completed, cancelled and overdue, and the
 * overall progress with how it is worked out. Every milestone is counted, as
 * the lists show them; the cancelled ones are named.
 */
export function planSummaryStats(summary: PlanSummary, lang: Lang, strings: PlanOverviewStrings, level: number) {
  const statuses = STATUSES.filter((status) => summary.byStatus[status] > 0);
  const allMilestones = summary.milestones + summary.milestonesCancelled;
  const averaged = summary.commitments - summary.byStatus.cancelled;
  // The overall progress headline is hidden from screen readers: the bar's own label says it.
  return html`<section part="summary">
    ${heading(level, strings.summaryHeading, { class: 'section-heading' })}
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
        <p class="stat__headline">${strings.milestonesCompleted(summary.milestonesCompleted, allMilestones)}</p>
        ${
          summary.milestonesCancelled
            ? html`<p class="stat__note">${plural(lang, summary.milestonesCancelled, strings.milestonesCancelled)}</p>`
            : nothing
        }
      </li>
      <li class="stat ${summary.milestonesOverdue > 0 ? 'stat--alert' : ''}">
        <p class="stat__headline">${plural(lang, summary.milestonesOverdue, strings.milestonesOverdue)}</p>
      </li>
      <li class="stat">
        <p class="stat__headline" aria-hidden="true">${strings.overallProgress}</p>
        ${renderProgress(summary.progress, lang, strings.overallProgress)}
        <p part="progress-note" class="stat__note">
          ${strings.overallProgressNote(averaged, summary.byStatus.cancelled > 0)}
        </p>
      </li>
    </ul>
  </section>`;
}

/** A filter changed: its name and its new value. */
export type OnFilter = (name: keyof Filters, value: string) => void;

/** The search box and the filter menus, with `clearButton` after them. */
export function filtersForm(
  options: FilterOptions,
  filters: Filters,
  strings: PlanOverviewStrings,
  clearButton: TemplateResult | typeof nothing,
  onFilter: OnFilter,
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
        @input=${(event: Event) => onFilter('query', (event.target as HTMLInputElement).value)}
      />
      <p id="filter-search-hint" class="hint">${strings.searchHint}</p>
    </div>
    ${filterSelect('status', strings.status, strings.allStatuses, options, filters, onFilter)}
    ${filterSelect('theme', strings.theme, strings.allThemes, options, filters, onFilter)}
    ${filterSelect('value', strings.ogpValue, strings.allValues, options, filters, onFilter)}
    ${filterSelect('lead', strings.lead, strings.allLeads, options, filters, onFilter)} ${clearButton}
  </form>`;
}

function filterSelect(
  name: keyof FilterOptions,
  label: string,
  allLabel: string,
  options: FilterOptions,
  filters: Filters,
  onFilter: OnFilter,
) {
  const current = filters[name];
  const id = `filter-${name}`;
  // `.selected` on each option, not `.value` on the select: the options must exist first.
  return html`<div class="filter">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => onFilter(name, (event.target as HTMLSelectElement).value)}>
      <option value="" .selected=${current === ''}>${allLabel}</option>
      ${options[name].map(
        // The text as a property: spaces around it in the template would be part of the option's name.
        (option) =>
          html`<option
            value=${option.key}
            lang=${ifDefined(option.lang)}
            .selected=${current === option.key}
            .text=${option.text}
          ></option>`,
      )}
    </select>
  </div>`;
}

export interface ItemOptions {
  lang: Lang;
  /** The feed's default language, what its text falls back to. */
  defaultLanguage: string;
  strings: PlanOverviewStrings;
  common: CommonStrings;
  today: string;
  level: number;
  /** Whether its milestones are shown. */
  open: boolean;
  /** The host's page for a commitment, `{id}` standing for its id. */
  detailUrl: string | undefined;
  /** Where a commitment's "Comentar" leads, if anywhere. */
  comment: (commitmentId: string) => CommentTarget | undefined;
  onToggle: (id: string) => void;
}

export const itemId = (id: string) => `compromiso-${id}`;
const panelId = (id: string) => `hitos-${id}`;
const titleId = (id: string) => `titulo-${id}`;
const countId = (id: string) => `cuenta-${id}`;
/** The id of the word that joins a toggle's count to its commitment's title ("de"), said but not shown. */
export const JOINER_ID = 'hitos-de';

/**
 * One commitment: title, pillar and lead, status and progress, the next
 * milestone, and the button that shows its milestones. The button shows
 * "5 hitos" and is named "5 hitos de <title>" (aria-labelledby: the count,
 * the hidden joining word, the title), so a list of buttons tells them apart
 * and find-in-page finds each title once.
 */
export function commitmentItem(view: CommitmentView, options: ItemOptions): TemplateResult {
  const { lang, strings, common, open, defaultLanguage } = options;
  const { commitment, next } = view;
  const text = (value: LocalizedText) => renderText(value, lang, defaultLanguage);
  const id = commitment.id;
  const title = options.detailUrl
    ? renderTextLink(
        options.detailUrl.replaceAll('{id}', encodeURIComponent(id)),
        commitment.title,
        lang,
        defaultLanguage,
        common,
        'item-link',
      )
    : text(commitment.title);
  return html`<li part="item" class="item" id=${itemId(id)} data-commitment=${id}>
    <div class="item__main">
      ${heading(options.level, title, { part: 'item-title', class: 'item__title', id: titleId(id) })}
      <dl class="item__facts">
        ${
          commitment.theme
            ? html`<div>
                <dt>${common.label(strings.theme)}</dt>
                <dd>${text(commitment.theme)}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${common.label(strings.lead)}</dt>
          <dd>${text(commitment.lead)}</dd>
        </div>
      </dl>
    </div>
    <div class="item__state">
      ${renderStatus(view.status, common)} ${renderProgress(view.progress, lang, strings.progress)}
    </div>
    <p part="next-milestone" class="item__next">
      ${
        next
          ? html`<span class="item__label">${strings.nextMilestone}</span> ${text(next.title)}.
              <span class="item__due">${renderLabelledDate(common.milestones.due, next.due, lang)}</span>
              ${view.overdue.includes(next) ? renderOverdue(common) : nothing}
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
    ${renderCommentLink(options.comment(id), common.commentOn, common.opensInNewTab, text(commitment.title))}
    <button
      part="toggle"
      class="toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${panelId(id)}
      aria-labelledby="${countId(id)} ${JOINER_ID} ${titleId(id)}"
      @click=${() => options.onToggle(id)}
    >
      <svg class="toggle__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <span id=${countId(id)}>${plural(lang, commitment.milestones.length, strings.milestonesToggle)}</span>
    </button>
    <div part="panel" class="panel" id=${panelId(id)} ?hidden=${!open}>
      ${open ? renderMilestoneList(commitment.milestones, lang, defaultLanguage, options.today, common) : nothing}
    </div>
  </li>`;
}
