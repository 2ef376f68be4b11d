/**
 * Between the form and the page's outbox: the form's one state (editing,
 * sending, queued, sent), the submission's way out (announced, then sent,
 * queued or refused), the answers that come later to a queued one, the
 * messages an earlier page left waiting for this endpoint (shown until they
 * are delivered, then with their reference), and the page's rules on what
 * belongs to which form (see `claims.ts`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FeedbackSubmission, isRetryableStatus } from '../shared/feedback-schema.js';
import { draftKey, loadDraft, saveDraft } from './draft.js';
import { FeedbackErrorEvent, FeedbackQueuedEvent, FeedbackSentEvent, FeedbackSubmitEvent } from './events.js';
import type { FeedbackFormStrings, QueueCause } from './feedback-form.strings.js';
import type { Claimant } from './claims.js';
import type { Failed, Refused, Rejection, Sent } from './outbox-delivery.js';
import type { OutboxItem } from './outbox-storage.js';
import { getOutbox, type Outbox, type OutboxEvent, type Receipt } from './outbox.js';
import { type FieldErrors, type Values, valuesFromBody } from './submission.js';

/** Why the form is back on screen after a submit: what it says above the fields. */
export type Problem =
  /** The submission has problems: the error summary, and each field's message. */
  | { kind: 'invalid'; errors: FieldErrors }
  /** Sent sooner than `min-fill-seconds` after the form appeared: nothing went. */
  | { kind: 'too-fast' }
  /** The receiver refused it (4xx); `restored` when it had been queued and its text came back to the form. */
  | { kind: 'rejected'; rejection: Rejection; restored: boolean };

export type FormState =
  | { phase: 'editing'; problem?: Problem }
  /** On its way; a second submit sends nothing. */
  | { phase: 'sending'; id: string }
  /** The receiver could not take it; the outbox sends it later. `volatile`: only while this page stays open. */
  | { phase: 'queued'; id: string; cause: QueueCause; volatile: boolean; wantsReply: boolean }
  | { phase: 'sent'; id: string; reference: string; wantsReply: boolean };

/** The messages this form answers for besides the one on screen: still waiting, or delivered since. */
export interface Earlier {
  /** When each waiting message was queued, oldest first. */
  waiting: number[];
  /** The delivered ones, in the order they arrived. */
  receipts: Receipt[];
}

export const EDITING: FormState = { phase: 'editing' };

/** The element the controller serves: it updates, fires the form's events, and knows its endpoint. */
export interface DeliveryHost extends ReactiveControllerHost, EventTarget {
  readonly resolvedEndpoint: string | undefined;
}

/** How the controller reaches the form's values, and tells it of a new state. */
export interface DeliveryOptions {
  /** What the person has typed now. */
  values(): Values;
  /** Puts values back in the form (a draft, a refused submission). */
  fill(values: Values): void;
  /** Called on every change of state, before the form renders it. */
  entered(state: FormState): void;
  /** The form's words, in its language. */
  strings(): FeedbackFormStrings;
}

export class DeliveryController implements ReactiveController, Claimant {
  /** The form's one state; `set()` changes it and has the form render it. */
  state: FormState = EDITING;
  readonly waiting = new Map<string, number>();
  draftEndpoint: string | undefined;
  /** References of messages delivered while they were not on screen. */
  private readonly receipts: Receipt[] = [];

  private outbox?: Outbox;
  /** The endpoint the draft and parked refusals were last looked for. */
  private restoredFor?: string;

  constructor(
    private readonly host: DeliveryHost,
    private readonly form: DeliveryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const outbox = (this.outbox = getOutbox());
    outbox.addEventListener('delivered', this.onDelivered);
    outbox.addEventListener('rejected', this.onRejected);
    outbox.claims.add(this);
  }

  hostDisconnected(): void {
    const outbox = this.outbox;
    outbox?.removeEventListener('delivered', this.onDelivered);
    outbox?.removeEventListener('rejected', this.onRejected);
    outbox?.claims.delete(this);
  }

  set(state: FormState): void {
    this.state = state;
    this.form.entered(state);
    this.host.requestUpdate();
  }

  /**
   * Puts back what was typed before a reload (in one form per endpoint, so two
   * forms never both offer it to be sent), or a refused message from the
   * outbox. Once per endpoint, and only while the person is editing.
   */
  restore(endpoint: string | undefined): void {
    if (!endpoint || endpoint === this.restoredFor || this.state.phase !== 'editing') return;
    this.restoredFor = endpoint;
    if (!this.outbox?.claims.draftTaken(endpoint)) {
      this.draftEndpoint = endpoint;
      this.form.fill({ ...this.form.values(), ...loadDraft(draftKey(endpoint)) });
    }
    if (!this.form.values().message.trim()) {
      void this.outbox?.takeRejected(endpoint).then((item) => {
        if (item?.rejected) this.takeBack(item, item.rejected);
      });
    }
    void this.takeOver(endpoint);
  }

  /** The messages waiting or delivered besides the one on screen, for the notice above the form. */
  get earlier(): Earlier {
    const { state } = this;
    const shown = state.phase === 'queued' || state.phase === 'sent' ? state.id : undefined;
    const waiting = [...this.waiting].filter(([id]) => id !== shown).map(([, queuedAt]) => queuedAt);
    return { waiting: waiting.sort((a, b) => a - b), receipts: this.receipts.filter(({ id }) => id !== shown) };
  }

