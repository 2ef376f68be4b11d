import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { describeCommitment, findCommitment, indicatorsOf } from '../shared/derive.js';
import { indicatorProgress } from '../shared/indicators.js';
import type { Assessment, Commitment, Indicator, LocalizedText, PlanFeed } from '../shared/feed-schema.js';
import { formatPercent } from '../shared/format.js';
import { formatValue } from '../shared/format-value.js';
import type { Lang } from '../shared/i18n.js';
import { AnswersTask, answersUrlOf } from '../core/answers-task.js';
import { heading } from '../core/heading.js';
import type { Section } from '../core/language-packs.js';
import { safeHref } from '../core/safe-url.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { errorState } from '../core/states.js';
import { statusStyles } from '../core/styles.js';
import {
  renderDate,
  renderLabelledDate,
  renderProgress,
  renderSampleNotice,
  renderStatus,
  renderText,
  renderTextLink,
} from '../core/templates.js';
import { type CommitmentStrings, commitmentStrings } from './commitment.strings.js';
import { commitmentStyles } from './commitment.styles.js';
import { commentTarget, renderCommentLink } from '../core/comment-link.js';
import { milestoneListStyles, renderMilestoneList } from '../core/milestone-list.js';
import { recentChangesStyles, renderRecentChanges } from '../core/recent-changes.js';
import { recentChangesStrings } from '../core/recent-changes.strings.js';

/** A term and its value, in a description list. */
const fact = (term: string, value: unknown) =>
  html`<div>
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;

/** A bulleted list of short texts. */
const list = (items: unknown[]) =>
  html`<ul class="plain-list">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;

/** A section with its heading, at `level`. */
const section = (level: number, title: string, content: unknown) =>
  html`<section>${heading(level, title, { class: 'section-heading' })} ${content}</section>`;

/**
 * One commitment of the plan in full: what problem it tackles, what will be
 * done, who does it and when, its status and progress, its milestones with
 * their evidence, the indicators that measure it and, when the feed has one,
 * its independent assessment.
 *
 * @summary One commitment of an open government action plan, in full.
 * @tag ogp-commitment
 *
 * @csspart base - The commitment's article.
 * @csspart header - Title, pillar, status, progress and summary.
 * @csspart title - The commitment's title (an h2 unless `heading-level` says otherwise).
 * @csspart summary - The commitment's summary.
 * @csspart answered - How many questions about it were answered (when the feed has `feedback.answersUrl`).
 * @csspart sample-notice - The notice shown when the feed holds sample data.
 * @csspart facts - Lead, supporting actors, dates and open government values.
 * @csspart status - A status badge: a word and a shape.
 * @csspart progress - A progress bar with its percentage written out.
 * @csspart milestones - The ordered list of milestones.
 * @csspart milestone - One milestone.
 * @csspart overdue - The mark on an overdue milestone.
 * @csspart evidence - A link to a milestone's evidence (`evidence-text` when the URL is not safe to link).
 * @csspart indicators - The list of linked indicators.
 * @csspart indicator - One indicator.
 * @csspart assessment - The independent assessment.
 * @csspart changes - "Novedades desde…": this commitment's changes in the plan's last update (the feed's `changes`).
 * @csspart comment - The "Comentar este compromiso" link, to the form on the page or the feed's form page.
 * @csspart loading - The loading state.
 * @csspart error - The error box (also used for a missing or unknown commitment id).
 * @csspart retry - The "Reintentar" button.
 *
 * @cssprop --ogp-color-text - Text color.
 * @cssprop --ogp-color-muted - Secondary text color.
 * @cssprop --ogp-color-background - Background color.
 * @cssprop --ogp-color-surface - Background of boxes and bar tracks.
 * @cssprop --ogp-color-border - Border color.
 * @cssprop --ogp-color-accent - Links, buttons and progress bars.
 * @cssprop --ogp-color-focus - Focus outline.
 * @cssprop --ogp-color-danger - Errors and overdue marks.
 * @cssprop --ogp-color-notice - Background of the sample data notice.
 * @cssprop --ogp-color-status-not-started - Color of the "not started" status.
 * @cssprop --ogp-color-status-in-progress - Color of the "in progress" status.
 * @cssprop --ogp-color-status-delayed - Color of the "delayed" status.
 * @cssprop --ogp-color-status-completed - Color of the "completed" status.
 * @cssprop --ogp-color-status-cancelled - Color of the "cancelled" status.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 * @cssprop --ogp-font-family - Font family (inherited from the page by default).
 * @cssprop --ogp-font-size - Base font size.
 * @cssprop --ogp-loading-height - Height reserved while the feed loads. Default: one screen, at most 80em (a commitment of one milestone is taller).
 */
