/**
 * What the tests of <ogp-commitment> share: the widget shown and settled,
 * its shadow root, its text, and the demo feed validated.
 */
import type { html } from '@open-wc/testing';
import '../commitment/define.js';
import type { OgpCommitment } from '../commitment/commitment.js';
import { acceptFeed } from '../core/feed-loader.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import { loadDemoFeed, showWidget } from './fixtures.js';

export { DEMO_TODAY as TODAY } from '../examples/index.js';

export const show = (template: ReturnType<typeof html>) => showWidget<OgpCommitment>('ogp-commitment', template);

export const root = (element: OgpCommitment) => element.shadowRoot!;
export const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function demoFeed(): Promise<PlanFeed> {
  const result = acceptFeed(await loadDemoFeed());
  if (!result.ok) throw new Error('the demo feed must be valid');
  return result.feed;
}