  /**
   * Answers for what an earlier page left for `endpoint` and no form on this
   * page holds: its waiting messages, and the receipts of those this page
   * delivered before the form knew its endpoint (a form waiting for its feed).
   */
  private async takeOver(endpoint: string): Promise<void> {
    const outbox = this.outbox;
    if (!outbox) return;
    this.showReceipts(outbox.takeReceipts(endpoint));
    const items = await outbox.items();
    // Delivered while they were read: a receipt now, no longer waiting.
    this.showReceipts(outbox.takeReceipts(endpoint));
    const shown = new Set(this.receipts.map(({ id }) => id));
    for (const { id, endpoint: target, queuedAt, rejected } of items) {
      if (target !== endpoint || rejected || queuedAt >= outbox.openedAt || shown.has(id)) continue;
      if (!outbox.claims.senderOf(id)) this.waiting.set(id, queuedAt);
    }
    this.host.requestUpdate();
  }

  private showReceipts(receipts: Receipt[]): void {
    for (const receipt of receipts) {
      this.receipts.push(receipt);
      this.host.dispatchEvent(new FeedbackSentEvent({ id: receipt.id, reference: receipt.reference }));
    }
    if (receipts.length) this.host.requestUpdate();
  }

  /** A fresh form; a refusal parked while this form was busy is looked for again. */
  reset(): void {
    this.restoredFor = undefined;
    this.set(EDITING);
  }

  /** Announces a checked submission (a canceled ogp-feedback-submit sends nothing), sends it, shows the answer. */
  async send(submission: FeedbackSubmission, endpoint: string): Promise<void> {
    const { id } = submission;
    if (!this.host.dispatchEvent(new FeedbackSubmitEvent({ id, submission }))) return this.set(EDITING);
    this.set({ phase: 'sending', id });
    const queuedAt = Date.now();
    const result = await (this.outbox ?? getOutbox()).submit({ id, endpoint, body: JSON.stringify(submission) });
    if (result.kind === 'rejected') return this.refuse(id, result, false);
    // Sent, or held by the outbox now (the draft would only invite a second copy).
    saveDraft(draftKey(endpoint));
    const wantsReply = Boolean(submission.wantsReply);
    if (result.kind === 'sent') return this.sent(id, result.reference, wantsReply);
    this.waiting.set(id, queuedAt);
    this.set({ phase: 'queued', id, cause: queueCause(result), volatile: Boolean(result.volatile), wantsReply });
    this.host.dispatchEvent(new FeedbackQueuedEvent({ id }));
  }

  private sent(id: string, reference: string, wantsReply: boolean): void {
    this.set({ phase: 'sent', id, reference, wantsReply });
    this.host.dispatchEvent(new FeedbackSentEvent({ id, reference }));
  }

  /** Back to the form, with the receiver's refusal above it. */
  private refuse(id: string, rejection: Rejection, restored: boolean): void {
    this.set({ phase: 'editing', problem: { kind: 'rejected', rejection, restored } });
    const { status, message } = rejection;
    const said = message ?? this.form.strings().rejectedStatus(status);
    this.host.dispatchEvent(new FeedbackErrorEvent({ id, status, message: said }));
  }

  /** Puts a refused submission's text back in the form, with the receiver's message. */
  private takeBack(item: OutboxItem, rejection: Rejection): void {
    this.waiting.delete(item.id);
    this.form.fill(valuesFromBody(item.body));
    this.refuse(item.id, rejection, true);
  }

  /** A queued submission this form answers for got through: the result says so, or the notice above the form. */
  private readonly onDelivered = (event: OutboxEvent<Sent>) => {
    const { item, result } = event.detail;
    const queuedAt = this.waiting.get(item.id);
    if (queuedAt === undefined) return;
    event.preventDefault();
    this.waiting.delete(item.id);
    const state = this.state;
    if (state.phase === 'queued' && state.id === item.id) return this.sent(item.id, result.reference, state.wantsReply);
    this.showReceipts([{ id: item.id, endpoint: item.endpoint, queuedAt, reference: result.reference }]);
  };

  /**
   * A queued submission was refused: the form that sent it takes it back or,
   * when that form is gone, an empty form for the same endpoint. A form busy
   * with another message leaves it parked; "send another" brings it back.
   */
  private readonly onRejected = (event: OutboxEvent<Refused>) => {
    const { item, result } = event.detail;
    const sender = this.outbox?.claims.senderOf(item.id);
    const { phase } = this.state;
    const editing = phase === 'editing';
    if (
      event.defaultPrevented ||
      phase === 'sending' ||
      (editing && this.form.values().message.trim()) ||
      (sender !== this && (sender || !editing || item.endpoint !== this.host.resolvedEndpoint))
    ) {
      return;
    }
    event.preventDefault();
    this.takeBack(item, result);
  };
}

/** Why the outbox keeps a message, from the answer (or its absence) that made it keep it. */
function queueCause({ status }: Failed): QueueCause {
  if (status === undefined) return 'offline';
  return isRetryableStatus(status) ? 'busy' : 'unconfirmed';
}
