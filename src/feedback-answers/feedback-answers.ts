import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PublicAnswer } from '../shared/answers-schema.js';
import { isoToday, planTimeZone } from '../shared/derive.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import { baseLanguage } from '../shared/i18n.js';
import { AnswersTask, answersUrlOf } from '../core/answers-task.js';
import { heading } from '../core/heading.js';
import type { Section } from '../core/language-packs.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { errorState, loadingState } from '../core/states.js';
import { renderLabelledDate } from '../core/templates.js';
import { type AnswersStrings, answersStrings } from './feedback-answers.strings.js';
import { answersStyles } from './feedback-answers.styles.js';
import { type LookupResult, lookUp } from './lookup.js';

/** Text folded for search: any case, with or without accents. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The day in Medellín (UTC−5, no summer time) of a UTC timestamp, as AAAA-MM-DD. */

/**
 * The questions the staff answered and published, for one commitment or
 * the whole plan, searchable; and "¿Ya respondieron mi pregunta?", where a
 * person types the reference they got and hears its status and, once
 * published, its answer. Where the answers are comes from the plan feed
 * (`feedback.answersUrl`), so `src` alone is enough; `answers-src` names
 * them without a feed.
 *
 * @summary Published answers to citizens' questions, and a reference lookup.
 * @tag ogp-feedback-answers
 *
 * @csspart base - The widget's section.
 * @csspart title - Its title (an h2 unless `heading-level` says otherwise).
 * @csspart search - The search field.
 * @csspart count - How many answers are shown (announced as it changes).
 * @csspart answers - The list of answers.
 * @csspart answer - One question with its answer.
 * @csspart lookup - The reference lookup.
 * @csspart lookup-result - What the lookup found (a polite live region).
 * @csspart loading - The loading state.
 * @csspart error - The error box.
 * @csspart retry - The "Reintentar" button.
 *
 * @cssprop --ogp-loading-height - Height reserved while the feed loads. Default: one screen, at most 36em (56em below 36em wide), one or two answers.
 */
export class OgpFeedbackAnswers extends PlanFeedElement {
  protected static override languageSections: readonly Section[] = ['common', 'answers'];

  static override styles = [...PlanFeedElement.styles, answersStyles];

  /** Only the answers about this commitment (its id in the feed); the whole plan without it. */
  @property({ attribute: 'commitment-id', reflect: true }) commitmentId?: string;

  /** Where the answers are (JSON of schema/feedback-answers.schema.json), instead of the feed's `feedback.answersUrl`. */
  @property({ attribute: 'answers-src' }) answersSrc?: string;

  /** Where to look up a reference; by default `answers/lookup` beside the answers (/api/answers/lookup). */
  @property({ attribute: 'lookup-src' }) lookupSrc?: string;

  /**
   * A reference to fill the lookup field with. Without it, a page address
   * ending in `#referencia=OGP-…` (the link in <ogp-feedback-form>'s success
   * message, with `answers-page`) fills it and looks it up at once.
   */
  @property() reference?: string;

  @state() private query = '';
  @state() private lookup?: LookupResult | 'checking';

  private readonly answersTask = new AnswersTask(this, () => this.answersUrl);

  /** Set when the page address carried a reference: looked up once the lookup's address is known. */
  private lookUpOnLoad = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const fromAddress = /[#&]referencia=([^&]+)/.exec(globalThis.location?.hash ?? '')?.[1];
    if (!this.reference && fromAddress) {
      this.reference = decodeURIComponent(fromAddress);
      this.lookUpOnLoad = true;
    }
  }

  protected override updated(): void {
    if (this.lookUpOnLoad && this.lookupUrl) {
      this.lookUpOnLoad = false;
      // After this update, not inside it.
      void Promise.resolve().then(() => this.check(this.reference ?? ''));
    }
  }

  /** The answers' absolute URL: `answers-src`, or the feed's, read relative to the feed. */
  get answersUrl(): string | undefined {
    return answersUrlOf(this.answersSrc, this.feedTask.value?.feedback?.answersUrl, this.src);
  }

  private get lookupUrl(): string | undefined {
    if (this.lookupSrc) return answersUrlOf(this.lookupSrc, undefined, undefined);
    const answers = this.answersUrl;
    return answers && new URL('answers/lookup', answers).href;
  }

  /** Settles once the feed and the answers have loaded (or failed) and are rendered. */
  override get loadComplete(): Promise<void> {
    return (async () => {
      await this.feedTask.loadComplete;
      await this.updateComplete;
      await this.answersTask.complete;
      await this.updateComplete;
    })();
  }

  /** `answers-src` alone is enough: without `src` or `.feed`, no plan feed is needed. */
  protected override render(): TemplateResult | typeof nothing {
    if (this.answersSrc && !this.src && (this.feed === undefined || this.feed === null)) return this.renderAnswers();
    return super.render();
  }

  protected override renderFeed(_feed: PlanFeed): TemplateResult {
    return this.renderAnswers();
  }

