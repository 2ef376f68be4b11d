/**
 * The ordered list of a commitment's milestones, with their evidence links:
 * shown by <ogp-commitment> and inside each commitment of <ogp-plan-overview>;
 * each milestone's template and its words serve <ogp-milestone-timeline> too.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isOverdue, milestonesByDue } from '../shared/derive.js';
import type { Milestone } from '../shared/feed-schema.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import {
  renderLabelledDate,
  renderLink,
  renderOverdue,
  renderStatus,
  renderText,
  renderTextLink,
} from './templates.js';

type Evidence = NonNullable<Milestone['evidence']>[number];

/** One evidence link: its title, or "Evidencia 2" when it has none. */
function renderEvidenceLink(
  item: Evidence,
  position: number,
  lang: Lang,
  defaultLanguage: string,
  common: CommonStrings,
): TemplateResult {
  return item.title
    ? renderTextLink(item.url, item.title, lang, defaultLanguage, common, 'evidence')
    : renderLink(item.url, common.milestones.untitledEvidence(position + 1), common, 'evidence');
}

function renderEvidence(evidence: readonly Evidence[], lang: Lang, defaultLanguage: string, common: CommonStrings) {
  return html`<div class="milestone__evidence">
    <span>${common.milestones.evidence}</span>
    <ul>
      ${evidence.map((item, index) => html`<li>${renderEvidenceLink(item, index, lang, defaultLanguage, common)}</li>`)}
    </ul>
  </div>`;
}

/** Ids for a milestone's title and facts, where something else is named by them (a timeline row). */
export interface MilestoneIds {
  title: string;
  facts: string;
}

/**
 * What a milestone says, the same in every widget: its title, then its facts
 * (status, the overdue mark, due date, completion date), each heard apart,
 * then its evidence links. Its feed text falls back to `defaultLanguage`,
 * the feed's.
 */
export function renderMilestone(
  milestone: Milestone,
  lang: Lang,
  defaultLanguage: string,
  today: string,
  common: CommonStrings,
  ids?: MilestoneIds,
): TemplateResult {
  const strings = common.milestones;
  return html`<p class="milestone__title" id=${ifDefined(ids?.title)}>
      ${renderText(milestone.title, lang, defaultLanguage)}
    </p>
    <p class="milestone__meta" id=${ifDefined(ids?.facts)}>
      ${renderStatus(milestone.status, common)} ${isOverdue(milestone, today) ? renderOverdue(common) : nothing}
      ${renderLabelledDate(strings.due, milestone.due, lang)}
      ${milestone.completed ? renderLabelledDate(strings.completedOn, milestone.completed, lang) : nothing}
    </p>
    ${milestone.evidence?.length ? renderEvidence(milestone.evidence, lang, defaultLanguage, common) : nothing}`;
}

/** The milestones in due-date order, each as renderMilestone() tells it. */
export function renderMilestoneList(
  milestones: readonly Milestone[],
  lang: Lang,
  defaultLanguage: string,
  today: string,
  common: CommonStrings,
): TemplateResult {
  if (milestones.length === 0) {
    return html`<p class="milestones-empty">${common.milestones.noMilestones}</p>`;
  }
  return html`<ol part="milestones" class="milestones">
    ${milestonesByDue(milestones).map(
      (milestone) =>
        html`<li part="milestone" class="milestone" data-milestone=${milestone.id}>
          ${renderMilestone(milestone, lang, defaultLanguage, today, common)}
        </li>`,
    )}
  </ol>`;
}

export const milestoneListStyles = css`
  .milestones {
    display: grid;
    gap: 0.75em;
    padding-inline-start: 1.75em;
  }

  .milestone::marker {
    font-weight: 700;
    color: var(--_ogp-muted);
  }

  .milestone__title {
    font-weight: 600;
  }

  .milestone__meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    color: var(--_ogp-muted);
    font-size: 0.9375em;
  }

  .milestone__evidence {
    font-size: 0.9375em;
    margin-top: 0.25em;
  }

  .milestone__evidence ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .milestones-empty {
    color: var(--_ogp-muted);
  }
`;
