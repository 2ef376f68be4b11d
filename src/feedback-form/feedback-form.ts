import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { TaskStatus } from '../core/feed-task.js';
import { FocusController } from '../core/focus-controller.js';
import type { FeedbackSettings, PlanFeed } from '../shared/feed-schema.js';
import {
  AGE_RANGES,
  FEEDBACK_KINDS,
  type FeedbackSubmission,
  GENDERS,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  NAME_MAX_LENGTH,
  validateSubmission,
} from '../shared/feedback-schema.js';
import { localize, textLang } from '../shared/i18n.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { safeHref } from '../core/safe-url.js';
import { renderLink, renderText } from '../core/templates.js';
import { type Draft, draftKey, loadDraft, sanitizeDraft, saveDraft } from './draft.js';
import { FeedbackErrorEvent, FeedbackQueuedEvent, FeedbackSentEvent, FeedbackSubmitEvent } from './events.js';
import { type FeedbackFormStrings, feedbackFormStrings } from './feedback-form.strings.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import {
  type DeliveryResult,
  getOutbox,
  newSubmissionId,
  type Outbox,
  type OutboxEventDetail,
  type OutboxItem,
  type Rejection,
} from './outbox.js';
import { MEDELLIN_TERRITORIES, type TerritoryGroups } from './territories.js';

/** The consent version sent when neither the feed nor the page names one. */
export const DEFAULT_CONSENT_VERSION = 'ogp-plan-widgets-1';

type Phase = 'editing' | 'sending' | 'sent' | 'queued';

/** The fields that can show an error, in the order of the form (and of the error summary). */
const ERROR_FIELDS = ['kind', 'commitmentId', 'message', 'name', 'email', 'profile', 'consent'] as const;
type ErrorField = (typeof ERROR_FIELDS)[number];

/** The element each error summary link moves focus to. */
const FOCUS_TARGET: Record<ErrorField, string> = {
  kind: 'kind-comment',
  commitmentId: 'commitment',
  message: 'message',
  name: 'name',
  email: 'email',
  profile: 'territory',
  consent: 'consent',
};

interface Values extends Draft {
  consent: boolean;
  consentAt: string;
  website: string;
}

/** An empty form. Values are never changed in place, so this one object serves every reset. */
const EMPTY_VALUES: Values = {
  kind: '',
  commitmentId: '',
  message: '',
  name: '',
  wantsReply: false,
  email: '',
  territory: '',
  ageRange: '',
  gender: '',
  consent: false,
  consentAt: '',
  website: '',
};

/** The form waiting on each queued submission: a later answer goes back to the form that sent it. */
const owners = new Map<string, OgpFeedbackForm>();

/** The form on the page that took each endpoint's draft. */
const drafts = new Map<string, OgpFeedbackForm>();

/** How long after the last keystroke the character count is read out. */
const COUNT_ANNOUNCE_DELAY = 1000;

