/**
 * What changed between two versions of a feed, as Markdown bullet lines in
 * Spanish, ready to paste into a public changelog. Pure: `today` is passed
 * in, and both versions are judged on the same day, so a commitment's
 * derived status only "changes" when its data did.
 */
import { commitmentStatus, withPlanCurrency } from '../shared/derive.js';
import type {
  Change,
  Commitment,
  Indicator,
  LocalizedText,
  Milestone,
  Observation,
  PlanFeed,
  Status,
} from '../shared/feed-schema.js';
import { formatDate } from '../shared/format.js';
import { formatValue } from '../shared/format-value.js';
import { feedLanguage, localize } from '../shared/feed-text.js';
import { commonStrings } from '../shared/i18n.js';

/** Feed text: escape what Markdown would read as markup. */
const markdown = (text: string) => text.replace(/[\\`*_[\]<>]/g, '\\$&');
/** Feed text quoted: in Spanish, the changelog's language, when the feed has it, else in the feed's own. */
type Quote = (text: LocalizedText) => string;
const quoteIn =
  (defaultLanguage: string): Quote =>
  (text) =>
    `«${markdown(localize(text, 'es', defaultLanguage))}»`;
const statusWord = (status: Status) => commonStrings.status[status].toLowerCase();
const date = (iso: string) => formatDate(iso, 'es');

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function feedChanges(before: PlanFeed, after: PlanFeed, today: string): string[] {
  const quote = quoteIn(feedLanguage(after.plan));
  return [...commitmentChanges(before, after, today, quote), ...indicatorChanges(before, after, quote)].map(
    (line) => `- ${line}`,
  );
}

function commitmentChanges(before: PlanFeed, after: PlanFeed, today: string, quote: Quote): string[] {
  const lines: string[] = [];
  const previous = byId(before.commitments);
  const current = byId(after.commitments);
  for (const commitment of after.commitments) {
    const old = previous.get(commitment.id);
    if (!old) {
      lines.push(`Nuevo compromiso: ${quote(commitment.title)}.`);
      continue;
    }
    const [was, is] = [commitmentStatus(old, today), commitmentStatus(commitment, today)];
    if (was !== is) lines.push(`Compromiso ${quote(commitment.title)}: ${statusWord(was)} → ${statusWord(is)}.`);
    lines.push(...milestoneChanges(old, commitment, quote));
  }
  for (const commitment of before.commitments) {
    if (!current.has(commitment.id)) lines.push(`Se retiró el compromiso ${quote(commitment.title)}.`);
  }
  return lines;
}

function milestoneChanges(before: Commitment, after: Commitment, quote: Quote): string[] {
  const lines: string[] = [];
  const previous = byId(before.milestones);
  const current = byId(after.milestones);
  const where = `en ${quote(after.title)}`;
  for (const milestone of after.milestones) {
    const old = previous.get(milestone.id);
    if (!old) {
      lines.push(`Nuevo hito ${where}: ${quote(milestone.title)}, para el ${date(milestone.due)}.`);
    } else if (old.status !== milestone.status) {
      lines.push(
        `Hito ${quote(milestone.title)} ${where}: ${statusWord(old.status)} → ${statusWord(milestone.status)}${completedOn(milestone)}.`,
      );
    }
  }
  for (const milestone of before.milestones) {
    if (!current.has(milestone.id)) lines.push(`Se retiró el hito ${quote(milestone.title)} ${where}.`);
  }
  return lines;
}

const completedOn = (milestone: Milestone) =>
  milestone.status === 'completed' && milestone.completed ? ` el ${date(milestone.completed)}` : '';

/** An observation is the same one when its date and breakdown are. */
function observationKey(observation: Observation): string {
  return JSON.stringify([observation.date, Object.entries(observation.dimensions ?? {}).sort()]);
}

function indicatorChanges(before: PlanFeed, after: PlanFeed, quote: Quote): string[] {
  const lines: string[] = [];
  const previous = byId(before.indicators);
  const current = byId(after.indicators);
  for (const indicator of after.indicators) {
    const old = previous.get(indicator.id);
    if (old) lines.push(...observationChanges(old, withPlanCurrency(indicator, after.plan), quote));
    else lines.push(`Nuevo indicador: ${quote(indicator.name)}.`);
  }
  for (const indicator of before.indicators) {
    if (!current.has(indicator.id)) lines.push(`Se retiró el indicador ${quote(indicator.name)}.`);
  }
  return lines;
}

function observationChanges(before: Indicator, after: Indicator, quote: Quote): string[] {
  const lines: string[] = [];
  const previous = new Map(before.observations.map((observation) => [observationKey(observation), observation]));
  const current = new Set(after.observations.map(observationKey));
  const value = (observation: Observation) => formatValue(observation.value, after, 'es');
  const what = (observation: Observation) => {
    const breakdown = Object.values(observation.dimensions ?? {});
    return `${quote(after.name)}${breakdown.length ? ` (${markdown(breakdown.join(', '))})` : ''} al ${date(observation.date)}`;
  };
  for (const observation of after.observations) {
    const old = previous.get(observationKey(observation));
    if (!old) lines.push(`Nuevo dato de ${what(observation)}: ${value(observation)}.`);
    else if (old.value !== observation.value) {
      lines.push(`Se corrigió el dato de ${what(observation)}: ${value(old)} → ${value(observation)}.`);
    }
  }
  for (const observation of before.observations) {
    if (!current.has(observationKey(observation))) lines.push(`Se retiró el dato de ${what(observation)}.`);
  }
  return lines;
}

/**
 * What changed, as the feed's `changes` items that the widgets show
 * citizens: new commitments and milestones, new statuses and new data (what
 * was removed stays in the team's Markdown changelog only).
 */
export function changeItems(before: PlanFeed, after: PlanFeed, today: string): Change[] {
  const items: Change[] = [];
  const previous = byId(before.commitments);
  for (const commitment of after.commitments) {
    const commitmentId = commitment.id;
    const old = previous.get(commitmentId);
    if (!old) {
      items.push({ kind: 'commitment-added', commitmentId });
      continue;
    }
    const status = commitmentStatus(commitment, today);
    if (commitmentStatus(old, today) !== status) items.push({ kind: 'commitment-status', commitmentId, status });
    const milestones = byId(old.milestones);
    for (const milestone of commitment.milestones) {
      const was = milestones.get(milestone.id);
      const milestoneId = milestone.id;
      if (!was) items.push({ kind: 'milestone-added', commitmentId, milestoneId });
      else if (was.status !== milestone.status) {
        items.push({ kind: 'milestone-status', commitmentId, milestoneId, status: milestone.status });
      }
    }
  }
  const indicators = byId(before.indicators);
  for (const indicator of after.indicators) {
    const known = new Set(indicators.get(indicator.id)?.observations.map(observationKey) ?? []);
    const dates = new Set(indicator.observations.filter((o) => !known.has(observationKey(o))).map((o) => o.date));
    for (const date of [...dates].sort()) items.push({ kind: 'observation-added', indicatorId: indicator.id, date });
  }
  return items;
}

/**
 * The feed to publish, carrying its changes against the one it replaces
 * (`since` the previous update). A build that changes nothing keeps the
 * previous changes, so rebuilding does not wipe them.
 */
export function withChanges(feed: PlanFeed, previous: PlanFeed | undefined, today: string): PlanFeed {
  if (!previous) return feed;
  const items = changeItems(previous, feed, today);
  if (items.length > 0) return { ...feed, changes: { since: previous.plan.updatedAt.slice(0, 10), items } };
  return previous.changes ? { ...feed, changes: previous.changes } : feed;
}
