/**
 * "Novedades desde…": the feed's `changes` (written by build-feed) shown by
 * <ogp-plan-overview> for the whole plan and by <ogp-commitment> for its
 * own, worded in the widget's language; unknown kinds and changes about
 * what is no longer in the feed are left out.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../all.js';
import { DEMO_TODAY } from '../examples/index.js';
import { loadDemoFeed, serveFeed } from '../test-support/fixtures.js';
import type { PlanFeedElement } from './plan-feed-element.js';

async function feedWithChanges(): Promise<string> {
  const feed = await loadDemoFeed();
  feed.commitments[1].milestones[2].status = 'completed';
  feed.changes = {
    since: '2026-11-20',
    items: [
      { kind: 'milestone-status', commitmentId: 'clubes-juveniles', milestoneId: 'm3', status: 'completed' },
      { kind: 'observation-added', indicatorId: 'jovenes-clubes', date: '2026-10-31' },
      { kind: 'commitment-added', commitmentId: 'seguimiento-si-ciudadania' },
      { kind: 'indicator-renamed', indicatorId: 'jovenes-clubes' },
      { kind: 'milestone-added', commitmentId: 'clubes-juveniles', milestoneId: 'retirado' },
    ],
  };
  return serveFeed(feed);
}

async function show(template: ReturnType<typeof html>): Promise<PlanFeedElement> {
  const element = await fixture<PlanFeedElement>(template);
  await element.loadComplete;
  await element.updateComplete;
  return element;
}

const changes = (element: Element) => element.shadowRoot!.querySelector('[part="changes"]');
const items = (element: Element) =>
  [...changes(element)!.querySelectorAll('li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

describe('recent changes (the feed’s `changes`)', () => {
  it('the overview says what changed in the plan since the last update, under a heading of its sections', async () => {
    const overview = await show(
      html`<ogp-plan-overview src=${await feedWithChanges()} today=${DEMO_TODAY}></ogp-plan-overview>`,
    );
    const section = changes(overview)!;
    expect(section.querySelector('h3')!.textContent).to.equal('Novedades desde el 20 de noviembre de 2026');
    expect(items(overview)).to.deep.equal([
      'Hito Canal de propuestas juveniles hacia Planeación Local (de Clubes juveniles como espacios de incidencia): cumplido.',
      'Nuevo dato de Jóvenes activos en clubes juveniles, al 31 de octubre de 2026.',
      'Nuevo compromiso: Sección de seguimiento y formulario abierto en Sí Ciudadanía.',
    ]);
    await expect(overview).to.be.accessible();
  });

  it('the commitment shows only its own: its milestones and its indicators', async () => {
    const commitment = await show(
      html`<ogp-commitment
        src=${await feedWithChanges()}
        commitment-id="clubes-juveniles"
        today=${DEMO_TODAY}
      ></ogp-commitment>`,
    );
    expect(changes(commitment)!.querySelector('h3')!.textContent).to.equal(
      'Novedades desde el 20 de noviembre de 2026',
    );
    expect(items(commitment)).to.deep.equal([
      'Hito Canal de propuestas juveniles hacia Planeación Local: cumplido.',
      'Nuevo dato de Jóvenes activos en clubes juveniles, al 31 de octubre de 2026.',
    ]);
    await expect(commitment).to.be.accessible();
    const other = await show(
      html`<ogp-commitment src=${await feedWithChanges()} commitment-id="formacion-control-social"></ogp-commitment>`,
    );
    expect(changes(other)).to.equal(null);
  });

  it('speaks the widget’s language', async () => {
    const overview = await show(html`<ogp-plan-overview lang="en" src=${await feedWithChanges()}></ogp-plan-overview>`);
    expect(changes(overview)!.querySelector('h3')!.textContent).to.equal('What is new since November 20, 2026');
    expect(items(overview)[2]).to.equal('New commitment: Monitoring section and open form on Sí Ciudadanía.');
  });

  it('shows nothing for a feed without changes', async () => {
    const overview = await show(html`<ogp-plan-overview src="/demo/feed.json"></ogp-plan-overview>`);
    expect(changes(overview)).to.equal(null);
  });
});
