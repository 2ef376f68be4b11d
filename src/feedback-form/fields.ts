/**
 * The questions of the form, as templates of what they are given. Each
 * question has its label, its hint (`<id>-hint`) and its error
 * (`<id>-error`), tied to the control by id, in GOV.UK's pattern.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Commitment } from '../shared/feed-schema.js';
import {
  AGE_RANGES,
  FEEDBACK_KINDS,
  GENDERS,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
} from '../shared/feedback-schema.js';
import { localize, textLang } from '../shared/feed-text.js';
import type { Lang } from '../shared/i18n.js';
import type { FeedbackFormStrings } from './feedback-form.strings.js';
import type { ErrorField, FieldErrors, Values } from './submission.js';
import type { TerritoryGroup, TerritoryOption } from './territories.js';

/** What every question is drawn from: the words, what the person typed, and the errors shown. */
export interface Fields {
  strings: FeedbackFormStrings;
  values: Values;
  errors: FieldErrors;
}

/** The control each field's error summary link moves focus to. */
export const FIELD_IDS: Record<ErrorField, string> = {
  kind: 'kind-comment',
  commitmentId: 'commitment',
  message: 'message',
  name: 'name',
  email: 'email',
  profile: 'territory',
  consent: 'consent',
};

/** The ids a field's aria-describedby names: its hint and its error (if any). */
function describedBy(errors: FieldErrors, id: string, field: ErrorField): string {
  return errors.has(field) ? `${id}-hint ${id}-error` : `${id}-hint`;
}

/** A field's error message, tied to it by id (`<id>-error`). */
export function renderFieldError(
  { strings, errors }: Fields,
  id: string,
  field: ErrorField | undefined,
): TemplateResult | typeof nothing {
  const message = field && errors.get(field);
  if (!message) return nothing;
  return html`<p id="${id}-error" class="error-message">
    <span class="visually-hidden">${strings.errorPrefix}</span> ${message}
  </p>`;
}

export function fieldClass(errors: FieldErrors, field: ErrorField | undefined): string {
  return field && errors.has(field) ? 'field field--error' : 'field';
}

/** One question: its label, hint, error and control. Questions that can show an error are a `field` part. */
function renderField(
  fields: Fields,
  id: string,
  field: ErrorField | undefined,
  label: string,
  hint: string,
  control: TemplateResult,
): TemplateResult {
  return html`<div part=${ifDefined(field && 'field')} class=${fieldClass(fields.errors, field)}>
    <label class="label" for=${id}>${label}</label>
    <span id="${id}-hint" class="hint">${hint}</span>
    ${renderFieldError(fields, id, field)} ${control}
  </div>`;
}

