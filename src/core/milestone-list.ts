/**
 * The ordered list of a commitment's milestones, with their evidence links:
 * shown by <ogp-commitment> and inside each commitment of <ogp-plan-overview>;
 * its words and evidence links serve <ogp-milestone-timeline> too.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { isOverdue, milestonesByDue } from '../shared/derive.js';
import type { Milestone } from '../shared/feed-schema.js';
import type { CommonStrings, Lang, Translations } from '../shared/i18n.js';
import { renderDate, renderLink, renderOverdue, renderStatus, renderText, renderTextLink } from './templates.js';

/** Words of the milestone list. */
export interface MilestoneListStrings {
  due: string;
  completedOn: string;
  evidence: string;
  /** The label of an evidence link that has no title of its own. */
  untitledEvidence: (position: number) => string;
  noMilestones: string;
}

export const milestoneListStrings: Translations<MilestoneListStrings> = {
  es: {
    due: 'Fecha límite:',
    completedOn: 'Cumplido el',
    evidence: 'Evidencias:',
    untitledEvidence: (position) => `Evidencia ${position}`,
    noMilestones: 'Este compromiso todavía no tiene hitos.',
  },
  en: {
    due: 'Due:',
    completedOn: 'Completed on',
    evidence: 'Evidence:',
    untitledEvidence: (position) => `Evidence ${position}`,
    noMilestones: 'This commitment has no milestones yet.',
  },
};

type Evidence = NonNullable<Milestone['evidence']>[number];

/** One evidence link: its title, or "Evidencia 2" when it has none. */
export function renderEvidenceLink(
  item: Evidence,
  position: number,
  lang: Lang,
  common: CommonStrings,
): TemplateResult {
  return item.title
    ? renderTextLink(item.url, item.title, lang, common, 'evidence')
    : renderLink(item.url, milestoneListStrings[lang].untitledEvidence(position + 1), common, 'evidence');
}

function renderEvidence(evidence: readonly Evidence[], lang: Lang, common: CommonStrings) {
  return html`<div class="milestone__evidence">
    <span>${milestoneListStrings[lang].evidence}</span>
    <ul>
      ${evidence.map((item, index) => html`<li>${renderEvidenceLink(item, index, lang, common)}</li>`)}
    </ul>
  </div>`;
}

/**
 * The milestones in due-date order: title, status (word and shape), due
 * date, completion date, an overdue mark, and the evidence links.
 */
export function renderMilestoneList(
  milestones: readonly Milestone[],
  lang: Lang,
  today: string,
  common: CommonStrings,
): TemplateResult {
  const strings = milestoneListStrings[lang];
  if (milestones.length === 0) return html`<p class="milestones-empty">${strings.noMilestones}</p>`;
  return html`<ol part="milestones" class="milestones">
    ${milestonesByDue(milestones).map(
      (milestone) =>
        html`<li part="milestone" class="milestone" data-milestone=${milestone.id}>
          <p class="milestone__title">${renderText(milestone.title, lang)}</p>
          <p class="milestone__meta">
            ${renderStatus(milestone.status, common)}
            <span>${strings.due} ${renderDate(milestone.due, lang)}</span>
            ${
              milestone.completed
                ? html`<span>${strings.completedOn} ${renderDate(milestone.completed, lang)}</span>`
                : nothing
            }
            ${isOverdue(milestone, today) ? renderOverdue(common) : nothing}
          </p>
          ${milestone.evidence?.length ? renderEvidence(milestone.evidence, lang, common) : nothing}
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