  private renderAnswers(): TemplateResult {
    const strings = this.words('answers', answersStrings);
    const loaded = this.answersTask.state;
    let body: TemplateResult;
    const title = strings.errorTitle;
    if (!this.answersUrl) body = errorState(this.common, strings.noAnswersUrl, { title });
    else if (loaded.status === 'complete') body = this.renderList(loaded.feed.answers, strings);
    else if (loaded.status === 'error')
      body = errorState(this.common, strings.loadFailed, { title, retry: () => this.answersTask.retry() });
    else body = loadingState(this.common);

    return html`<section part="base" class="answers" aria-labelledby=${this.hideTitle ? nothing : 'answers-title'}>
      ${
        this.hideTitle
          ? nothing
          : heading(this.headingLevelAt(0), strings.heading, { part: 'title', id: 'answers-title', class: 'title' })
      }
      ${body} ${this.renderLookup(strings)}
    </section>`;
  }

  /** The answers are in the plan's language: marked when the widget speaks another, so screen readers pronounce them right. */
  private get answersLang(): string | typeof nothing {
    return baseLanguage(this.feedLang) === baseLanguage(this.language) ? nothing : this.feedLang;
  }

  private renderList(all: readonly PublicAnswer[], strings: AnswersStrings): TemplateResult {
    const id = this.commitmentId?.trim();
    const mine = id ? all.filter((answer) => answer.commitmentId === id) : all;
    if (mine.length === 0) return html`<p class="answers__empty">${strings.empty}</p>`;
    const query = this.query.trim();
    const folded = fold(query);
    const shown = folded ? mine.filter((answer) => fold(`${answer.question} ${answer.answer}`).includes(folded)) : mine;
    const lang = this.language;
    const textLang = this.answersLang;
    // The day each was asked and answered, where the plan is.
    const timeZone = planTimeZone(this.feedTask.value?.plan ?? {});
    const day = (timestamp: string) => isoToday(timeZone, new Date(timestamp));
    return html`<div class="answers__search">
        <label for="search">${strings.search}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        />
      </div>
      <p part="count" class="answers__count" role="status" aria-live="polite">
        ${shown.length ? strings.count(shown.length, mine.length) : strings.noMatch(query)}
      </p>
      <ul part="answers" class="answers__list">
        ${shown.map(
          (answer) =>
            html`<li part="answer" class="answer">
              <p class="answer__question">
                <span class="answer__label">${this.common.label(strings.question)}</span>
                <bdi lang=${textLang}>${answer.question}</bdi>
              </p>
              <p class="answer__answer">
                <span class="answer__label">${this.common.label(strings.answer)}</span>
                <bdi lang=${textLang}>${answer.answer}</bdi>
              </p>
              <p class="answer__dates">
                ${renderLabelledDate(strings.asked, day(answer.askedAt), lang)}
                ${renderLabelledDate(strings.answered, day(answer.answeredAt), lang)}
              </p>
            </li>`,
        )}
      </ul>`;
  }

  private renderLookup(strings: AnswersStrings): TemplateResult | typeof nothing {
    if (!this.lookupUrl) return nothing;
    const words = strings.lookup;
    return html`<section part="lookup" class="lookup" aria-labelledby="lookup-title">
      ${heading(this.headingLevelAt(1), words.heading, { id: 'lookup-title', class: 'section-heading' })}
      <p>${words.intro}</p>
      <form class="lookup__form" novalidate @submit=${this.onLookup}>
        <label for="reference">${words.label}</label>
        <input
          id="reference"
          name="reference"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby="reference-hint"
          .value=${this.reference ?? ''}
        />
        <p id="reference-hint" class="lookup__hint">${words.hint}</p>
        <button type="submit">${words.submit}</button>
      </form>
      <div part="lookup-result" class="lookup__result" role="status" aria-live="polite">
        ${this.renderLookupResult(words)}
      </div>
    </section>`;
  }

  private renderLookupResult(words: AnswersStrings['lookup']): TemplateResult | string | typeof nothing {
    const result = this.lookup;
    if (!result) return nothing;
    if (result === 'checking') return words.checking;
    switch (result.kind) {
      case 'not-found':
        return words.notFound(result.reference);
      case 'malformed':
        return words.malformed;
      case 'too-many':
        return words.tooMany;
      case 'failed':
        return words.failed;
    }
    const status = html`<p class="lookup__status">${words.status(result.reference, words.statuses[result.status])}</p>`;
    if (!result.answer)
      return html`${status}
        <p>${words.notPublished}</p>`;
    const strings = this.words('answers', answersStrings);
    return html`${status}
      <p>
        <span class="answer__label">${this.common.label(strings.question)}</span>
        <bdi lang=${this.answersLang}>${result.question}</bdi>
      </p>
      <p>
        <span class="answer__label">${this.common.label(strings.answer)}</span>
        <bdi lang=${this.answersLang}>${result.answer}</bdi>
      </p>`;
  }

  private async onLookup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#reference');
    if (input) await this.check(input.value);
  }

  /** Looks `typed` up and shows what the receiver says, in the live region. */
  private async check(typed: string): Promise<void> {
    const endpoint = this.lookupUrl;
    if (!endpoint) return;
    this.reference = typed;
    this.lookup = 'checking';
    this.lookup = await lookUp(endpoint, typed, this.timeout);
  }
}
