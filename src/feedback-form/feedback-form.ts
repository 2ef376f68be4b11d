import { html, type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '../core/feed-task.js';
import { FocusController } from '../core/focus-controller.js';
import type { FeedbackSettings, PlanFeed } from '../shared/feed-schema.js';
import type { FeedbackSubmission } from '../shared/feedback-schema.js';
import type { Section } from '../core/language-packs.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import { safeHref } from '../core/safe-url.js';
import { feedbackFormStyles } from './feedback-form.styles.js';
import { countText, FIELD_IDS } from './fields.js';
import { renderEarlier, renderForm, renderNoEndpoint, renderResult, renderSection } from './form-templates.js';
import { type FeedbackFormStrings, feedbackFormStrings } from './feedback-form.strings.js';
import {
  checkSubmission,
  DEFAULT_CONSENT_VERSION,
  type ErrorField,
  EMPTY_VALUES,
  newSubmissionId,
  type Values,
  withInput,
} from './submission.js';
import { draftKey, saveDraft } from './draft.js';
import { DeliveryController, EDITING, type FormState } from './delivery-controller.js';
import { territoryGroups } from './territories.js';

export { DEFAULT_CONSENT_VERSION } from './submission.js';

/** How long after the last keystroke the character count is read out. */
const COUNT_ANNOUNCE_DELAY = 1000;

const TOO_FAST: FormState = { phase: 'editing', problem: { kind: 'too-fast' } };

/** Where focus goes when the form enters a state, so the person is where the news is. */
function focusTarget(state: FormState): string | undefined {
  // The result's heading takes the focus (made focusable by the element).
  if (state.phase === 'sent' || state.phase === 'queued') return '#result-title';
  const problem = state.phase === 'editing' ? state.problem?.kind : undefined;
  return problem === 'invalid' ? '.error-summary' : problem === 'rejected' ? '#rejection' : undefined;
}

/**
 * The plan's permanent open form: a comment, a question or a contribution,
 * with the data-protection notice Colombian law asks for, validation in the
 * GOV.UK pattern, and delivery that loses nothing and doubles nothing.
 *
 * Works with `src` (commitments to choose from and the data controller come
 * from the feed's `feedback` settings) or with `endpoint` alone. On a page
 * about one commitment, `commitment-id` preselects it.
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
 * @fires ogp-feedback-sent - The receiver accepted it (also a queued one, later, even after a reload). `detail: { id, reference }`.
 * @fires ogp-feedback-queued - The receiver could not be reached; it waits in the browser. `detail: { id }`.
 * @fires ogp-feedback-error - The receiver refused it (4xx); the text is kept. `detail: { id, status, message }`.
 *
 * @csspart base - The section around everything.
 * @csspart title - The title: an h2, or the level `heading-level` sets (none with `hide-title`).
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a submit.
 * @csspart field - Each question with its label, hint and error.
 * @csspart consent - The data-protection notice with the consent checkbox.
 * @csspart submit - The send button.
 * @csspart alert - A refusal from the receiver, or the "too fast" notice.
 * @csspart result - What the person sees once the message is sent or saved.
 * @csspart pending - Messages saved earlier in this browser: how many wait and since when, then each one's reference.
 * @csspart reference - The reference number to quote.
 * @csspart lookup-link - The link to the page where the reference can be looked up later (`answers-page`).
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
 * @cssprop --ogp-loading-height - Height reserved while the feed loads. Default: one screen, at most 130em (the form is taller).
 * @cssprop --ogp-feedback-field-width - Maximum width of the form's fields (default 36em).
 */
export class OgpFeedbackForm extends PlanFeedElement {
  protected static override languageSections: readonly Section[] = ['common', 'form'];

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

  /**
   * The commitment the message is about, preselected for a page about one
   * commitment (its `id` in the feed; the person can still choose another or
   * the plan in general). Needs the feed (`src`): an id the feed does not
   * have is ignored, with a console warning.
   */
  @property({ attribute: 'commitment-id' }) commitmentId?: string;

  /**
   * A page with <ogp-feedback-answers>: once sent, the message offers a link
   * there that carries the reference in the fragment (never sent to a server)
   * so the person can check later whether it was answered.
   */
  @property({ attribute: 'answers-page' }) answersPage?: string;

  /** Seconds the form must be on screen before a submit is taken as a person's (anti-spam). 0 turns it off. */
  @property({ attribute: 'min-fill-seconds', type: Number }) minFillSeconds = 3;

  @state() private values: Values = EMPTY_VALUES;
  @state() private countAnnouncement = '';

  private readonly focusKeeper = new FocusController(this);
  private readonly delivery = new DeliveryController(this, {
    values: () => this.values,
    fill: (values) => (this.values = values),
    strings: () => this.strings,
    entered: (state) => {
      const target = focusTarget(state);
      if (target) this.focusKeeper.focusAfterUpdate(() => focusable(this.renderRoot.querySelector(target)));
    },
  });

  private formShownAt?: number;
  private countTimer?: ReturnType<typeof setTimeout>;
  private warnedAboutController = false;
  /** The preselected commitment last put in the form, and the unknown id last warned about. */
  private preselectedShown?: string;
  private warnedAboutCommitment?: string;
  /** Whether the person chose a commitment themselves (then a preselection never overrides it). */
  private commitmentChosen = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.countTimer !== undefined) clearTimeout(this.countTimer);
  }

  private get strings(): FeedbackFormStrings {
    return this.words('form', feedbackFormStrings);
  }

  private get settings(): FeedbackSettings | undefined {
    return this.feedTask.value?.feedback;
  }

  /** `commitment-id`, when the feed has that commitment. */
  private get preselected(): string | undefined {
    const id = this.commitmentId?.trim();
    return id && this.feedTask.value?.commitments.some((commitment) => commitment.id === id) ? id : undefined;
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
    if (!this.resolvedEndpoint) return renderNoEndpoint(strings);
    const state = this.delivery.state;
    const title = { level: this.headingLevelAt(0), hidden: this.hideTitle };
    const level = this.headingLevelAt(1);
    const earlier = renderEarlier(strings, this.delivery.earlier);
    if (state.phase === 'sent' || state.phase === 'queued') {
      return renderSection(
        strings,
        title,
        html`${earlier} ${renderResult(state, strings, level, this.sendAnother, safeHref(this.answersPage))}`,
      );
    }
    const lang = this.language;
    const view = {
      strings,
      common: this.common,
      lang,
      defaultLanguage: this.feedLang,
      state,
      values: this.values,
      commitments: feed?.commitments ?? [],
      territories: territoryGroups(feed?.plan.territories ?? [], lang, this.feedLang),
      controller: {
        controllerName: this.controllerName,
        controllerContact: this.controllerContact,
        privacyPolicyUrl: this.privacyPolicyUrl,
        settings: this.settings,
      },
      countAnnouncement: this.countAnnouncement,
      level,
    };
    const handlers = { submit: this.onSubmit, input: this.onInput, focusField: this.focusField };
    return renderSection(strings, title, html`${earlier} ${renderForm(view, handlers)}`);
  }

  // ----------------------------------------------------------------- lifecycle

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const endpoint = this.resolvedEndpoint;
    this.delivery.restore(endpoint);
    this.preselect();
    // For the site's developers, once the form is about to show: the person must be told who treats their data.
    if (!this.warnedAboutController && endpoint && this.feedTask.status !== TaskStatus.PENDING) {
      if (!this.controllerName?.trim() && !this.settings) {
        this.warnedAboutController = true;
        console.warn(
          'ogp-feedback-form: no data controller to show. Set controller-name, controller-contact and privacy-policy-url, or feedback in the plan feed (Ley 1581 de 2012).',
        );
      }
    }
  }

  /**
   * Puts the page's commitment in the form once the feed knows it, unless
   * the person chose one (or a draft brought one back); warns once about an
   * id the feed does not have. A new `commitment-id` (a commitment's
   * "Comentar" link sets it) replaces the one an earlier preselection put.
   */
  private preselect(): void {
    const preselected = this.preselected;
    const shown = this.preselectedShown;
    if (preselected !== shown) {
      this.preselectedShown = preselected;
      const mine = !this.values.commitmentId || this.values.commitmentId === shown;
      if (preselected && !this.commitmentChosen && mine) {
        this.values = { ...this.values, commitmentId: preselected };
      }
    }
    const id = this.commitmentId?.trim();
    if (id && !preselected && id !== this.warnedAboutCommitment && this.feedTask.status !== TaskStatus.PENDING) {
      this.warnedAboutCommitment = id;
      console.warn(
        `ogp-feedback-form: commitment-id "${id}" is not a commitment of the plan feed (src); the form preselects none.`,
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The minimum fill time counts from when the form is first on screen.
    const form = this.renderRoot.querySelector('form');
    if (form && this.formShownAt === undefined) this.formShownAt = performance.now();
  }

  // ------------------------------------------------------------------- input

  private readonly onInput = (event: Event) => {
    // An input, the textarea or a select: each has a name, a type and a value (and inputs are what is checked).
    const field = event.target as HTMLInputElement;
    // A radio speaks when it is chosen; a checkbox gives its state.
    if (field.type === 'radio' && !field.checked) return;
    const values = withInput(this.values, field.name, field.type === 'checkbox' ? field.checked : field.value);
    if (!values) return;
    this.values = values;
    const problem = this.delivery.state.phase === 'editing' ? this.delivery.state.problem : undefined;
    if (problem?.kind === 'too-fast') this.delivery.set(EDITING);
    if (field.name === 'message') this.scheduleCountAnnouncement();
    if (field.name === 'commitmentId') this.commitmentChosen = true;
    const endpoint = this.resolvedEndpoint;
    if (endpoint) saveDraft(draftKey(endpoint), values);
  };

  /** The count is read out once typing pauses, not on every keystroke. */
  private scheduleCountAnnouncement(): void {
    if (this.countTimer !== undefined) clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.countTimer = undefined;
      this.countAnnouncement = countText(this.strings, this.values.message.length);
    }, COUNT_ANNOUNCE_DELAY);
  }

  private readonly focusField = (event: Event, field: ErrorField) => {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS[field]}`);
    // The label or legend is what tells the person where they are.
    const label = target?.closest('fieldset')?.querySelector('legend') ?? target;
    label?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  };

  // ------------------------------------------------------------------ submit

  /** Checks the form as a submit would, shows the problems, and answers whether it is valid. */
  validate(): boolean {
    return this.check() !== undefined;
  }

  /** The submission to send, or undefined when the form shows problems. */
  private check(): FeedbackSubmission | undefined {
    const checked = checkSubmission(
      this.values,
      {
        id: newSubmissionId(),
        consentVersion: this.consentVersion?.trim() || this.settings?.consentVersion || DEFAULT_CONSENT_VERSION,
        locale: this.language,
        planId: this.feedTask.value?.plan.id,
        pageUrl: pageUrl(),
        // Read from the field itself: a robot may fill it without any input event.
        website: this.renderRoot.querySelector<HTMLInputElement>('#website')?.value ?? this.values.website,
        now: new Date(),
      },
      this.strings,
    );
    // What the form said after the last submit gives way to what this check says (only on the form itself).
    if (this.delivery.state.phase === 'editing') {
      this.delivery.set(
        checked.ok ? EDITING : { phase: 'editing', problem: { kind: 'invalid', errors: checked.errors } },
      );
    }
    return checked.ok ? checked.submission : undefined;
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const endpoint = this.resolvedEndpoint;
    // A second click while the first is on its way sends nothing.
    if (this.delivery.state.phase === 'sending' || !endpoint) return;
    const submission = this.check();
    if (!submission) return;
    if (this.formShownAt !== undefined && (performance.now() - this.formShownAt) / 1000 < this.minFillSeconds) {
      return this.delivery.set(TOO_FAST);
    }
    void this.delivery.send(submission, endpoint);
  };

  private readonly sendAnother = () => {
    this.values = { ...EMPTY_VALUES, commitmentId: this.preselected ?? '' };
    this.commitmentChosen = false;
    this.formShownAt = undefined;
    this.delivery.reset();
    this.focusKeeper.focusAfterUpdate('#kind-comment');
  };
}

/** The element, focusable by script though not by Tab (a heading the focus is moved to). */
function focusable(element: HTMLElement | null): HTMLElement | null {
  if (element && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  return element;
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
