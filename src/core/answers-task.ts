/**
 * The published answers (schema/feedback-answers.schema.json), loaded for
 * a widget: <ogp-feedback-answers> lists them, <ogp-commitment> counts
 * them. Like the feed loader, one request per URL and page, shared by every
 * widget that asks, never rejecting (a failure is a value, and is not kept,
 * so "Reintentar" asks again); like FeedTask, a controller that loads again
 * when the URL its host names changes, the newest load winning.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type AnswersFeed, validateAnswers } from '../shared/answers-schema.js';
import { DEFAULT_TIMEOUT } from './feed-loader.js';

export type AnswersFailure = 'network' | 'http' | 'invalid' | 'timeout';

export type AnswersState =
  | { status: 'none' }
  | { status: 'pending' }
  | { status: 'complete'; feed: AnswersFeed }
  | { status: 'error'; failure: AnswersFailure; httpStatus?: number };

type Settled = Extract<AnswersState, { status: 'complete' | 'error' }>;

const shared = new Map<string, Promise<Settled>>();

async function fetchAnswers(url: string, timeout: number): Promise<Settled> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return { status: 'error', failure: 'http', httpStatus: response.status };
    const validation = validateAnswers(await response.json());
    return validation.ok ? { status: 'complete', feed: validation.feed } : { status: 'error', failure: 'invalid' };
  } catch {
    return { status: 'error', failure: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Loads the answers at `url` (absolute), once per page unless `reload`. Never rejects. */
export function loadAnswers(url: string, timeout = DEFAULT_TIMEOUT, reload = false): Promise<Settled> {
  let request = reload ? undefined : shared.get(url);
  if (!request) {
    request = fetchAnswers(url, timeout);
    shared.set(url, request);
    const kept = request;
    void kept.then((result) => {
      if (result.status === 'error' && shared.get(url) === kept) shared.delete(url);
    });
  }
  return request;
}

/**
 * The answers' absolute URL: `own` (an element's attribute, relative to the
 * page) when given, else the feed's `feedback.answersUrl`, relative to the
 * feed's own URL `src`. Undefined when neither names one.
 */
export function answersUrlOf(own: string | undefined, fromFeed: string | undefined, src: string | undefined) {
  const page = globalThis.document?.baseURI ?? 'http://localhost/';
  const absolute = (url: string | undefined, base: string) => {
    if (!url) return undefined;
    try {
      return new URL(url, base).href;
    } catch {
      return undefined;
    }
  };
  return own ? absolute(own, page) : absolute(fromFeed, absolute(src, page) ?? page);
}

/** Forgets every loaded answers list (tests). */
export function clearAnswersCache(): void {
  shared.clear();
}

/** The answers of a widget, from the absolute URL `urlOf` names (undefined: none to load). */
export class AnswersTask implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #urlOf: () => string | undefined;
  #url?: string;
  #state: AnswersState = { status: 'none' };
  #running: Promise<void> = Promise.resolve();
  #runs = 0;

  constructor(host: ReactiveControllerHost, urlOf: () => string | undefined) {
    this.#host = host;
    this.#urlOf = urlOf;
    host.addController(this);
  }

  get state(): AnswersState {
    return this.#state;
  }

  /** Settles once the current load has finished. */
  get complete(): Promise<void> {
    return this.#running;
  }

  /** Before each render: a new URL starts a load. */
  hostUpdate(): void {
    const url = this.#urlOf();
    if (url !== this.#url) this.#start(url, false);
  }

  retry(): void {
    this.#start(this.#url, true);
  }

  #start(url: string | undefined, reload: boolean): void {
    this.#url = url;
    const run = ++this.#runs;
    if (!url) {
      this.#state = { status: 'none' };
      this.#running = Promise.resolve();
      return;
    }
    this.#state = { status: 'pending' };
    this.#running = loadAnswers(url, DEFAULT_TIMEOUT, reload).then((result) => {
      if (run !== this.#runs) return;
      this.#state = result;
      this.#host.requestUpdate();
    });
    if (reload) this.#host.requestUpdate();
  }
}