export function renderKind(fields: Fields): TemplateResult {
  const { strings, values } = fields;
  const invalid = fields.errors.has('kind');
  // Said required by the group: Chromium exposes aria-required on neither a radio nor a plain group, and
  // `required` on a radio reads as invalid before anything was sent.
  return html`<fieldset
    part="field"
    class=${fieldClass(fields.errors, 'kind')}
    role="radiogroup"
    aria-required="true"
    aria-describedby=${ifDefined(invalid ? 'kind-error' : undefined)}
  >
    <legend>${strings.kindLegend}</legend>
    ${renderFieldError(fields, 'kind', 'kind')}
    <div class="choices">
      ${FEEDBACK_KINDS.map(
        (kind) =>
          html`<div class="choice">
            <input
              id="kind-${kind}"
              type="radio"
              name="kind"
              value=${kind}
              .checked=${live(values.kind === kind)}
              aria-describedby="kind-${kind}-hint"
              aria-invalid=${invalid}
            />
            <label for="kind-${kind}">${strings.kinds[kind]}</label>
            <span id="kind-${kind}-hint" class="hint">${strings.kindHints[kind]}</span>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** The plan's commitments to choose from (none without a feed). */
export function renderCommitment(
  fields: Fields,
  commitments: readonly Commitment[],
  lang: Lang,
  defaultLanguage: string,
): TemplateResult | typeof nothing {
  if (commitments.length === 0) return nothing;
  const { strings } = fields;
  const current = fields.values.commitmentId;
  return renderField(
    fields,
    'commitment',
    'commitmentId',
    strings.commitmentLabel,
    strings.commitmentHint,
    html`<select
      id="commitment"
      name="commitmentId"
      aria-describedby=${describedBy(fields.errors, 'commitment', 'commitmentId')}
    >
      <option value="" ?selected=${current === ''}>${strings.commitmentNone}</option>
      ${commitments.map(({ id, title }) => {
        const actual = textLang(title, lang, defaultLanguage);
        const other = actual.toLowerCase() === lang.toLowerCase() ? undefined : actual;
        const label = localize(title, lang, defaultLanguage);
        // On one line, so the option's name is the title without spaces around it.
        return html`<option value=${id} ?selected=${current === id} lang=${ifDefined(other)}>${label}</option>`;
      })}
    </select>`,
  );
}

/** "N characters left", or "N characters too many". */
export function countText(strings: FeedbackFormStrings, length: number): string {
  return length > MESSAGE_MAX_LENGTH
    ? strings.charactersOver(length - MESSAGE_MAX_LENGTH)
    : strings.charactersLeft(MESSAGE_MAX_LENGTH - length);
}

/** The message, with its count shown as it changes and `announcement` read out once typing pauses. */
export function renderMessage(fields: Fields, announcement: string): TemplateResult {
  const { strings, errors } = fields;
  const length = fields.values.message.length;
  const over = length > MESSAGE_MAX_LENGTH;
  return renderField(
    fields,
    'message',
    'message',
    strings.messageLabel,
    strings.messageHint(MESSAGE_MIN_LENGTH, MESSAGE_MAX_LENGTH),
    html`<textarea
        id="message"
        name="message"
        rows="6"
        .value=${live(fields.values.message)}
        aria-required="true"
        aria-describedby=${describedBy(errors, 'message', 'message')}
        aria-invalid=${errors.has('message')}
        spellcheck="true"
      ></textarea>
      <div class=${over ? 'count count--over' : 'count'} aria-hidden="true">${countText(strings, length)}</div>
      <div class="visually-hidden" role="status">${announcement}</div>`,
  );
}

export function renderName(fields: Fields): TemplateResult {
  const { strings, errors } = fields;
  return renderField(
    fields,
    'name',
    'name',
    strings.nameLabel,
    strings.nameHint,
    html`<input
      id="name"
      name="name"
      type="text"
      autocomplete="name"
      .value=${live(fields.values.name)}
      aria-describedby=${describedBy(errors, 'name', 'name')}
      aria-invalid=${errors.has('name')}
    />`,
  );
}

/** "I want an answer", and the email, which that makes required. */
export function renderReply(fields: Fields): TemplateResult {
  const { strings, values, errors } = fields;
  const { wantsReply } = values;
  return html`<div class="choices">
      <div class="choice">
        <input
          id="wants-reply"
          name="wantsReply"
          type="checkbox"
          .checked=${live(wantsReply)}
          aria-describedby="wants-reply-hint"
        />
        <label for="wants-reply">${strings.wantsReplyLabel}</label>
        <span id="wants-reply-hint" class="hint">${strings.wantsReplyHint}</span>
      </div>
    </div>
    ${renderField(
      fields,
      'email',
      'email',
      wantsReply ? strings.emailLabel : strings.emailLabelOptional,
      wantsReply ? strings.emailHintRequired : strings.emailHint,
      html`<input
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        inputmode="email"
        spellcheck="false"
        .value=${live(values.email)}
        aria-required=${wantsReply}
        aria-describedby=${describedBy(errors, 'email', 'email')}
        aria-invalid=${errors.has('email')}
      />`,
    )}`;
}

type Option = readonly [value: string, label: string];

/** The optional questions about the person (territory, age, gender), for the plan's differential approach. */
export function renderAbout(fields: Fields, territories: readonly TerritoryGroup[]): TemplateResult {
  const { strings, values } = fields;
  const select = (
    id: string,
    name: 'territory' | 'ageRange' | 'gender',
    label: string,
    hint: string,
    choices: unknown,
  ) =>
    renderField(
      fields,
      id,
      undefined,
      label,
      hint,
      html`<select id=${id} name=${name} aria-describedby="${id}-hint">
        <option value="" ?selected=${values[name] === ''}>${strings.notAnswered}</option>
        ${choices}
      </select>`,
    );
  const option =
    (name: 'ageRange' | 'gender') =>
    ([value, text]: Option) =>
      html`<option value=${value} ?selected=${values[name] === value}>${text}</option>`;
  const territory = ({ value, text, lang }: TerritoryOption) =>
    html`<option value=${value} lang=${ifDefined(lang)} ?selected=${values.territory === value}>${text}</option>`;
  return html`<fieldset
    part="field"
    class="about ${fields.errors.has('profile') ? 'field--error' : ''}"
    aria-describedby="about-hint"
  >
    <legend>${strings.aboutLegend}</legend>
    <span id="about-hint" class="hint">${strings.aboutHint}</span>
    ${renderFieldError(fields, 'about', 'profile')}
    ${
      territories.length > 0
        ? select(
            'territory',
            'territory',
            strings.territoryLabel,
            strings.territoryHint,
            territories.map(({ label, options }) =>
              label
                ? html`<optgroup label=${label.text} lang=${ifDefined(label.lang)}>${options.map(territory)}</optgroup>`
                : options.map(territory),
            ),
          )
        : nothing
    }
    ${select(
      'age-range',
      'ageRange',
      strings.ageRangeLabel,
      strings.ageRangeHint,
      AGE_RANGES.map((range) => [range, strings.ageRanges[range]] as const).map(option('ageRange')),
    )}
    ${select(
      'gender',
      'gender',
      strings.genderLabel,
      strings.genderHint,
      GENDERS.map((gender) => [gender, strings.genders[gender]] as const).map(option('gender')),
    )}
  </fieldset>`;
}
