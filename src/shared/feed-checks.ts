/**
 * What a plan feed's schema cannot say, checked once its shape is right:
 * unique ids, references between commitments and indicators, date order,
 * and the plan's default language in every text. (feed-schema.ts runs them
 * in validateFeed.)
 */
import type * as v from 'valibot';
import type { FeedIssue, PlanFeed } from './feed-schema.js';
import { DEFAULT_FEED_LANGUAGE } from './feed-text.js';

/** RFC 6901: "~" becomes "~0" and "/" becomes "~1". */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unique ids, references between commitments and indicators, and date order. */
export function checkConsistency(feed: PlanFeed): FeedIssue[] {
  const issues: FeedIssue[] = [];
  const checkOrder = (path: string, start: string, end: string) => {
    if (start > end) issues.push({ path, message: 'la fecha final es anterior a la inicial' });
  };
  checkOrder('/plan/period/end', feed.plan.period.start, feed.plan.period.end);

  const commitmentIds = new Map<string, number>();
  feed.commitments.forEach((commitment, index) => {
    const path = `/commitments/${index}`;
    if (commitmentIds.has(commitment.id)) {
      issues.push({
        path: `${path}/id`,
        message: `el id "${commitment.id}" ya se usa en /commitments/${commitmentIds.get(commitment.id)}`,
      });
    } else {
      commitmentIds.set(commitment.id, index);
    }
    checkOrder(`${path}/end`, commitment.start, commitment.end);
    const milestoneIds = new Set<string>();
    commitment.milestones.forEach((milestone, milestoneIndex) => {
      if (milestoneIds.has(milestone.id)) {
        issues.push({
          path: `${path}/milestones/${milestoneIndex}/id`,
          message: `el id "${milestone.id}" se repite en este compromiso`,
        });
      }
      milestoneIds.add(milestone.id);
    });
  });

  const indicatorIds = new Map<string, number>();
  feed.indicators.forEach((indicator, index) => {
    const path = `/indicators/${index}`;
    if (indicatorIds.has(indicator.id)) {
      issues.push({
        path: `${path}/id`,
        message: `el id "${indicator.id}" ya se usa en /indicators/${indicatorIds.get(indicator.id)}`,
      });
    } else {
      indicatorIds.set(indicator.id, index);
    }
    if (!commitmentIds.has(indicator.commitmentId)) {
      issues.push({
        path: `${path}/commitmentId`,
        message: `no hay un compromiso con el id "${indicator.commitmentId}"`,
      });
    }
  });

  feed.commitments.forEach((commitment, index) => {
    commitment.indicatorIds?.forEach((id, idIndex) => {
      if (!indicatorIds.has(id)) {
        issues.push({
          path: `/commitments/${index}/indicatorIds/${idIndex}`,
          message: `no hay un indicador con el id "${id}"`,
        });
      }
    });
  });
  return issues;
}

/**
 * Every text object carries the plan's default language: the language the
 * widgets fall back to when the one they speak is missing. Found by walking
 * the schema (`feedSchema`) beside the feed, down to each use of
 * `textSchema`, so a text field added later is checked too.
 */
export function checkDefaultLanguage(
  feed: PlanFeed,
  feedSchema: v.GenericSchema,
  textSchema: v.GenericSchema,
): FeedIssue[] {
  const language = feed.plan.defaultLanguage ?? DEFAULT_FEED_LANGUAGE;
  const issues: FeedIssue[] = [];
  const visit = (schema: v.GenericSchema, value: unknown, path: string): void => {
    if (value === undefined) return;
    if (schema === textSchema) {
      if (typeof value === 'object' && value !== null && !(language in value)) {
        issues.push({ path, message: `falta el texto en el idioma principal del plan ("${language}")` });
      }
      return;
    }
    const node = schema as v.GenericSchema & {
      wrapped?: v.GenericSchema;
      entries?: Record<string, v.GenericSchema>;
      item?: v.GenericSchema;
    };
    if (node.wrapped) visit(node.wrapped, value, path);
    else if (node.entries && typeof value === 'object' && value !== null) {
      for (const [key, entry] of Object.entries(node.entries)) {
        visit(entry, (value as Record<string, unknown>)[key], `${path}/${escapePointer(key)}`);
      }
    } else if (node.item && Array.isArray(value)) {
      value.forEach((item, index) => visit(node.item!, item, `${path}/${index}`));
    }
  };
  visit(feedSchema, feed, '');
  return issues;
}
