/**
 * Helpers shared by the browser tests of <ogp-feedback-form>: a mock
 * receiver of its own for each test (test/server/feedback-mock.js), forms
 * that post to it, the person's actions (type, choose, click, submit), and a
 * clean browser (no outbox, no stored items or drafts) before each test.
 */
import { fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../feedback-form/define.js';
import type { OgpFeedbackForm } from '../feedback-form/feedback-form.js';
import { resetOutbox } from '../feedback-form/outbox.js';

let counter = 0;
/** A receiver of its own for each test. */
export const newKey = (): string => `form-${Date.now()}-${++counter}`;
export const endpointOf = (key: string, query = ''): string => `/__test/feedback/${key}${query}`;

export interface MockLog {
  requests: { idempotencyKey: string; id: string; status: number }[];
  delivered: string[];
  stored: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  bodies: Record<string, any>[];
}

export async function mockLog(key: string): Promise<MockLog> {
  return (await fetch(`/__test/feedback-log/${key}`)).json();
}

export async function setMode(key: string, mode: Record<string, unknown>): Promise<void> {
  await fetch(`/__test/feedback-mode/${key}`, { method: 'PUT', body: JSON.stringify(mode) });
}

export async function show(template: ReturnType<typeof html>): Promise<OgpFeedbackForm> {
  // fixtureSync: fixture() waits for an animation frame, which a background page never gets.
  const found = fixtureSync<HTMLElement>(template);
  const element = (
    found.localName === 'ogp-feedback-form' ? found : found.querySelector('ogp-feedback-form')
  ) as OgpFeedbackForm;
  await element.loadComplete;
  await element.updateComplete;
  return element;
}

/** A form posting to the mock `key`, with no minimum fill time. */
export const form = (key: string, extra = ''): Promise<OgpFeedbackForm> =>
  show(html`<ogp-feedback-form endpoint=${endpointOf(key, extra)} min-fill-seconds="0"></ogp-feedback-form>`);

/** The same on the sample feed, whose territories (Medellín's comunas and corregimientos) it offers. */
export const formOnDemoFeed = (key: string): Promise<OgpFeedbackForm> =>
  show(
    html`<ogp-feedback-form
      src="/demo/feed.json"
      endpoint=${endpointOf(key)}
      min-fill-seconds="0"
    ></ogp-feedback-form>`,
  );

/** Two forms for one endpoint on one page, rendered. */
export async function twoForms(key: string): Promise<{ wrapper: HTMLElement; forms: OgpFeedbackForm[] }> {
  const wrapper = fixtureSync<HTMLElement>(
    html`<div>
      <ogp-feedback-form id="other" endpoint=${endpointOf(key)} min-fill-seconds="0"></ogp-feedback-form>
      <ogp-feedback-form id="mine" endpoint=${endpointOf(key)} min-fill-seconds="0"></ogp-feedback-form>
    </div>`,
  );
  const forms = [...wrapper.querySelectorAll<OgpFeedbackForm>('ogp-feedback-form')];
  await Promise.all(forms.map((element) => element.updateComplete));
  return { wrapper, forms };
}

export const $ = <T extends Element = HTMLElement>(element: OgpFeedbackForm, selector: string) =>
  element.shadowRoot!.querySelector<T & HTMLElement>(selector);
export const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const active = (element: OgpFeedbackForm) => element.shadowRoot!.activeElement as HTMLElement | null;
/** The message field's value. */
export const messageOf = (element: OgpFeedbackForm): string => $<HTMLTextAreaElement>(element, '#message')!.value;

export async function type(element: OgpFeedbackForm, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(element, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

export async function choose(element: OgpFeedbackForm, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

export async function click(element: OgpFeedbackForm, selector: string): Promise<void> {
  $(element, selector)!.click();
  await element.updateComplete;
}

export const MESSAGE = '¿Cuándo publican el informe de la comuna 13?';

/** Fills the required fields (a question, a message, consent). */
export async function fillValid(element: OgpFeedbackForm, message = MESSAGE): Promise<void> {
  await click(element, '#kind-question');
  await type(element, '#message', message);
  if (!$<HTMLInputElement>(element, '#consent')!.checked) await click(element, '#consent');
}

export const submit = (element: OgpFeedbackForm): Promise<void> => click(element, 'button[type="submit"]');

type FormEvents = GlobalEventHandlersEventMap;

/** Submits, and waits for the form's answer `type` (fired on the form, seen on `target`). */
export async function submitFor<K extends keyof FormEvents>(
  element: OgpFeedbackForm,
  type: K,
  target: EventTarget = element,
): Promise<FormEvents[K]> {
  const answer = oneEvent(target, type) as Promise<FormEvents[K]>;
  await submit(element);
  return answer;
}

/** Submits, waits until the receiver has the message, and for the render that says so. */
export async function submitUntilSent(element: OgpFeedbackForm): Promise<void> {
  await submitFor(element, 'ogp-feedback-sent');
  await element.updateComplete;
}

/** Forgets the page's outbox and everything the widget keeps in the browser. */
export async function clearBrowserState(): Promise<void> {
  resetOutbox();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('ogp-plan-widgets');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('ogp-plan-widgets:')) localStorage.removeItem(key);
  }
  sessionStorage.clear();
}

/** Each test of the calling `describe` starts with a clean browser, and leaves no outbox running. */
export function cleanBrowserEachTest(): void {
  beforeEach(clearBrowserState);
  afterEach(() => resetOutbox());
}

/** The outbox keys in localStorage. */
export const storedInLocalStorage = (): string[] =>
  Object.keys(localStorage).filter((item) => item.startsWith('ogp-plan-widgets:feedback-outbox:'));
