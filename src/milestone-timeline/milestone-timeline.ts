import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { renderMilestone } from '../core/milestone-list.js';
import { bottomAxis, timeTicks } from '../core/axis.js';
import { countMilestones, findCommitment, isOverdue, milestonesByDue } from '../shared/derive.js';
import type { Commitment, Milestone, Plan, PlanFeed } from '../shared/feed-schema.js';
import { formatDate, parseIsoDate } from '../shared/format.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { heading } from '../core/heading.js';
import { linearScale } from '../core/linear-scale.js';
import { FocusController } from '../core/focus-controller.js';
import { type PageSlice, pageRange, pageSlice, paginationStyles, renderPagination } from '../core/pagination.js';
import type { Section } from '../core/language-packs.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { RovingTabindexController } from '../core/roving-tabindex.js';
import { SizeController } from '../core/size-controller.js';
import { errorState } from '../core/states.js';
import { styleMap } from '../core/style-map.js';
import { statusStyles } from '../core/styles.js';
import { renderDate, renderSampleNotice, renderText, statusIcon } from '../core/templates.js';
import { timelineStyles } from './milestone-timeline.styles.js';
import { timelineStrings } from './milestone-timeline.strings.js';

/** Milestones a page shows: a page of a 20,000-milestone plan draws as fast as a small plan. */
export const TIMELINE_PAGE_SIZE = 100;

/** One commitment's milestones, in due order, and where they start in the whole timeline. */
interface Group {
  commitment: Commitment;
  milestones: Milestone[];
  /** The position of its first milestone among every milestone shown, from 0. */
  offset: number;
}

/** What the timeline shows for a feed and a commitment-id, worked out once. */
interface TimelineModel {
  feed: PlanFeed;
  id: string | undefined;
  groups: Group[];
  /** Every milestone, group after group. */
  milestones: Milestone[];
  span: [string, string];
}

/** What every row needs, resolved once per render (today and the language are not free to look up). */
interface RowContext {
  lang: Lang;
  today: string;
  common: CommonStrings;
  /** Where a date falls on the track, as a CSS percentage. */
  left: (date: string) => string;
  /** Whether today falls within the timeline, to be marked. */
  todayShown: boolean;
}

/** The time the timeline spans: the plan's period, widened to any milestone outside it. */
export function timelineSpan(plan: Plan, milestones: readonly Milestone[]): [string, string] {
  let [start, end] = [plan.period.start, plan.period.end];
  for (const { due } of milestones) {
    if (due < start) start = due;
    if (due > end) end = due;
  }
  return [start, end];
}

/**
 * The milestones of one commitment, or of the whole plan grouped by
 * commitment, on a time axis that spans the plan's period, with a "Hoy"
 * mark. Each milestone shows its status by shape, word and color; overdue
 * ones stand out. Wide containers show a row per milestone with its mark on
 * the axis; below 36em the timeline becomes a vertical list.
 *
 * The milestones of a page are one tab stop: the arrow keys, Home and End
 * move between them (evidence links inside stay reachable with Tab). Each
 * milestone is a list item named by its title, described by its status and
 * dates, with its position in its commitment ("3 de 5"), so a screen reader
 * says the same whether it reads the list or follows the focus. Plans of
 * more than 100 milestones are shown 100 to a page, with a page navigation.
 *
 * @summary The plan's or a commitment's milestones on a time axis, with today marked.
 * @tag ogp-milestone-timeline
 *
 * @csspart base - The box around the whole timeline.
 * @csspart title - The heading (an h2 unless `heading-level` says otherwise).
 * @csspart summary - How many milestones, done, overdue and cancelled, the plan period and today's date.
 * @csspart sample-notice - The notice shown when the feed holds sample data.
 * @csspart axis - The time axis above the rows (wide layout only).
 * @csspart group-title - The commitment's title above its milestones (whole plan).
 * @csspart milestones - Each list of milestones.
 * @csspart milestone - One milestone.
 * @csspart status - A milestone's status badge.
 * @csspart overdue - The overdue mark.
 * @csspart evidence - An evidence link.
 * @csspart today - The "Hoy" row (hidden from screen readers: the summary says the date).
 * @csspart pagination - The page navigation, for plans of more than 100 milestones.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - The "Reintentar" button.
 *
 * @cssprop --ogp-timeline-today-color - The "Hoy" mark and line. Default: the accent color.
 * @cssprop --ogp-color-status-not-started - Not started milestones.
 * @cssprop --ogp-color-status-in-progress - Milestones in progress.
 * @cssprop --ogp-color-status-delayed - Delayed milestones.
 * @cssprop --ogp-color-status-completed - Completed milestones.
 * @cssprop --ogp-color-status-cancelled - Cancelled milestones.
 * @cssprop --ogp-color-danger - The overdue mark and the edge of overdue rows.
 * @cssprop --ogp-color-notice - Background of the sample data notice.
 * @cssprop --ogp-loading-height - Space reserved while loading. Default: 36em, about a commitment of three milestones; without `commitment-id`, one screen, at most 60em.
 */
