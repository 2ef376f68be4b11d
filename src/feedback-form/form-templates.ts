/**
 * The form around its questions, and what replaces it: the error summary,
 * the receiver's refusal, the "too fast" notice, the result once a message
 * is sent or queued, the notice of messages saved earlier, and the box that
 * says there is nowhere to send to.
 * Templates of what they are given; the element wires the handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Commitment } from '../shared/feed-schema.js';
import type { CommonStrings, Lang } from '../shared/i18n.js';
import { heading } from '../core/heading.js';
import { type DataController, renderConsent } from './consent.js';
import type { Earlier, FormState, Problem } from './delivery-controller.js';
import type { FeedbackFormStrings } from './feedback-form.strings.js';
import {
  FIELD_IDS,
  type Fields,
  renderAbout,
  renderCommitment,
  renderKind,
  renderMessage,
  renderName,
  renderReply,
} from './fields.js';
import type { ErrorField, FieldErrors, Values } from './submission.js';
import type { TerritoryGroup } from './territories.js';

const NO_ERRORS: FieldErrors = new Map();

/** Everything the form shows while the person edits it, or while it is sending. */
export interface FormView {
  strings: FeedbackFormStrings;
  common: CommonStrings;
  lang: Lang;
  /** The feed's default language, what its text falls back to. */
  defaultLanguage: string;
  state: FormState & { phase: 'editing' | 'sending' };
  values: Values;
  commitments: readonly Commitment[];
  territories: readonly TerritoryGroup[];
  controller: DataController;
  /** What the live region reads out about the message's length. */
  countAnnouncement: string;
  /** The level of the headings inside the form (the error summary's, the refusal's, the notice's). */
  level: number;
}

export interface FormHandlers {
  submit(event: SubmitEvent): void;
  /** Every change of a field (`input` and `change`). */
  input(event: Event): void;
  /** An error summary link: focus goes to the field. */
  focusField(event: Event, field: ErrorField): void;
}

/** Where the form's title goes: its heading level, or none when the page shows the title itself (`hide-title`). */
export interface TitleView {
  level: number;
  hidden: boolean;
}

/**
 * The section every state of the form sits in: its heading and
 * introduction. The section is the one landmark named by the title (the
 * form inside is not named again, so the title is heard once).
 */
export function renderSection(strings: FeedbackFormStrings, title: TitleView, content: TemplateResult): TemplateResult {
  return html`<section
    part="base"
    class="feedback"
    aria-labelledby=${ifDefined(title.hidden ? undefined : 'title')}
    aria-label=${ifDefined(title.hidden ? strings.title : undefined)}
  >
    ${title.hidden ? nothing : heading(title.level, strings.title, { id: 'title', part: 'title', class: 'title' })}
    <p>${strings.intro}</p>
    ${content}
  </section>`;
}

export function renderNoEndpoint(strings: FeedbackFormStrings): TemplateResult {
  return html`<div part="error" class="state state--error" role="alert">
    <p class="state__title">${strings.noEndpointTitle}</p>
    <p>${strings.noEndpoint}</p>
  </div>`;
}

export function renderForm(view: FormView, handlers: FormHandlers): TemplateResult {
  const { strings, state } = view;
  const problem = state.phase === 'editing' ? state.problem : undefined;
  const fields: Fields = {
    strings,
    values: view.values,
    errors: problem?.kind === 'invalid' ? problem.errors : NO_ERRORS,
  };
  const sending = state.phase === 'sending';
  // novalidate: the error summary, never the browser's bubbles, says what is missing.
  return html`<form
    part="form"
    novalidate
    @submit=${handlers.submit}
    @input=${handlers.input}
    @change=${handlers.input}
  >
    ${renderErrorSummary(fields.errors, strings, view.level, handlers.focusField)}
    ${renderRejection(problem, strings, view.level)} ${renderKind(fields)}
    ${renderCommitment(fields, view.commitments, view.lang, view.defaultLanguage)}
    ${renderMessage(fields, view.countAnnouncement)} ${renderName(fields)} ${renderReply(fields)}
    ${renderAbout(fields, view.territories)}
    ${renderConsent(fields, view.common, view.lang, view.defaultLanguage, view.level, view.controller)}
    <div class="trap" aria-hidden="true" inert>
      <label for="website">${strings.trapLabel}</label>
      <input
        id="website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${live(view.values.website)}
      />
    </div>
    ${problem?.kind === 'too-fast' ? html`<p part="alert" class="notice" role="alert">${strings.tooFast}</p>` : nothing}
    <div class="actions">
      <button part="submit" type="submit" aria-disabled=${sending}>
        ${sending ? strings.sending : strings.submit}
      </button>
    </div>
  </form>`;
}

