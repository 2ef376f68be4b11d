/**
 * The events `<ogp-feedback-form>` fires for its host page. All bubble and
 * cross shadow roots (composed).
 */
import { OgpEvent } from '../core/events.js';
import type { FeedbackSubmission } from '../shared/feedback-schema.js';

export interface FeedbackSubmitDetail {
  /** The submission's UUID: its Idempotency-Key. */
  id: string;
  /** What will be sent, exactly (it holds personal data: treat it as such). */
  submission: FeedbackSubmission;
}

/**
 * Fired when a valid submission is about to be sent. Cancelable: calling
 * `preventDefault()` sends nothing and leaves the form as it is.
 */
export class FeedbackSubmitEvent extends OgpEvent<FeedbackSubmitDetail> {
  static readonly eventName = 'ogp-feedback-submit';

  constructor(detail: FeedbackSubmitDetail) {
    super(FeedbackSubmitEvent.eventName, detail, { cancelable: true });
  }
}

export interface FeedbackSentDetail {
  id: string;
  /** The reference the receiver gave, which the person can quote. */
  reference: string;
}

/**
 * Fired when the receiver accepted the submission (a 2xx), also when a
 * queued one gets through later, even one a page before a reload left.
 */
export class FeedbackSentEvent extends OgpEvent<FeedbackSentDetail> {
  static readonly eventName = 'ogp-feedback-sent';

  constructor(detail: FeedbackSentDetail) {
    super(FeedbackSentEvent.eventName, detail);
  }
}

export interface FeedbackQueuedDetail {
  id: string;
}

/** Fired when the receiver could not be reached (network, timeout, 5xx): the submission waits in the browser. */
export class FeedbackQueuedEvent extends OgpEvent<FeedbackQueuedDetail> {
  static readonly eventName = 'ogp-feedback-queued';

  constructor(detail: FeedbackQueuedDetail) {
    super(FeedbackQueuedEvent.eventName, detail);
  }
}

export interface FeedbackErrorDetail {
  id: string;
  /** The HTTP status of the refusal (a 4xx). */
  status: number;
  /** The receiver's message (`message` of its JSON answer), or ours when it gave none. */
  message: string;
}

/** Fired when the receiver refused the submission (a 4xx): the form keeps the text and shows the message. */
export class FeedbackErrorEvent extends OgpEvent<FeedbackErrorDetail> {
  static readonly eventName = 'ogp-feedback-error';

  constructor(detail: FeedbackErrorDetail) {
    super(FeedbackErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ogp-feedback-submit': FeedbackSubmitEvent;
    'ogp-feedback-sent': FeedbackSentEvent;
    'ogp-feedback-queued': FeedbackQueuedEvent;
    'ogp-feedback-error': FeedbackErrorEvent;
  }
}
