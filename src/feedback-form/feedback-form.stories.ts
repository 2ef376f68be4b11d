import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_FEED_URL, pendingFeedUrl } from '../test-support/stories.js';
import type { OgpFeedbackForm } from './feedback-form.js';
import { getOutbox } from './outbox.js';
import { openStorage } from './outbox-storage.js';
import { renderWidget } from '../test-support/story-controls.js';
import './define.js';

/**
 * Storybook has no receiver, so fetch is wrapped once to answer for these
 * endpoints, as a receiver would:
 *   …/ok       201 with a reference (also the demo feed's /api/feedback)
 *   …/offline  no connection: the submission is queued
 *   …/flaky    no connection the first time for each submission, then 201
 *   …/reject   422 with the receiver's message
 *   …/pending  no answer (until the widget's 15 s timeout: then it is queued)
 * A submission left by an earlier visit to Storybook always gets 201, so
 * the outbox of the browser you review stories in drains on the next load.
 */
const MOCK_PREFIX = '/__storybook/feedback/';
const ENDPOINTS = {
  ok: `${MOCK_PREFIX}ok`,
  offline: `${MOCK_PREFIX}offline`,
  flaky: `${MOCK_PREFIX}flaky`,
  reject: `${MOCK_PREFIX}reject`,
  pending: `${MOCK_PREFIX}pending`,
};

function mockReceiver(): void {
  const flag = window as { __ogpFeedbackMock?: boolean };
  if (flag.__ogpFeedbackMock) return;
  flag.__ogpFeedbackMock = true;
  const original = window.fetch.bind(window);
  const seen = new Set<string>();
  const pageLoadedAt = Date.now();
  let count = 0;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      location.href,
    );
    const mocked = url.pathname.startsWith(MOCK_PREFIX) || url.pathname === '/api/feedback';
    if (!mocked || init?.method !== 'POST') return original(input, init);
    const mode = url.pathname === '/api/feedback' ? 'ok' : url.pathname.slice(MOCK_PREFIX.length);
    const id = new Headers(init.headers).get('Idempotency-Key') ?? '';
    const createdAt = Date.parse(String((JSON.parse(String(init.body)) as { createdAt?: string }).createdAt));
    const leftOver = createdAt < pageLoadedAt;
    const answer = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', 'Content-Language': 'es' },
      });
    if (mode === 'pending' && !leftOver) {
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    if (!leftOver && (mode === 'offline' || (mode === 'flaky' && !seen.has(id)))) {
      seen.add(id);
      throw new TypeError('Failed to fetch');
    }
    if (mode === 'reject' && !leftOver) {
      return answer(422, {
        message: 'No pudimos recibir el mensaje: el mensaje es muy corto: escriba al menos 10 caracteres.',
      });
    }
    return answer(201, { id, reference: `OGP-7K3Q-M9P${(count++ % 10).toString()}` });
  };
}
mockReceiver();

const meta: Meta = {
  title: 'Widgets/Feedback form',
  component: 'ogp-feedback-form',
  args: { src: DEMO_FEED_URL, endpoint: ENDPOINTS.ok, 'min-fill-seconds': 0 },
  render: renderWidget('ogp-feedback-form'),
};
export default meta;

type Story = StoryObj;

// ------------------------------------------------------------ play helpers

async function formIn(canvas: HTMLElement): Promise<OgpFeedbackForm> {
  const element = canvas.querySelector('ogp-feedback-form')!;
  await element.loadComplete;
  await element.updateComplete;
  return element;
}