/**
 * The plan's permanent open form: a comment, a question or a contribution,
 * with the data-protection notice Colombian law asks for, validation in the
 * GOV.UK pattern, and delivery that loses nothing and doubles nothing.
 *
 * Works with `src` (commitments to choose from and the data controller come
 * from the feed's `feedback` settings) or with `endpoint` alone.
 *
 * Spam without a CAPTCHA: a hidden honeypot field (the receiver judges it)
 * and a minimum time to fill. A submit sooner than `min-fill-seconds` after
 * the form appeared sends nothing: the form asks the person to check the
 * message and send it again in a few seconds, and keeps everything typed.
 *
 * @summary The permanent open form for comments, questions and contributions on the plan.
 * @tag ogp-feedback-form
 *
 * @fires ogp-feedback-submit - A valid submission is about to be sent; cancelable. `detail: { id, submission }`.
 * @fires ogp-feedback-sent - The receiver accepted it (also for a queued one, later). `detail: { id, reference }`.
 * @fires ogp-feedback-queued - The receiver could not be reached; it waits in the browser. `detail: { id }`.
 * @fires ogp-feedback-error - The receiver refused it (4xx); the text is kept. `detail: { id, status, message }`.
 *
 * @csspart base - The section around everything.
 * @csspart title - The heading (an h2).
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a submit.
 * @csspart field - Each question with its label, hint and error.
 * @csspart consent - The data-protection notice with the consent checkbox.
 * @csspart submit - The send button.
 * @csspart alert - A refusal from the receiver, or the "too fast" notice.
 * @csspart result - What the person sees once the message is sent or saved.
 * @csspart reference - The reference number to quote.
 * @csspart send-another - The "send another message" button.
 * @csspart loading - The loading state.
 * @csspart error - The error box (a feed that fails, or no endpoint).
 * @csspart retry - The "Reintentar" button.
 *
 * @cssprop --ogp-color-text - Text color.
 * @cssprop --ogp-color-muted - Hints.
 * @cssprop --ogp-color-background - Background color.
 * @cssprop --ogp-color-surface - Background of the data-protection notice.
 * @cssprop --ogp-color-border - Field borders.
 * @cssprop --ogp-color-accent - Links, the send button, checked boxes.
 * @cssprop --ogp-color-on-accent - Text on the send button.
 * @cssprop --ogp-color-focus - Focus outline.
 * @cssprop --ogp-color-danger - Errors.
 * @cssprop --ogp-color-notice - Background of the "too fast" notice.
 * @cssprop --ogp-color-status-completed - Border of the "sent" message.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 * @cssprop --ogp-font-family - Font family (inherited from the page by default).
 * @cssprop --ogp-font-size - Base font size.
 * @cssprop --ogp-loading-height - Height reserved while the feed loads.
 * @cssprop --ogp-feedback-field-width - Maximum width of the form's fields (default 36em).
 */
export class OgpFeedbackForm extends PlanFeedElement {
  static override styles = [...PlanFeedElement.styles, feedbackFormStyles];

  /**
   * Where to send submissions. Overrides the feed's `feedback.endpoint`.
   * Relative to the page (the feed's own endpoint is relative to the feed).
   */
  @property() endpoint?: string;

  /** The data controller's name. Overrides the feed's `feedback.controller.name`. */
  @property({ attribute: 'controller-name' }) controllerName?: string;

  /** How to reach the data controller (an email address becomes a link). Overrides the feed. */
  @property({ attribute: 'controller-contact' }) controllerContact?: string;

  /** The data-treatment policy. Overrides the feed's `feedback.privacyPolicyUrl`. */
  @property({ attribute: 'privacy-policy-url' }) privacyPolicyUrl?: string;

  /** The version of the consent text, sent with each submission. Overrides the feed's `feedback.consentVersion`. */
  @property({ attribute: 'consent-version' }) consentVersion?: string;

  /** Seconds the form must be on screen before a submit is taken as a person's (anti-spam). 0 turns it off. */
  @property({ attribute: 'min-fill-seconds', type: Number }) minFillSeconds = 3;

  /** The comunas and corregimientos offered (Medellín's by default). Empty lists leave the question out. */
  @property({ attribute: false }) territories: TerritoryGroups = MEDELLIN_TERRITORIES;

  @state() private phase: Phase = 'editing';
  @state() private values: Values = EMPTY_VALUES;
  @state() private errors = new Map<ErrorField, string>();
  @state() private rejection?: Rejection & { restored?: boolean };
  @state() private tooFast = false;
  @state() private reference?: string;
  @state() private countAnnouncement = '';

