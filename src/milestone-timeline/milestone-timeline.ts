import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { type MilestoneListStrings, milestoneListStrings, renderEvidenceLink } from '../core/milestone-list.js';
import { bottomAxis, timeTicks } from '../core/axis.js';
import { countMilestones, findCommitment, isOverdue, milestonesByDue } from '../shared/derive.js';
import type { Commitment, Milestone, Plan, PlanFeed } from '../shared/feed-schema.js';
import { formatDate, parseIsoDate } from '../shared/format.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { linearScale } from '../core/linear-scale.js';
import { FocusController } from '../core/focus-controller.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { RovingTabindexController } from '../core/roving-tabindex.js';
import { SizeController } from '../core/size-controller.js';
import { errorState } from '../core/states.js';
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

  private readonly size = new SizeController(this, '.scale__axis', { width: 480, height: 48, fontSize: 16 });

  /** The milestones are one tab stop. A key sets two rows' tabindex and redraws nothing, however long the plan. */
  private readonly roving = new RovingTabindexController(this, () => [
    ...this.renderRoot.querySelectorAll<HTMLElement>('.milestone'),
  ]);

  constructor() {
    super();
    // Focus lost with its milestone's row (a new feed) goes back to the tab stop.
    new FocusController(this, { fallback: () => this.roving.tabStop });
  }

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const lang = this.language;
    const strings = timelineStrings[lang];
    const id = this.commitmentId?.trim();
    let commitments = feed.commitments;
    if (id) {
      const commitment = findCommitment(feed, id);
      if (!commitment) return errorState(this.common, strings.unknownCommitment(id));
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
      <p class="subject">${renderText(id ? commitments[0]!.title : feed.plan.title, lang)}</p>
      <p part="summary" class="summary">
        ${strings.counts(countMilestones(milestones, today))}
        ${strings.period(formatDate(feed.plan.period.start, lang), formatDate(feed.plan.period.end, lang))}
      </p>
      ${renderSampleNotice(feed.plan, lang, this.common)}
      ${
        milestones.length === 0
          ? html`<p class="empty">${id ? context.words.noMilestones : strings.noMilestones}</p>`
          : html`${this.renderAxis(start, end, today, todayShown, lang)}
              <p class="hint">${strings.keyboardHint}</p>
              <div class="rows">${guard([feed, id, lang, today], () => this.renderRows(groups, !!id, context))}</div>`
      }
    </section>`;
  }

  /** The milestones (of one commitment, or by commitment for the whole plan), with the "Hoy" row where today falls. */
  private renderRows(groups: Group[], single: boolean, context: RowContext): TemplateResult | TemplateResult[] {
    const { today, lang, todayShown } = context;
    const renderGroup = (group: Group) =>
      html`<ol part="milestones" class="milestones">
        ${group.milestones.map((milestone, position) => {
          const previous = group.milestones[position - 1];
          const todayFirst = todayShown && milestone.due >= today && (!previous || previous.due < today);
          return html`${todayFirst ? this.renderToday(today, lang) : nothing}
          ${this.renderMilestone(milestone, group.commitment, context)}`;
        })}
        ${todayShown && group.milestones.at(-1)!.due < today ? this.renderToday(today, lang) : nothing}
      </ol>`;
    if (single) return renderGroup(groups[0]!);
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

  private renderMilestone(milestone: Milestone, commitment: Commitment, context: RowContext) {
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
}