function setValue(element: OgpFeedbackForm, selector: string, value: string): void {
  const input = element.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function fillAndSend(element: OgpFeedbackForm): Promise<void> {
  const root = element.shadowRoot!;
  root.querySelector<HTMLInputElement>('#kind-question')!.click();
  setValue(element, '#message', '¿Cuándo publican el informe de rendición de cuentas de la comuna 13?');
  setValue(element, '#name', 'Ana');
  root.querySelector<HTMLInputElement>('#consent')!.click();
  await element.updateComplete;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

/** Waits until the form shows what a submission ended in. */
async function settled(element: OgpFeedbackForm, selector: string): Promise<void> {
  for (let i = 0; i < 100 && !element.shadowRoot!.querySelector(selector); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// ------------------------------------------------------------------ states

/** The form with the demo feed: commitments to choose from and the data controller from `feedback`. */
export const Ready: Story = {};

/** On a page about one commitment: `commitment-id` preselects it; the person can still choose another. */
export const OnACommitmentPage: Story = { args: { 'commitment-id': 'clubes-juveniles' } };

/** `lang="en"`: the form's words, messages and the data-protection notice in English. */
export const English: Story = { args: { lang: 'en' } };

/** `lang="fr"`: the widget's words, dates and numbers in French; the sample feed's text has no French, so it stays Spanish, marked `lang="es"`. */
export const French: Story = { args: { lang: 'fr' } };

/** Only an `endpoint`, no feed: everything but the choice of commitment; the notice from attributes. */
export const EndpointOnly: Story = {
  args: {
    src: undefined,
    'controller-name': 'Alcaldía de Medellín',
    'controller-contact': 'participacion.ciudadana@medellin.gov.co',
    'privacy-policy-url': 'https://www.medellin.gov.co/es/politica-de-tratamiento-de-datos-personales/',
    'consent-version': '2026-11',
  },
};

export const EndpointOnlyEnglish: Story = { args: { ...EndpointOnly.args, lang: 'en' } };

/** Sent with nothing filled in: the error summary takes focus and links to each field. */
export const ErrorSummary: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

export const ErrorSummaryEnglish: Story = { ...ErrorSummary, args: { lang: 'en' } };

/** A reply asked for without an email, and a message too long: what is typed stays. */
export const FieldErrors: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    const root = element.shadowRoot!;
    root.querySelector<HTMLInputElement>('#kind-comment')!.click();
    setValue(element, '#message', 'Muy largo. '.repeat(280));
    root.querySelector<HTMLInputElement>('#wants-reply')!.click();
    root.querySelector<HTMLInputElement>('#consent')!.click();
    await element.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

export const FieldErrorsEnglish: Story = { ...FieldErrors, args: { lang: 'en' } };

/** Sent sooner than `min-fill-seconds` after the form appeared: asked to wait a moment. */
export const TooFast: Story = {
  args: { 'min-fill-seconds': 60 },
  play: async ({ canvasElement }) => fillAndSend(await formIn(canvasElement)),
};

export const TooFastEnglish: Story = { ...TooFast, args: { 'min-fill-seconds': 60, lang: 'en' } };

/** While it is on its way: the button says so and a second click sends nothing. */
export const Sending: Story = {
  args: { endpoint: ENDPOINTS.pending },
  play: async ({ canvasElement }) => fillAndSend(await formIn(canvasElement)),
};

/** Received: a reference number to quote. */
export const Sent: Story = {
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillAndSend(element);
    await settled(element, '[part="reference"]');
  },
};

export const SentEnglish: Story = { ...Sent, args: { lang: 'en' } };

/** No connection: saved in the browser, to be sent by itself. */
export const Queued: Story = {
  args: { endpoint: ENDPOINTS.offline },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillAndSend(element);
    await settled(element, '.result--queued');
  },
};

export const QueuedEnglish: Story = { ...Queued, args: { endpoint: ENDPOINTS.offline, lang: 'en' } };

/** No connection at first; the outbox tries again by itself (about 5 s later) and the reference appears. */
export const QueuedThenSent: Story = {
  args: { endpoint: ENDPOINTS.flaky },
  play: Queued.play,
};

/**
 * After a reload: a message saved on an earlier visit waits ("Enviando…"),
 * then, once the outbox tries again, its reference appears above the form.
 */
export const AfterAReload: Story = {
  args: { endpoint: ENDPOINTS.offline },
  loaders: [
    async () => {
      const outbox = getOutbox();
      const storage = await openStorage('auto');
      const savedAt = outbox.openedAt - 60 * 60 * 1000;
      const id = crypto.randomUUID();
      await storage.put({
        id,
        endpoint: new URL(ENDPOINTS.offline, location.href).href,
        body: JSON.stringify({ id, createdAt: new Date(savedAt).toISOString() }),
        attempts: 3,
        // Not due before the story tries it again itself, so "Enviando…" shows first.
        nextAttemptAt: Date.now() + 60 * 60 * 1000,
        queuedAt: savedAt,
      });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await settled(element, '[part="pending"]');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await getOutbox().flush(true);
  },
};

/** The receiver refused it (4xx): its message, and the text kept. */
export const Rejected: Story = {
  args: { endpoint: ENDPOINTS.reject },
  play: async ({ canvasElement }) => {
    const element = await formIn(canvasElement);
    await fillAndSend(element);
    await settled(element, '#rejection');
  },
};

export const RejectedEnglish: Story = { ...Rejected, args: { endpoint: ENDPOINTS.reject, lang: 'en' } };

/** Neither an endpoint attribute nor `feedback.endpoint` in a feed: the form says it cannot send. */
export const NoEndpoint: Story = { args: { src: undefined, endpoint: undefined } };

export const NoEndpointEnglish: Story = { args: { src: undefined, endpoint: undefined, lang: 'en' } };

/** While the feed loads, the widget keeps its space. */
export const Loading: Story = {
  render: () => html`<ogp-feedback-form src=${pendingFeedUrl()} endpoint=${ENDPOINTS.ok}></ogp-feedback-form>`,
};

/** The narrowest phone: nothing scrolls sideways. */
export const Narrow: Story = {
  render: () =>
    html`<div style="width: 320px; outline: 1px dashed #999">
      <ogp-feedback-form src=${DEMO_FEED_URL} endpoint=${ENDPOINTS.ok}></ogp-feedback-form>
    </div>`,
};
