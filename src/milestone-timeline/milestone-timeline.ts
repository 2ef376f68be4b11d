import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { type MilestoneListStrings, milestoneListStrings, renderEvidenceLink } from '../core/milestone-list.js';
import { bottomAxis, timeTicks } from '../core/axis.js';
import { countMilestones, findCommitment, isOverdue, milestonesByDue } from '../shared/derive.js';
import type { Commitment, Milestone, Plan, PlanFeed } from '../shared/feed-schema.js';
import { formatDate, parseIsoDate } from '../shared/format.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { linearScale } from '../core/linear-scale.js';
import { stepIndex } from '../core/keyboard.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { SizeController } from '../core/size-controller.js';
import { styleMap } from '../core/style-map.js';
import { statusStyles } from '../core/styles.js';
import {
  renderDate,
  renderOverdue,
  renderSampleNotice,
  renderStatus,
  renderText,
  statusIcon,
} from '../core/templates.js';
import { timelineStyles } from './milestone-timeline.styles.js';
import { timelineStrings } from './milestone-timeline.strings.js';

interface Group {
  commitment: Commitment;
  milestones: Milestone[];
}

/** What every row needs, resolved once per render (today and the language are not free to look up). */
interface RowContext {
  lang: Lang;
  today: string;
  common: CommonStrings;
  words: MilestoneListStrings;
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
 * The milestones are one tab stop: the arrow keys, Home and End move
 * between them (evidence links inside stay reachable with Tab).
 *
 * @summary The plan's or a commitment's milestones on a time axis, with today marked.
 * @tag ogp-milestone-timeline
 *
 * @csspart base - The section around the whole timeline.
 * @csspart title - The heading.
 * @csspart summary - How many milestones, done and overdue, and the plan period.
 * @csspart sample-notice - The notice shown when the feed holds sample data.
 * @csspart axis - The time axis above the rows (wide layout only).
 * @csspart group-title - The commitment's title above its milestones (whole plan).
 * @csspart milestones - Each list of milestones.
 * @csspart milestone - One milestone.
 * @csspart status - A milestone's status badge.
 * @csspart overdue - The overdue mark.
 * @csspart evidence - An evidence link.
 * @csspart today - The "Hoy" row.
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
 * @cssprop --ogp-loading-height - Space reserved while loading. Default 30em, about a commitment of five milestones.
 */
export class OgpMilestoneTimeline extends PlanFeedElement {
  static override styles = [...PlanFeedElement.styles, statusStyles, timelineStyles];

  /** The commitment whose milestones are shown; without it, the whole plan's. */
  @property({ attribute: 'commitment-id', reflect: true }) commitmentId?: string;

  /**
   * The milestone that holds the tab stop. Not a state: moving it sets two
   * rows' tabindex and redraws nothing, however long the plan.
   */
  private focusIndex = 0;
  /** Focus was on a milestone when an update began: if that milestone goes, focus goes to the tab stop. */
  private refocus = false;

  private readonly size = new SizeController(this, '.scale__axis', { width: 480, height: 48, fontSize: 16 });

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const lang = this.language;
    const strings = timelineStrings[lang];
    let commitments = feed.commitments;
    if (this.commitmentId) {
      const commitment = findCommitment(feed, this.commitmentId);
      if (!commitment) return this.renderErrorMessage(strings.unknownCommitment(this.commitmentId), [], false);
      commitments = [commitment];
    }
    const groups = commitments.map((commitment) => ({
      commitment,
      milestones: milestonesByDue(commitment.milestones),
    }));
    const milestones = groups.flatMap((group) => group.milestones);
    const today = this.todayIso;
    const [start, end] = timelineSpan(feed.plan, milestones);
    const position = linearScale([+parseIsoDate(start), +parseIsoDate(end)], [0, 100]);
    const todayShown = start <= today && today <= end;
    const percent = (date: string) => `${position(+parseIsoDate(date))}%`;
    const context: RowContext = {
      lang,
      today,
      common: this.common,
      words: milestoneListStrings[lang],
      left: percent,
      todayShown,
    };

    return html`<section
      part="base"
      class="timeline ${todayShown ? 'timeline--today' : ''}"
      aria-labelledby="title"
      style=${styleMap({ '--_today': todayShown ? percent(today) : null })}
    >
      <h2 part="title" class="title" id="title">${strings.heading}</h2>
      <p class="subject">${renderText(this.commitmentId ? commitments[0]!.title : feed.plan.title, lang)}</p>
      <p part="summary" class="summary">
        ${strings.counts(countMilestones(milestones, today))}
        ${strings.period(formatDate(feed.plan.period.start, lang), formatDate(feed.plan.period.end, lang))}
      </p>
      ${renderSampleNotice(feed.plan, lang, this.common)}
      ${
        milestones.length === 0
          ? html`<p class="empty">${this.commitmentId ? context.words.noMilestones : strings.noMilestones}</p>`
          : html`${this.renderAxis(start, end, today, todayShown, lang)}
              <p class="hint">${strings.keyboardHint}</p>
              <div class="rows" @keydown=${this.onKeyDown} @focusin=${this.onFocusIn}>
                ${guard([feed, this.commitmentId, lang, today], () => this.renderRows(groups, context))}
              </div>`
      }
    </section>`;
  }