export class OgpCommitment extends PlanFeedElement {
  protected static override languageSections: readonly Section[] = ['common', 'commitment', 'changes'];

  static override styles = [
    ...PlanFeedElement.styles,
    statusStyles,
    milestoneListStyles,
    recentChangesStyles,
    commitmentStyles,
  ];

  /** The id of the commitment to show, as in the feed. */
  @property({ attribute: 'commitment-id', reflect: true }) commitmentId?: string;

  /**
   * The id of an `<ogp-feedback-form>` on the page: "Comentar este
   * compromiso" then leads to it with this commitment chosen. Without it,
   * the link leads to the feed's form page (`plan.links.feedbackForm`), if any.
   */
  @property({ attribute: 'feedback-form' }) feedbackForm?: string;

  /**
   * A page with <ogp-feedback-answers>, which the count of answered questions
   * links to. Without it, the count links to an <ogp-feedback-answers> with an
   * id on this page, if there is one.
   */
  @property({ attribute: 'answers-page' }) answersPage?: string;

  /** The published answers, when the feed says where they are (`feedback.answersUrl`): counted per commitment. */
  private readonly answersTask = new AnswersTask(this, () =>
    answersUrlOf(undefined, this.feedTask.value?.feedback?.answersUrl, this.src),
  );

  /** Settles once the feed, and the answers it points to, have loaded (or failed) and are rendered. */
  override get loadComplete(): Promise<void> {
    return (async () => {
      await this.feedTask.loadComplete;
      await this.answersTask.complete;
      await this.updateComplete;
    })();
  }

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    const lang = this.language;
    const strings = this.words('commitment', commitmentStrings);
    const id = this.commitmentId?.trim();
    if (!id) return errorState(this.common, strings.noId);
    const commitment = findCommitment(feed, id);
    if (!commitment) return errorState(this.common, strings.unknownId(id));
    const view = describeCommitment(commitment, this.todayIso);
    const indicators = indicatorsOf(feed, commitment);
    const level = this.headingLevelAt(1);
    /** A section of feed prose, when the feed has it. */
    const prose = (title: string, text?: LocalizedText) =>
      text ? section(level, title, html`<p>${renderText(text, lang, this.feedLang)}</p>`) : nothing;

