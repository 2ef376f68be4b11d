/**
 * The overview's templates that need no element: the plan's header, the
 * summary figures and the filter form. The element keeps the list, whose
 * items depend on its state (which are open, the filters).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { PlanSummary } from '../shared/derive.js';
import { type Plan, STATUSES } from '../shared/feed-schema.js';
import { formatDate } from '../shared/format.js';
import { type CommonStrings, type Lang, plural } from '../shared/i18n.js';
import { renderProgress, renderSampleNotice, renderText, statusIcon } from '../core/templates.js';
import type { FilterOptions, Filters } from './filters.js';
import type { PlanOverviewStrings } from './plan-overview.strings.js';

/** The plan's title, period, institutions, monitoring body and update date. */
export function planHeader(plan: Plan, lang: Lang, strings: PlanOverviewStrings, common: CommonStrings) {
  return html`<header part="header" class="header">
    <h2 part="title">${renderText(plan.title, lang)}</h2>
    <p class="header__jurisdiction">${renderText(plan.jurisdiction, lang)}</p>
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
            ${plan.leadInstitutions.map((institution) => html`<li>${renderText(institution, lang)}</li>`)}
          </ul>
        </dd>
      </div>
      <div>
        <dt>${strings.monitoringBody}</dt>
        <dd>${renderText(plan.monitoringBody, lang)}</dd>
      </div>
    </dl>
    <p class="header__updated">${common.updatedOn(formatDate(plan.updatedAt, lang))}</p>
  </header>`;
}

/** Commitments by status, milestones completed and overdue, and the overall progress. */
export function planSummaryStats(summary: PlanSummary, lang: Lang, strings: PlanOverviewStrings) {
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
        (option) =>
          html`<option value=${option.key} lang=${ifDefined(option.lang)} .selected=${current === option.key}>
            ${option.text}
          </option>`,
      )}
    </select>
  </div>`;
}