  /** The milestones, by commitment for the whole plan, with the "Hoy" row where today falls. */
  private renderRows(groups: Group[], context: RowContext): TemplateResult | TemplateResult[] {
    const { today, lang, todayShown } = context;
    let index = 0;
    const renderGroup = (group: Group) =>
      html`<ol part="milestones" class="milestones">
        ${group.milestones.map((milestone, position) => {
          const previous = group.milestones[position - 1];
          const todayFirst = todayShown && milestone.due >= today && (!previous || previous.due < today);
          return html`${todayFirst ? this.renderToday(today, lang) : nothing}
          ${this.renderMilestone(milestone, group.commitment, index++, context)}`;
        })}
        ${todayShown && group.milestones.at(-1)!.due < today ? this.renderToday(today, lang) : nothing}
      </ol>`;
    if (this.commitmentId) return renderGroup(groups[0]!);
    return groups
      .filter((group) => group.milestones.length > 0)
      .map(
        (group) =>
          html`<section class="group" aria-labelledby="group-${group.commitment.id}">
            <h3 part="group-title" class="group__title" id="group-${group.commitment.id}">
              ${renderText(group.commitment.title, lang)}
            </h3>
            ${renderGroup(group)}
          </section>`,
      );
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
                  >${timelineStrings[lang].today}</text
                >
                <path d="M-5 ${1.05 * em}h10l-5 ${0.5 * em}z"></path>
              </g>`
              : nothing
          }
        </svg>
      </div>
    </div>`;
  }

  private renderToday(today: string, lang: Lang): TemplateResult {
    return html`<li part="today" class="today">
      <p class="today__label">${timelineStrings[lang].today}: ${renderDate(today, lang)}</p>
      <div class="track" aria-hidden="true"></div>
    </li>`;
  }

  private renderMilestone(milestone: Milestone, commitment: Commitment, index: number, context: RowContext) {
    const { lang, common, words } = context;
    const overdue = isOverdue(milestone, context.today);
    const { status } = milestone;
    return html`<li
      part="milestone"
      class="milestone ${overdue ? 'milestone--overdue' : ''}"
      data-commitment=${commitment.id}
      data-milestone=${milestone.id}
      data-status=${status}
      data-overdue=${overdue ? 'true' : 'false'}
      data-index=${index}
      tabindex="-1"
    >
      <div class="milestone__text">
        <p class="milestone__title">${renderText(milestone.title, lang)}</p>
        <p class="milestone__meta">
          ${renderStatus(status, common)} ${overdue ? renderOverdue(common) : nothing}
          <span>${words.due} ${renderDate(milestone.due, lang)}</span>
          ${milestone.completed ? html`<span>${words.completedOn} ${renderDate(milestone.completed, lang)}</span>` : nothing}
        </p>
        ${
          milestone.evidence?.length
            ? html`<p class="milestone__evidence">
                ${words.evidence}
                ${milestone.evidence.map(
                  (item, position) => html`<span>${renderEvidenceLink(item, position, lang, common)}</span>`,
                )}
              </p>`
            : nothing
        }
      </div>
      <div class="track" aria-hidden="true">
        <span class="marker status--${status}" style=${styleMap({ left: context.left(milestone.due) })}
          >${statusIcon(status)}</span
        >
      </div>
    </li>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.refocus ||= !!this.shadowRoot?.activeElement?.classList.contains('milestone');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Rows drawn anew get the tab stop; focus lost with its row (body has it) returns to the tab stop.
    if (this.rove(this.focusIndex, this.refocus && document.activeElement === document.body)) this.refocus = false;
  }

  /** Makes the milestone at `index` (or the last) the one tab stop, and focuses it; returns how many there are. */
  private rove(index: number, focus: boolean): number {
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('.milestone');
    this.focusIndex = index = Math.max(0, Math.min(index, rows.length - 1));
    rows.forEach((row, position) => (row.tabIndex = position === index ? 0 : -1));
    if (focus) rows[index]?.focus();
    return rows.length;
  }

  private onFocusIn(event: FocusEvent): void {
    const row = event.target as HTMLElement;
    if (row.classList.contains('milestone')) this.rove(Number(row.dataset.index), false);
  }

  private onKeyDown(event: KeyboardEvent): void {
    // Keys on an evidence link belong to the link.
    if (!(event.target as HTMLElement).classList.contains('milestone')) return;
    const next = stepIndex(event.key, this.focusIndex, this.renderRoot.querySelectorAll('.milestone').length);
    if (next === undefined) return;
    event.preventDefault();
    this.rove(next, true);
  }
}
