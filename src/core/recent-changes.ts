/**
 * "Novedades desde el 20 de noviembre de 2026": what changed in the plan's
 * last update, from the feed's `changes` (build-feed writes them by
 * comparing with the previous feed; nobody types them). Shown by
 * <ogp-plan-overview> (the whole plan) and <ogp-commitment> (its own).
 * Each change is worded here, in the widget's language, from the feed's
 * titles; a change of a kind this version does not know, or about
 * something no longer in the feed, is left out.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { findCommitment, indicatorsOf } from '../shared/derive.js';
import type { Change, ChangeKind, Commitment, PlanFeed } from '../shared/feed-schema.js';
import { formatDate } from '../shared/format.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { heading } from './heading.js';
import { recentChangesStrings, type RecentChangesStrings } from './recent-changes.strings.js';
import { renderText } from './templates.js';

const isKnown = (kind: string): kind is ChangeKind => Object.hasOwn(recentChangesStrings.changes, kind);

/** A change, worded; undefined when its kind is unknown or what it names is gone from the feed. */
function describeChange(
  change: Change,
  feed: PlanFeed,
  lang: Lang,
  defaultLanguage: string,
  common: Pick<CommonStrings, 'status'>,
  strings: RecentChangesStrings,
  inPlan: boolean,
): TemplateResult | undefined {
  if (!isKnown(change.kind)) return undefined;
  const text = (value: Parameters<typeof renderText>[0]) => renderText(value, lang, defaultLanguage);
  const commitment = change.commitmentId ? findCommitment(feed, change.commitmentId) : undefined;
  const milestone = change.milestoneId ? commitment?.milestones.find((m) => m.id === change.milestoneId) : undefined;
  const indicator = change.indicatorId ? feed.indicators.find((i) => i.id === change.indicatorId) : undefined;
  const needs: Record<ChangeKind, unknown> = {
    'commitment-added': commitment,
    'commitment-status': commitment && change.status,
    'milestone-added': milestone,
    'milestone-status': milestone && change.status,
    'observation-added': indicator && change.date,
  };
  if (!needs[change.kind]) return undefined;
  return strings.changes[change.kind]({
    commitment: text(commitment?.title),
    milestone: text(milestone?.title),
    indicator: text(indicator?.name),
    status: change.status ? common.status[change.status].toLowerCase() : '',
    date: change.date ? formatDate(change.date, lang) : '',
    inPlan,
  });
}

/** Whether a change concerns `commitment`: itself, one of its milestones, or one of its indicators. */
function concerns(change: Change, feed: PlanFeed, commitment: Commitment): boolean {
  if (change.commitmentId === commitment.id) return true;
  return change.indicatorId !== undefined && indicatorsOf(feed, commitment).some((i) => i.id === change.indicatorId);
}

/**
 * The section, its heading at `level`: the whole plan's changes, or only
 * those of `commitment`. Nothing when there are none to show.
 */
export function renderRecentChanges(
  feed: PlanFeed,
  options: {
    lang: Lang;
    defaultLanguage: string;
    common: Pick<CommonStrings, 'status'>;
    /** The words, in the widget's language (its `changes` pack section). */
    strings: RecentChangesStrings;
    level: number;
    commitment?: Commitment;
  },
): TemplateResult | typeof nothing {
  const { changes } = feed;
  if (!changes) return nothing;
  const { lang, defaultLanguage, common, strings, level, commitment } = options;
  const items = changes.items
    .filter((change) => !commitment || concerns(change, feed, commitment))
    .map((change) => describeChange(change, feed, lang, defaultLanguage, common, strings, !commitment))
    .filter((item) => item !== undefined);
  if (items.length === 0) return nothing;
  return html`<section part="changes" class="changes">
    ${heading(level, strings.heading(formatDate(changes.since, lang)), { class: 'section-heading' })}
    <ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </section>`;
}

export const recentChangesStyles = css`
  .changes ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
`;
