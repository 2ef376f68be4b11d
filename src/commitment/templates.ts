/**
 * Pieces that <ogp-commitment> shares with <ogp-plan-overview>: the sample
 * data notice and the ordered list of milestones with their evidence.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { isOverdue, milestonesByDue } from '../core/derive.js';
import type { LocalizedText, Milestone, Plan } from '../core/feed-schema.js';
import { type DateStyle, formatDate } from '../core/format.js';
import { type CommonStrings, type Lang, localize, textLang } from '../core/i18n.js';
import { renderLink, renderOverdue, renderStatus, renderText } from '../core/templates.js';
import { milestoneListStrings } from './commitment.strings.js';

/** The notice on sample data: the feed's own note, or a short default. */
export function renderSampleNotice(plan: Plan, lang: Lang, common: CommonStrings): TemplateResult | typeof nothing {
  if (!plan.sample) return nothing;
  return html`<p part="sample-notice" class="sample-notice" role="note">
    ${plan.sampleNote ? renderText(plan.sampleNote, lang) : common.sampleNotice}
  </p>`;
}

/** A date people read, with its machine-readable form. */
export function renderDate(iso: string, lang: Lang, style: DateStyle = 'long'): TemplateResult {
  return html`<time datetime=${iso.slice(0, 10)}>${formatDate(iso, lang, style)}</time>`;
}

/**
 * A link whose label is feed text: safe like every link, and marked
 * lang="es" when the text falls back to Spanish.
 */
export function renderTextLink(
  url: unknown,
  text: LocalizedText,
  lang: Lang,
  common: CommonStrings,
  part?: string,
): TemplateResult {
  const link = renderLink(url, localize(text, lang), common, part);
  return textLang(text, lang) === lang ? link : html`<span lang="es">${link}</span>`;
}

function renderEvidence(evidence: NonNullable<Milestone['evidence']>, lang: Lang, common: CommonStrings) {
  const strings = milestoneListStrings[lang];
  return html`<div class="milestone__evidence">
    <span>${strings.evidence}</span>
    <ul>
      ${evidence.map(
        (item, index) =>
          html`<li>
            ${
              item.title
                ? renderTextLink(item.url, item.title, lang, common, 'evidence')
                : renderLink(item.url, strings.untitledEvidence(index + 1), common, 'evidence')
            }
          </li>`,
      )}
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