  private outbox?: Outbox;
  /** The queued submission is kept only in this page's memory. */
  private volatile?: boolean;
  private formShownAt?: number;
  private restoredFor?: string;
  private countTimer?: ReturnType<typeof setTimeout>;
  private readonly focusKeeper = new FocusController(this);
  private wantsReplySent = false;
  private warnedAboutController = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.outbox = getOutbox();
    this.outbox.addEventListener('delivered', this.onDelivered);
    this.outbox.addEventListener('rejected', this.onRejected);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.outbox?.removeEventListener('delivered', this.onDelivered);
    this.outbox?.removeEventListener('rejected', this.onRejected);
    if (this.countTimer !== undefined) clearTimeout(this.countTimer);
  }

  private get strings(): FeedbackFormStrings {
    return feedbackFormStrings[this.language];
  }

  private get settings(): FeedbackSettings | undefined {
    return this.feedTask.value?.feedback;
  }

  /**
   * The absolute URL submissions go to, or undefined when there is none (or
   * it is not http/https). The attribute wins; the feed's endpoint is
   * relative to the feed's own URL.
   */
  get resolvedEndpoint(): string | undefined {
    const base = globalThis.document?.baseURI;
    const attribute = this.endpoint?.trim();
    if (attribute) return httpUrl(attribute, base);
    const fromFeed = this.settings?.endpoint;
    if (!fromFeed) return undefined;
    const feedUrl = this.src ? httpUrl(this.src, base) : undefined;
    return httpUrl(fromFeed, feedUrl ?? base);
  }

  private get consentVersionToSend(): string {
    return this.consentVersion?.trim() || this.settings?.consentVersion || DEFAULT_CONSENT_VERSION;
  }

  // ---------------------------------------------------------------- rendering

  protected override renderFeed(feed: PlanFeed): TemplateResult {
    return this.renderWidget(feed);
  }

  /**
   * Without a feed the form still works from its attributes; a feed that fails
   * to load does not stop a form that has its own endpoint.
   */
  protected override render(): TemplateResult | typeof nothing {
    const { status } = this.feedTask;
    if (status === TaskStatus.INITIAL || (status === TaskStatus.ERROR && this.endpoint?.trim())) {
      return this.renderWidget(undefined);
    }
    return super.render();
  }

  private renderWidget(feed: PlanFeed | undefined): TemplateResult {
    const strings = this.strings;
    const phase = this.phase;
    if (!this.resolvedEndpoint) {
      return html`<div part="error" class="state state--error" role="alert">
        <p class="state__title">${strings.noEndpointTitle}</p>
        <p>${strings.noEndpoint}</p>
      </div>`;
    }
    return html`<section part="base" class="feedback" aria-labelledby="title">
      <h2 id="title" part="title" class="title">${strings.title}</h2>
      <p>${strings.intro}</p>
      ${phase === 'sent' || phase === 'queued' ? this.renderResult(phase === 'sent') : this.renderForm(feed)}
    </section>`;
  }

  private renderForm(feed: PlanFeed | undefined): TemplateResult {
    const strings = this.strings;
    const sending = this.phase === 'sending';
    return html`<form
      part="form"
      novalidate
      aria-labelledby="title"
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @change=${this.onInput}
    >
      ${this.renderErrorSummary()} ${this.renderRejection()} ${this.renderKind()} ${this.renderCommitment(feed)}
      ${this.renderMessage()} ${this.renderName()} ${this.renderReply()} ${this.renderAbout()} ${this.renderConsent()}
      <div class="trap" aria-hidden="true" inert>
        <label for="website">${strings.trapLabel}</label>
        <input
          id="website"
          name="website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${live(this.values.website)}
        />
      </div>
      ${this.tooFast ? html`<p part="alert" class="notice" role="alert">${strings.tooFast}</p>` : nothing}
      <div class="actions">
        <button part="submit" type="submit" aria-disabled=${sending}>
          ${sending ? strings.sending : strings.submit}
        </button>
      </div>
    </form>`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (this.errors.size === 0) return nothing;
    return html`<div
      part="error-summary"
      class="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="error-summary-title"
    >
      <h3 id="error-summary-title">${this.strings.errorSummaryTitle}</h3>
      <ul>
        ${[...this.errors].map(
          ([field, message]) =>
            html`<li>
              <a href="#${FOCUS_TARGET[field]}" @click=${(event: Event) => this.focusField(event, field)}>${message}</a>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderRejection(): TemplateResult | typeof nothing {
    const rejection = this.rejection;
    if (!rejection) return nothing;
    const strings = this.strings;
    return html`<div part="alert" class="alert" role="alert" tabindex="-1" id="rejection">
      <h3>${strings.rejectedTitle}</h3>
      ${
        rejection.message
          ? html`<p lang=${ifDefined(rejection.lang)}>${rejection.message}</p>`
          : html`<p>${strings.rejectedStatus(rejection.status)}</p>`
      }
      ${rejection.restored ? html`<p>${strings.rejectedRestored}</p>` : nothing}
    </div>`;
  }

  /** The ids a field's aria-describedby names: its hint and its error (if any). */
  private describedBy(id: string, field: ErrorField): string {
    return this.errors.has(field) ? `${id}-hint ${id}-error` : `${id}-hint`;
  }

  /** A field's error message, tied to it by id (`<id>-error`). */
  private renderFieldError(id: string, field: ErrorField | undefined): TemplateResult | typeof nothing {
    const message = field && this.errors.get(field);
    if (!message) return nothing;
    return html`<p id="${id}-error" class="error-message">
      <span class="visually-hidden">${this.strings.errorPrefix}</span> ${message}
    </p>`;
  }

  private fieldClass(field: ErrorField | undefined): string {
    return field && this.errors.has(field) ? 'field field--error' : 'field';
  }

  /**
   * One question: its label, its hint (`<id>-hint`), its error and its
   * control. Questions that can show an error are a `field` part.
   */
  private renderField(
    id: string,
    field: ErrorField | undefined,
    label: string,
    hint: string,
    control: TemplateResult,
  ): TemplateResult {
    return html`<div part=${ifDefined(field && 'field')} class=${this.fieldClass(field)}>
      <label class="label" for=${id}>${label}</label>
      <span id="${id}-hint" class="hint">${hint}</span>
      ${this.renderFieldError(id, field)} ${control}
    </div>`;
  }

  private renderKind(): TemplateResult {
    const strings = this.strings;
    const invalid = this.errors.has('kind');
    return html`<fieldset
      part="field"
      class=${this.fieldClass('kind')}
      aria-describedby=${ifDefined(invalid ? 'kind-error' : undefined)}
    >
      <legend>${strings.kindLegend}</legend>
      ${this.renderFieldError('kind', 'kind')}
      <div class="choices">
        ${FEEDBACK_KINDS.map(
          (kind) =>
            html`<div class="choice">
              <input
                id="kind-${kind}"
                type="radio"
                name="kind"
                value=${kind}
                .checked=${live(this.values.kind === kind)}
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

  private renderCommitment(feed: PlanFeed | undefined): TemplateResult | typeof nothing {
    if (!feed || feed.commitments.length === 0) return nothing;
    const strings = this.strings;
    const lang = this.language;
    const current = this.values.commitmentId;
    return this.renderField(
      'commitment',
      'commitmentId',
      strings.commitmentLabel,
      strings.commitmentHint,
      html`<select
        id="commitment"
        name="commitmentId"
        aria-describedby=${this.describedBy('commitment', 'commitmentId')}
      >
        <option value="" ?selected=${current === ''}>${strings.commitmentNone}</option>
        ${feed.commitments.map(({ id, title }) => {
          const actual = textLang(title, lang);
          return html`<option
            value=${id}
            ?selected=${current === id}
            lang=${ifDefined(actual === lang ? undefined : actual)}
          >
            ${localize(title, lang)}
          </option>`;
        })}
      </select>`,
    );
  }

  private renderMessage(): TemplateResult {
    const strings = this.strings;
    const length = this.values.message.length;
    const over = length > MESSAGE_MAX_LENGTH;
    return this.renderField(
      'message',
      'message',
      strings.messageLabel,
      strings.messageHint(MESSAGE_MIN_LENGTH, MESSAGE_MAX_LENGTH),
      html`<textarea
          id="message"
          name="message"
          rows="6"
          .value=${live(this.values.message)}
          aria-describedby=${this.describedBy('message', 'message')}
          aria-invalid=${this.errors.has('message')}
          spellcheck="true"
        ></textarea>
        <div class=${over ? 'count count--over' : 'count'} aria-hidden="true">${this.countText(length)}</div>
        <div class="visually-hidden" role="status">${this.countAnnouncement}</div>`,
    );
  }

  /** "N characters left", or "N characters too many". */
  private countText(length: number): string {
    return length > MESSAGE_MAX_LENGTH
      ? this.strings.charactersOver(length - MESSAGE_MAX_LENGTH)
      : this.strings.charactersLeft(MESSAGE_MAX_LENGTH - length);
  }

  private renderName(): TemplateResult {
    const strings = this.strings;
    return this.renderField(
      'name',
      'name',
      strings.nameLabel,
      strings.nameHint,
      html`<input
        id="name"
        name="name"
        type="text"
        autocomplete="name"
        .value=${live(this.values.name)}
        aria-describedby=${this.describedBy('name', 'name')}
        aria-invalid=${this.errors.has('name')}
      />`,
    );
  }

  private renderReply(): TemplateResult {
    const strings = this.strings;
    const wantsReply = this.values.wantsReply;
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
      ${this.renderField(
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
          .value=${live(this.values.email)}
          aria-required=${wantsReply}
          aria-describedby=${this.describedBy('email', 'email')}
          aria-invalid=${this.errors.has('email')}
        />`,
      )}`;
  }

  private renderAbout(): TemplateResult {
    const strings = this.strings;
    const { urban, rural } = this.territories ?? { urban: [], rural: [] };
    const select = (
      id: string,
      name: 'territory' | 'ageRange' | 'gender',
      label: string,
      hint: string,
      options: readonly (readonly [value: string, label: string])[],
      groups?: readonly (readonly [label: string, values: readonly string[]])[],
    ) => {
      const current = this.values[name];
      const option = ([value, text]: readonly [string, string]) =>
        html`<option value=${value} ?selected=${current === value}>${text}</option>`;
      return this.renderField(
        id,
        undefined,
        label,
        hint,
        html`<select id=${id} name=${name} aria-describedby="${id}-hint">
          ${option(['', strings.notAnswered])} ${options.map(option)}
          ${groups?.map(
            ([group, values]) =>
              html`<optgroup label=${group}>${values.map((value) => option([value, value]))}</optgroup>`,
          )}
        </select>`,
      );
    };
    return html`<fieldset
      part="field"
      class="about ${this.errors.has('profile') ? 'field--error' : ''}"
      aria-describedby="about-hint"
    >
      <legend>${strings.aboutLegend}</legend>
      <span id="about-hint" class="hint">${strings.aboutHint}</span>
      ${this.renderFieldError('about', 'profile')}
      ${
        urban.length + rural.length > 0
          ? select(
              'territory',
              'territory',
              strings.territoryLabel,
              strings.territoryHint,
              [],
              (
                [
                  [strings.territoryUrban, urban],
                  [strings.territoryRural, rural],
                ] as const
              ).filter(([, values]) => values.length),
            )
          : nothing
      }
      ${select(
        'age-range',
        'ageRange',
        strings.ageRangeLabel,
        strings.ageRangeHint,
        AGE_RANGES.map((range) => [range, strings.ageRanges[range]] as const),
      )}
      ${select(
        'gender',
        'gender',
        strings.genderLabel,
        strings.genderHint,
        GENDERS.map((gender) => [gender, strings.genders[gender]] as const),
      )}
    </fieldset>`;
  }

  private renderConsent(): TemplateResult {
    const strings = this.strings;
    const lang = this.language;
    const settings = this.settings;
    const controllerName = this.controllerName?.trim();
    const contact = this.controllerContact?.trim() || settings?.controller.contact;
    const policy = this.privacyPolicyUrl?.trim() || settings?.privacyPolicyUrl;
    const purposes = settings?.purposes.length ? settings.purposes : strings.defaultPurposes;
    const invalid = this.errors.has('consent');
    if (!controllerName && !settings && !this.warnedAboutController) {
      // For the site's developers: the person must be told who treats their data.
      this.warnedAboutController = true;
      console.warn(
        'ogp-feedback-form: no data controller to show. Set controller-name, controller-contact and privacy-policy-url, or feedback in the plan feed (Ley 1581 de 2012).',
      );
    }
    const entry = (term: string, value: unknown) =>
      value
        ? html`<div>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`
        : nothing;
    return html`<div part="consent" class="consent" role="group" aria-labelledby="consent-title">
      <h3 id="consent-title">${strings.consentTitle}</h3>
      <dl>
        ${entry(strings.consentController, controllerName || (settings && renderText(settings.controller.name, lang)))}
        ${entry(strings.consentContact, contact && renderContact(contact, this.common))}
        ${entry(
          strings.consentAddress,
          !controllerName && settings?.controller.address && renderText(settings.controller.address, lang),
        )}
      </dl>
      <p>${strings.consentPurposes}</p>
      <ul>
        ${purposes.map((purpose) => html`<li>${renderText(purpose, lang)}</li>`)}
      </ul>
      <p>${strings.consentOptional}</p>
      <p>${strings.consentRights}</p>
      <p>
        ${safeHref(policy) ? renderLink(policy, strings.consentPolicy, this.common, 'policy') : strings.consentNoPolicy}
      </p>
      <div class=${this.fieldClass('consent')}>
        ${this.renderFieldError('consent', 'consent')}
        <div class="choice">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            .checked=${live(this.values.consent)}
            aria-describedby=${ifDefined(invalid ? 'consent-error' : undefined)}
            aria-invalid=${invalid}
          />
          <label for="consent">${strings.consentLabel}</label>
        </div>
      </div>
    </div>`;
  }

  /** What the person sees once the message is sent, or saved to be sent later. */
  private renderResult(sent: boolean): TemplateResult {
    const strings = this.strings;
    return html`<div part="result" class="result result--${sent ? 'sent' : 'queued'}" role="status">
      <h3 tabindex="-1" id="result-title">${sent ? strings.sentTitle : strings.queuedTitle}</h3>
      ${
        sent
          ? html`<p>${strings.sentBody}</p>
              <p>${strings.sentReference}</p>
              <p part="reference" class="reference">${this.reference}</p>
              ${this.wantsReplySent ? html`<p>${strings.sentReply}</p>` : nothing}`
          : html`<p>${strings.queuedBody(!this.volatile)}</p>
              <p>${strings.queuedLater}</p>`
      }
      <div class="actions">
        <button part="send-another" type="button" @click=${this.sendAnother}>${strings.sendAnother}</button>
      </div>
    </div>`;
  }

  // ----------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const endpoint = this.resolvedEndpoint;
    if (endpoint && this.restoredFor !== endpoint && this.phase === 'editing') {
      this.restoredFor = endpoint;
      this.restoreDraft(endpoint);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The minimum fill time counts from when the form is first on screen.
    const form = this.renderRoot.querySelector('form');
    if (form && this.formShownAt === undefined) this.formShownAt = performance.now();
  }

  /**
   * Puts back what was typed before a reload (in one form per endpoint, so two
   * forms never both offer it to be sent), or a refused message from the outbox.
   */
  private restoreDraft(endpoint: string): void {
    if (!drafts.get(endpoint)?.isConnected) {
      drafts.set(endpoint, this);
      this.values = { ...this.values, ...loadDraft(draftKey(endpoint)) };
    }
    if (!this.values.message.trim()) {
      void this.outbox?.takeRejected(endpoint).then((item) => {
        if (item?.rejected) this.takeBack(item, item.rejected);
      });
    }
  }

  // ------------------------------------------------------------------- input

  private readonly onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const name = target.name as keyof Values;
    if (!name || !(name in this.values)) return;
    const next: Record<string, unknown> = { ...this.values };
    if (target.type === 'checkbox') {
      // The two checkboxes: wantsReply and consent (with the moment it was given).
      const { checked } = target as HTMLInputElement;
      next[name] = checked;
      if (name === 'consent') next.consentAt = checked ? new Date().toISOString() : '';
    } else if (target.type === 'radio') {
      if ((target as HTMLInputElement).checked) next.kind = target.value;
    } else {
      next[name] = target.value;
    }
    this.values = next as unknown as Values;
    if (this.tooFast) this.tooFast = false;
    if (name === 'message') this.scheduleCountAnnouncement();
    const endpoint = this.resolvedEndpoint;
    if (endpoint) saveDraft(draftKey(endpoint), this.values);
  };

  /** The count is read out once typing pauses, not on every keystroke. */
  private scheduleCountAnnouncement(): void {
    if (this.countTimer !== undefined) clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.countTimer = undefined;
      this.countAnnouncement = this.countText(this.values.message.length);
    }, COUNT_ANNOUNCE_DELAY);
  }

  private focusField(event: Event, field: ErrorField): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${FOCUS_TARGET[field]}`);
    // The label or legend is what tells the person where they are.
    const label = target?.closest('fieldset')?.querySelector('legend') ?? target;
    label?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  // ------------------------------------------------------------------ submit

  /** Checks the form as a submit would, shows the problems, and answers whether it is valid. */
  validate(): boolean {
    return this.check() !== undefined;
  }

  /** The submission to send, or undefined when the form shows problems. */
  private check(): FeedbackSubmission | undefined {
    const submission = this.buildSubmission(newSubmissionId());
    const errors = this.findErrors(submission);
    this.errors = errors;
    if (errors.size === 0) return submission as FeedbackSubmission;
    this.focusKeeper.focusAfterUpdate('.error-summary');
    return undefined;
  }

  private readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // A second click while the first is on its way sends nothing.
    if (this.phase === 'sending') return;
    const endpoint = this.resolvedEndpoint;
    if (!endpoint) return;
    this.rejection = undefined;
    this.tooFast = false;
    const submission = this.check();
    if (!submission) return;
    if (this.formShownAt !== undefined && (performance.now() - this.formShownAt) / 1000 < this.minFillSeconds) {
      this.tooFast = true;
      return;
    }
    const { id } = submission;
    if (!this.dispatchEvent(new FeedbackSubmitEvent({ id, submission }))) return;
    this.phase = 'sending';
    const result = await (this.outbox ?? getOutbox()).submit({ id, endpoint, body: JSON.stringify(submission) });
    this.handleResult(id, endpoint, result, Boolean(submission.wantsReply));
  };

  private handleResult(id: string, endpoint: string, result: DeliveryResult, wantsReply: boolean): void {
    if (result.kind === 'rejected') return this.showRejection(id, result);
    // Sent, or held by the outbox now (the draft would only invite a second copy).
    saveDraft(draftKey(endpoint));
    this.wantsReplySent = wantsReply;
    if (result.kind === 'sent') return this.showSent(id, result.reference);
    owners.set(id, this);
    this.volatile = result.volatile;
    this.phase = 'queued';
    this.focusKeeper.focusAfterUpdate('#result-title');
    this.dispatchEvent(new FeedbackQueuedEvent({ id }));
  }

  private showSent(id: string, reference: string): void {
    this.phase = 'sent';
    this.reference = reference;
    this.focusKeeper.focusAfterUpdate('#result-title');
    this.dispatchEvent(new FeedbackSentEvent({ id, reference }));
  }

  /** Back to the form, with the receiver's refusal above it. */
  private showRejection(id: string, rejection: Rejection & { restored?: boolean }): void {
    this.phase = 'editing';
    this.errors = new Map();
    this.rejection = rejection;
    this.focusKeeper.focusAfterUpdate('#rejection');
    const { status, message } = rejection;
    this.dispatchEvent(new FeedbackErrorEvent({ id, status, message: message ?? this.strings.rejectedStatus(status) }));
  }

  /** A queued submission of this form got through. */
  private readonly onDelivered = (event: Event) => {
    const { item, result } = (event as CustomEvent<OutboxEventDetail>).detail;
    if (owners.get(item.id) !== this || result.kind !== 'sent') return;
    owners.delete(item.id);
    if (this.phase === 'queued') this.showSent(item.id, result.reference);
    else this.dispatchEvent(new FeedbackSentEvent({ id: item.id, reference: result.reference }));
  };

  /**
   * A queued submission was refused: the form that sent it takes it back or,
   * when that form is gone, an empty form for the same endpoint. A form busy
   * with another message leaves it parked; "send another" brings it back.
   */
  private readonly onRejected = (event: Event) => {
    const { item, result } = (event as CustomEvent<OutboxEventDetail>).detail;
    const owner = owners.get(item.id);
    const editing = this.phase === 'editing';
    if (
      result.kind !== 'rejected' ||
      event.defaultPrevented ||
      this.phase === 'sending' ||
      (editing && this.values.message.trim()) ||
      (owner !== this && (owner?.isConnected || !editing || item.endpoint !== this.resolvedEndpoint))
    ) {
      return;
    }
    event.preventDefault();
    this.takeBack(item, result);
  };

  /** Puts a refused submission's text back in the form, with the receiver's message. */
  private takeBack(item: OutboxItem, rejection: Rejection): void {
    owners.delete(item.id);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(item.body) as Record<string, unknown>;
    } catch {
      // Nothing to put back but the receiver's message.
    }
    // The profile's fields sit at the top level of the form.
    this.values = { ...EMPTY_VALUES, ...sanitizeDraft({ ...body, ...(body.profile as object) }) };
    this.showRejection(item.id, { ...rejection, restored: true });
  }

  private readonly sendAnother = () => {
    this.values = EMPTY_VALUES;
    this.errors = new Map();
    this.rejection = undefined;
    this.tooFast = false;
    this.reference = undefined;
    this.phase = 'editing';
    this.formShownAt = undefined;
    this.focusKeeper.focusAfterUpdate('#kind-comment');
    // Looks again for a refusal parked while this form was busy.
    this.restoredFor = undefined;
  };

  /** The submission as it would be sent now (fields the person left empty are left out). */
  private buildSubmission(id: string): Record<string, unknown> {
    const values = this.values;
    const trimmed = (value: string) => value.trim() || undefined;
    const profile = {
      territory: trimmed(values.territory),
      ageRange: trimmed(values.ageRange),
      gender: trimmed(values.gender),
    };
    return {
      id,
      kind: trimmed(values.kind),
      message: values.message.trim(),
      commitmentId: trimmed(values.commitmentId),
      name: trimmed(values.name),
      email: trimmed(values.email),
      wantsReply: values.wantsReply,
      profile: Object.values(profile).some(Boolean) ? profile : undefined,
      consent: values.consent
        ? { given: true, version: this.consentVersionToSend, at: values.consentAt || new Date().toISOString() }
        : undefined,
      locale: this.language,
      planId: this.feedTask.value?.plan.id,
      pageUrl: pageUrl(),
      createdAt: new Date().toISOString(),
      // Read from the field itself: a robot may fill it without any input event.
      website: this.renderRoot.querySelector<HTMLInputElement>('#website')?.value ?? values.website,
    };
  }

  /** The problems of a submission, per field, in our own words and in form order. */
  private findErrors(submission: Record<string, unknown>): Map<ErrorField, string> {
    const result = validateSubmission(submission);
    const wrong = new Set<string>(result.ok ? [] : result.issues.map((issue) => issue.path.split('/')[1] ?? ''));
    const errors = new Map<ErrorField, string>();
    for (const field of ERROR_FIELDS) {
      if (wrong.has(field)) errors.set(field, this.errorMessage(field));
    }
    return errors;
  }

  private errorMessage(field: ErrorField): string {
    const messages = this.strings.errors;
    const values = this.values;
    switch (field) {
      case 'kind':
        return messages.kind;
      case 'message': {
        const length = values.message.trim().length;
        if (length === 0) return messages.messageEmpty;
        if (length < MESSAGE_MIN_LENGTH) return messages.messageShort(MESSAGE_MIN_LENGTH);
        return messages.messageLong(MESSAGE_MAX_LENGTH, length);
      }
      case 'name':
        return messages.name(NAME_MAX_LENGTH);
      case 'email':
        return values.wantsReply && !values.email.trim() ? messages.emailNeeded : messages.emailInvalid;
      case 'consent':
        return messages.consent;
      default:
        return messages.other;
    }
  }
}

/** An absolute http(s) URL, or undefined: a safe link that is not mailto. */
function httpUrl(value: string, base: string | undefined): string | undefined {
  const href = safeHref(value, base);
  return href?.startsWith('http') ? href : undefined;
}

/** The page, without its query string or fragment (they may hold tokens or personal data). */
function pageUrl(): string | undefined {
  const { protocol, origin, pathname } = globalThis.location ?? {};
  return protocol === 'http:' || protocol === 'https:' ? `${origin}${pathname}` : undefined;
}

function renderContact(contact: string, strings: Parameters<typeof renderLink>[2]): TemplateResult {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)
    ? renderLink(`mailto:${contact}`, contact, strings, 'contact')
    : html`${contact}`;
}