export class OgpMilestoneTimeline extends PlanFeedElement {
  protected static override languageSections: readonly Section[] = ['common', 'timeline'];

  static override styles = [...PlanFeedElement.styles, statusStyles, paginationStyles, timelineStyles];

  /** The commitment whose milestones are shown; without it, the whole plan's. */
  @property({ attribute: 'commitment-id', reflect: true }) commitmentId?: string;

  /** The page shown, from 0, when the milestones take more than one. */
  @state() private page = 0;

  private readonly size = new SizeController(this, '.scale__axis', { width: 480, height: 48, fontSize: 16 });

  /** The milestones are one tab stop. A key sets two rows' tabindex and redraws nothing, however long the plan. */
  private readonly roving = new RovingTabindexController(this, () => [
    ...this.renderRoot.querySelectorAll<HTMLElement>('.milestone'),
  ]);

  /** Focus lost with its milestone's row (a new feed) goes back to the tab stop; a new page takes it to its first line. */
  private readonly focusKeeper = new FocusController(this, { fallback: () => this.roving.tabStop });

  #model?: TimelineModel;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another commitment starts at its first page.
    if (changed.has('commitmentId') && this.hasUpdated) this.page = 0;
  }

  /** The groups and the span for this feed and commitment-id, kept while they stay the same. */
  private model(feed: PlanFeed, id: string | undefined, commitments: Commitment[]): TimelineModel {
    if (this.#model?.feed === feed && this.#model.id === id) return this.#model;
    let offset = 0;
    const groups = commitments.map((commitment) => {
      const milestones = milestonesByDue(commitment.milestones);
      const group = { commitment, milestones, offset };
      offset += milestones.length;
      return group;
    });
    const milestones = groups.flatMap((group) => group.milestones);
    this.#model = { feed, id, groups, milestones, span: timelineSpan(feed.plan, milestones) };
    return this.#model;
  }

  private showPage(index: number): void {
    this.page = index;
    this.focusKeeper.focusAfterUpdate('.page-range');
  }

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const lang = this.language;
    const strings = this.words('timeline', timelineStrings);
    const id = this.commitmentId?.trim() || undefined;
    let commitments = feed.commitments;
    if (id) {
      const commitment = findCommitment(feed, id);
      if (!commitment) return errorState(this.common, strings.unknownCommitment(id));
      commitments = [commitment];
    }
    const { groups, milestones, span } = this.model(feed, id, commitments);
    const today = this.todayIso;
    const [start, end] = span;
    const position = linearScale([+parseIsoDate(start), +parseIsoDate(end)], [0, 100]);
    const todayShown = start <= today && today <= end;
    const percent = (date: string) => `${position(+parseIsoDate(date))}%`;
    const context: RowContext = { lang, today, common: this.common, left: percent, todayShown };
    const slice = pageSlice(milestones.length, TIMELINE_PAGE_SIZE, this.page);
    const range = pageRange(slice, milestones.length, lang, this.common.pagination);

    return html`<div
      part="base"
      class="timeline ${todayShown ? 'timeline--today' : ''}"
      style=${styleMap({ '--_today': todayShown ? percent(today) : null })}
    >
      ${this.hideTitle ? nothing : heading(this.headingLevelAt(0), strings.heading, { part: 'title', class: 'title' })}
      <p class="subject">${renderText(id ? commitments[0]!.title : feed.plan.title, lang, this.feedLang)}</p>
      <p part="summary" class="summary">
        ${strings.counts(countMilestones(milestones, today))}
        ${strings.period(formatDate(feed.plan.period.start, lang), formatDate(feed.plan.period.end, lang))}
        ${todayShown ? strings.todayIs(formatDate(today, lang)) : nothing}
      </p>
      ${renderSampleNotice(feed.plan, lang, this.common)}
      ${
        milestones.length === 0
          ? html`<p class="empty">${id ? this.common.milestones.noMilestones : strings.noMilestones}</p>`
          : html`${this.renderAxis(start, end, today, todayShown, lang)}
              <p class="hint">${strings.keyboardHint}</p>
              ${range ? html`<p class="page-range" tabindex="-1">${range}</p>` : nothing}
              <div class="rows">
                ${guard([feed, id, lang, context.common, today, slice.index, this.headingLevelAt(1)], () =>
                  this.renderRows(groups, slice, !id, context),
                )}
              </div>
              ${renderPagination(slice, lang, this.common.pagination, strings.pages, (index) => this.showPage(index))}`
      }
    </div>`;
  }

  /**
   * The milestones of the page: of one commitment, or under each commitment's
   * title for the whole plan, with the "Hoy" row where today falls.
   */
  private renderRows(groups: Group[], slice: PageSlice, grouped: boolean, context: RowContext): TemplateResult[] {
    const { today, lang, todayShown } = context;
    const shown = groups.filter(
      (group) =>
        group.milestones.length > 0 && group.offset < slice.end && group.offset + group.milestones.length > slice.start,
    );
    return shown.map((group) => {
      const { milestones, offset } = group;
      const first = Math.max(0, slice.start - offset);
      const last = Math.min(milestones.length, slice.end - offset);
      // Where "Hoy" goes: before the first milestone due today or later, or after the last.
      const todayAt = todayShown ? milestones.findIndex((milestone) => milestone.due >= today) : -2;
      const todayIndex = todayAt === -1 ? milestones.length : todayAt;
      const rows = [];
      for (let index = first; index < last; index++) {
        if (index === todayIndex) rows.push(this.renderToday(today, lang));
        rows.push(this.renderMilestone(milestones[index]!, index, group, context));
      }
      if (todayIndex === last && last === milestones.length) rows.push(this.renderToday(today, lang));
      const list = html`<ol part="milestones" class="milestones">
        ${rows}
      </ol>`;
      if (!grouped) return list;
      return html`<div class="group">
        ${heading(this.headingLevelAt(1), renderText(group.commitment.title, lang, this.feedLang), {
          part: 'group-title',
          class: 'group__title',
        })}
        ${list}
      </div>`;
    });
  }

  /** The axis over the rows' track column: ticks across the span and the "Hoy" mark. */
  private renderAxis(start: string, end: string, today: string, todayShown: boolean, lang: Lang): TemplateResult {
    const { width, fontSize: em } = this.size;
    const scale = linearScale([+parseIsoDate(start), +parseIsoDate(end)], [0, width]);
    const axisY = 1.6 * em;
    const todayX = scale(+parseIsoDate(today));
    return html`<div part="axis" class="scale" aria-hidden="true">
      <div class="scale__axis">
        <svg viewBox="0 0 ${width} ${3.4 * em}">
          ${bottomAxis(timeTicks(scale, lang, em), axisY, width)}
          ${
            todayShown
              ? svg`<g class="today-mark" transform="translate(${todayX},0)">
                <text y=${0.9 * em} text-anchor=${todayX < 2 * em ? 'start' : todayX > width - 2 * em ? 'end' : 'middle'}
                  >${this.words('timeline', timelineStrings).today}</text
                >
                <path d="M-5 ${1.05 * em}h10l-5 ${0.5 * em}z"></path>
              </g>`
              : nothing
          }
        </svg>
      </div>
    </div>`;
  }

  /** The "Hoy" row: seen between past and future, not heard as a milestone (the summary says today's date). */
  private renderToday(today: string, lang: Lang): TemplateResult {
    return html`<li part="today" class="today" aria-hidden="true">
      <p class="today__label">${this.words('timeline', timelineStrings).today}: ${renderDate(today, lang)}</p>
      <div class="track"></div>
    </li>`;
  }

  /** One milestone: named by its title, described by its facts, placed in its commitment ("3 de 5"). */
  private renderMilestone(milestone: Milestone, index: number, group: Group, context: RowContext) {
    const { lang, common, today } = context;
    const overdue = isOverdue(milestone, today);
    const { status } = milestone;
    const row = `fila-${group.offset + index}`;
    return html`<li
      part="milestone"
      class="milestone ${overdue ? 'milestone--overdue' : ''}"
      data-commitment=${group.commitment.id}
      data-milestone=${milestone.id}
      data-status=${status}
      data-overdue=${overdue ? 'true' : 'false'}
      tabindex="-1"
      aria-labelledby="${row}-titulo"
      aria-describedby="${row}-datos"
      aria-posinset=${index + 1}
      aria-setsize=${group.milestones.length}
    >
      <div class="milestone__text">
        ${renderMilestone(milestone, lang, this.feedLang, today, common, { title: `${row}-titulo`, facts: `${row}-datos` })}
      </div>
      <div class="track" aria-hidden="true">
        <span class="marker status--${status}" style=${styleMap({ left: context.left(milestone.due) })}
          >${statusIcon(status)}</span
        >
      </div>
    </li>`;
  }
}