/** GOV.UK's error summary; unnamed, as GOV.UK's is, so taking focus it reads its heading once, then the list. */
function renderErrorSummary(
  errors: FieldErrors,
  strings: FeedbackFormStrings,
  level: number,
  focusField: FormHandlers['focusField'],
): TemplateResult | typeof nothing {
  if (errors.size === 0) return nothing;
  return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1">
    ${heading(level, strings.errorSummaryTitle, { id: 'error-summary-title', class: 'section-title' })}
    <ul>
      ${[...errors].map(
        ([field, message]) =>
          html`<li>
            <a href="#${FIELD_IDS[field]}" @click=${(event: Event) => focusField(event, field)}>${message}</a>
          </li>`,
      )}
    </ul>
  </div>`;
}

function renderRejection(
  problem: Problem | undefined,
  strings: FeedbackFormStrings,
  level: number,
): TemplateResult | typeof nothing {
  if (problem?.kind !== 'rejected') return nothing;
  const { rejection } = problem;
  return html`<div part="alert" class="alert" role="alert" tabindex="-1" id="rejection">
    ${heading(level, strings.rejectedTitle, { class: 'section-title' })}
    ${
      rejection.message
        ? html`<p lang=${ifDefined(rejection.lang)}>${rejection.message}</p>`
        : html`<p>${strings.rejectedStatus(rejection.status)}</p>`
    }
    ${problem.restored ? html`<p>${strings.rejectedRestored}</p>` : nothing}
  </div>`;
}

/** What the person sees once the message is sent, or saved to be sent later. */
export function renderResult(
  state: FormState & { phase: 'sent' | 'queued' },
  strings: FeedbackFormStrings,
  level: number,
  sendAnother: () => void,
  /** The page where the person can look the reference up later (see `answers-page`). */
  answersPage?: string,
): TemplateResult {
  const sent = state.phase === 'sent';
  const lookup =
    state.phase === 'sent' && answersPage
      ? `${answersPage.split('#')[0]}#referencia=${encodeURIComponent(state.reference)}`
      : undefined;
  return html`<div part="result" class="result result--${state.phase}" role="status">
    ${heading(level, sent ? strings.sentTitle : strings.queuedTitle, { id: 'result-title', class: 'result-title' })}
    ${
      sent
        ? html`<p>${strings.sentBody}</p>
            <p>${strings.sentReference}</p>
            <p part="reference" class="reference">${state.reference}</p>
            ${lookup ? html`<p><a part="lookup-link" href=${lookup}>${strings.sentLookup}</a></p>` : nothing}
            ${state.wantsReply ? html`<p>${strings.sentReply}</p>` : nothing}`
        : html`<p>${strings.queuedCause[state.cause]}</p>
            <p>${strings.queuedBody(!state.volatile)}</p>
            <p>${strings.queuedLater}</p>`
    }
    <div class="actions">
      <button part="send-another" type="button" @click=${sendAnother}>${strings.sendAnother}</button>
    </div>
  </div>`;
}

/**
 * Messages saved earlier (before a reload, or before "send another"): how
 * many still wait and since when, and each one's reference once delivered.
 * A polite status, so the reference is read out when it comes.
 */
export function renderEarlier(
  strings: FeedbackFormStrings,
  { waiting, receipts }: Earlier,
): TemplateResult | typeof nothing {
  if (waiting.length === 0 && receipts.length === 0) return nothing;
  return html`<div part="pending" class="pending" role="status">
    ${waiting.length ? html`<p>${strings.pendingWaiting(waiting.length, waiting[0]!)}</p>` : nothing}
    ${receipts.map(
      ({ queuedAt, reference }) =>
        html`<p>${strings.pendingDelivered(queuedAt)} <span class="reference">${reference}</span>.</p>`,
    )}
  </div>`;
}