    return html`<article
      part="base"
      class="commitment"
      aria-labelledby=${this.hideTitle ? nothing : 'commitment-title'}
    >
      ${renderSampleNotice(feed.plan, lang, this.common)}
      <header part="header" class="commitment__header">
        ${commitment.theme ? html`<p class="commitment__theme">${renderText(commitment.theme, lang, this.feedLang)}</p>` : nothing}
        ${
          this.hideTitle
            ? nothing
            : heading(this.headingLevelAt(0), renderText(commitment.title, lang, this.feedLang), {
                part: 'title',
                id: 'commitment-title',
                class: 'title',
              })
        }
        <div class="commitment__state">
          ${renderStatus(view.status, this.common)} ${renderProgress(view.progress, lang, strings.progress)}
        </div>
        ${
          commitment.summary
            ? html`<p part="summary" class="commitment__summary">
                ${renderText(commitment.summary, lang, this.feedLang)}
              </p>`
            : nothing
        }
        ${renderCommentLink(
          commentTarget(this, this.feedbackForm, feed, commitment.id),
          this.common.commentOn,
          this.common.opensInNewTab,
        )}
        ${this.renderAnswered(commitment.id, strings)}
      </header>
      ${renderRecentChanges(feed, { lang, defaultLanguage: this.feedLang, common: this.common, strings: this.words('changes', recentChangesStrings), level, commitment })}
      ${prose(strings.problem, commitment.problem)} ${prose(strings.action, commitment.action)}
      ${this.renderFacts(commitment, lang, strings)}
      ${section(level, strings.milestones, renderMilestoneList(commitment.milestones, lang, this.feedLang, this.todayIso, this.common))}
      ${
        indicators.length
          ? section(
              level,
              strings.indicators,
              html`<ul part="indicators" class="indicators">
                ${indicators.map((indicator) => this.renderIndicator(indicator, lang, strings))}
              </ul>`,
            )
          : nothing
      }
      ${commitment.assessment ? this.renderAssessment(commitment.assessment, lang, strings) : nothing}
    </article>`;
  }

  /** "3 preguntas respondidas", linked to the answers when there is a page or an element to go to. */
  private renderAnswered(id: string, strings: CommitmentStrings) {
    const loaded = this.answersTask.state;
    if (loaded.status !== 'complete') return nothing;
    const count = loaded.feed.answers.filter((answer) => answer.commitmentId === id).length;
    if (count === 0) return nothing;
    const onPage = globalThis.document?.querySelector('ogp-feedback-answers[id]')?.id;
    const href = safeHref(this.answersPage) ?? (onPage ? `#${encodeURIComponent(onPage)}` : undefined);
    const words = strings.answered(count);
    return html`<p part="answered" class="commitment__answered">
      ${href ? html`<a href=${href}>${words}</a>` : words}
    </p>`;
  }

  private renderFacts(commitment: Commitment, lang: Lang, strings: CommitmentStrings) {
    const { supporting, ogpValues } = commitment;
    return html`<dl part="facts" class="facts">
      ${fact(strings.lead, renderText(commitment.lead, lang, this.feedLang))}
      ${
        supporting?.length
          ? fact(strings.supporting, list(supporting.map((actor) => renderText(actor, lang, this.feedLang))))
          : nothing
      }
      ${fact(
        strings.dates,
        html`${renderLabelledDate(`${strings.start}:`, commitment.start, lang)}<br />${renderLabelledDate(
            `${strings.end}:`,
            commitment.end,
            lang,
          )}`,
      )}
      ${
        ogpValues?.length
          ? fact(strings.ogpValues, list(ogpValues.map((value) => this.common.ogpValue[value])))
          : nothing
      }
    </dl>`;
  }

  private renderIndicator(indicator: Indicator, lang: Lang, strings: CommitmentStrings) {
    const words = strings.indicator;
    const progress = indicatorProgress(indicator);
    // Isolated, so feed text cannot reorder the date after it; marked lang="es" when it falls back.
    const unit = indicator.unit ? html` <bdi>${renderText(indicator.unit, lang, this.feedLang)}</bdi>` : nothing;
    const dated = (point: { date: string; value: number }) =>
      html`${formatValue(point.value, indicator, lang)}${unit} (${renderDate(point.date, lang, 'medium')})`;

    let verdict: string;
    if (!progress.latest) verdict = words.noData;
    else if (!progress.target) verdict = words.noTarget;
    else if (progress.met) verdict = words.met;
    else if ((progress.ratio ?? 0) < 0) verdict = words.wrongWay;
    // The clamped share, like the bar: an unmoved lower-is-better ratio is -0, never "-0 %".
    else verdict = words.partWay(formatPercent(progress.clamped ?? 0, lang));

    return html`<li part="indicator" class="indicator" data-indicator=${indicator.id}>
      ${heading(this.headingLevelAt(2), renderText(indicator.name, lang, this.feedLang), { class: 'indicator__name' })}
      <dl class="indicator__figures">
        ${fact(words.latest, progress.latest ? dated(progress.latest) : words.noData)}
        ${fact(words.baseline, dated(progress.baseline))}
        ${progress.target ? fact(words.target, dated(progress.target)) : nothing}
      </dl>
      ${progress.clamped !== undefined ? renderProgress(progress.clamped * 100, lang, words.progressLabel) : nothing}
      <p class="indicator__verdict">${verdict} ${words.direction[indicator.direction]}</p>
      ${
        indicator.source
          ? html`<p class="indicator__source">
              ${words.source}
              ${
                indicator.sourceUrl
                  ? renderTextLink(indicator.sourceUrl, indicator.source, lang, this.feedLang, this.common)
                  : renderText(indicator.source, lang, this.feedLang)
              }
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderAssessment(assessment: Assessment, lang: Lang, strings: CommitmentStrings) {
    const words = strings.assessment;
    return html`<section part="assessment" class="assessment">
      ${heading(this.headingLevelAt(1), words.heading, { class: 'section-heading' })}
      <p class="assessment__intro">${words.intro}</p>
      <dl class="facts">
        ${fact(words.verifiable, assessment.verifiable ? words.yes : words.no)}
        ${fact(words.potentialForResults, words.potential[assessment.potentialForResults])}
        ${fact(words.completion, words.completionLevel[assessment.completion])}
        ${
          assessment.openedGovernment
            ? fact(words.openedGovernment, words.opened[assessment.openedGovernment])
            : nothing
        }
        ${assessment.assessor ? fact(words.assessor, renderText(assessment.assessor, lang, this.feedLang)) : nothing}
        ${assessment.date ? fact(words.date, renderDate(assessment.date, lang)) : nothing}
      </dl>
      ${
        assessment.note
          ? html`<p class="assessment__note">
              <strong>${this.common.label(words.note)}</strong> ${renderText(assessment.note, lang, this.feedLang)}
            </p>`
          : nothing
      }
    </section>`;
  }
}
