import { expect, html } from '@open-wc/testing';
import '../plan-overview/define.js';
import type { OgpPlanOverview } from '../plan-overview/plan-overview.js';
import { fallbackChain, overrideStrings, type Pack, registerLanguage } from '../index.js';
import { ANOTHER_CITY } from '../examples/index.js';
import { commonStrings } from '../shared/i18n.js';
import { loadDemoFeed, showWidget } from '../test-support/fixtures.js';
import { packsLoading, packStrings } from './language-packs.js';

/** The language packs this page has fetched so far, by the path of their module. */
const fetchedPacks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/packs/'));

const overview = (lang: string, feed: unknown) =>
  showWidget<OgpPlanOverview>(
    'ogp-plan-overview',
    html`<div lang=${lang}><ogp-plan-overview .feed=${feed} today="2026-03-01"></ogp-plan-overview></div>`,
  );

const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const heading = (element: OgpPlanOverview) =>
  element.shadowRoot!.querySelector('.commitments .section-heading')!.textContent!.trim();

describe('language packs', () => {
  // First, while this page has shown only Spanish: the packs are separate modules, fetched on demand.
  it('downloads no English or French text on a Spanish page, and only the English sections a widget needs', async () => {
    const feed = await loadDemoFeed();
    const spanish = await overview('es', feed);
    expect(heading(spanish)).to.equal('Compromisos');
    expect(fetchedPacks()).to.deep.equal([]);

    const english = await overview('en', feed);
    expect(heading(english)).to.equal('Commitments');
    await expect(english).to.be.accessible();
    // Only the sections the overview speaks with ("Novedades" included: no flash of Spanish when a feed has changes).
    expect(fetchedPacks().sort()).to.deep.equal([
      '/src/packs/en/changes.ts',
      '/src/packs/en/common.ts',
      '/src/packs/en/overview.ts',
    ]);
  });

  it('shows nothing, rather than Spanish, until the pack of its language has arrived', async () => {
    const feed = await loadDemoFeed();
    const wrapper = document.createElement('div');
    wrapper.lang = 'fr';
    const element = document.createElement('ogp-plan-overview');
    element.feed = feed;
    wrapper.append(element);
    document.body.append(wrapper);
    try {
      await Promise.resolve();
      expect(element.shadowRoot!.textContent!.trim(), 'before the French pack arrived').to.equal('');
      await element.loadComplete;
      expect(heading(element)).to.equal('Engagements');
      expect(text(element)).not.to.contain('Compromisos');
    } finally {
      wrapper.remove();
    }
  });

  it('orders the fallbacks: the language, its base, the feed’s default and its base, then Spanish', () => {
    expect(fallbackChain('es-CO')).to.deep.equal(['es-CO', 'es']);
    expect(fallbackChain('pt-BR', 'fr')).to.deep.equal(['pt-BR', 'pt', 'fr', 'es']);
    expect(fallbackChain('de', 'fr-CA')).to.deep.equal(['de', 'fr-CA', 'fr', 'es']);
    expect(fallbackChain('en', 'en')).to.deep.equal(['en', 'es']);
  });

  it('speaks the feed’s default language on a page whose language has no pack', async () => {
    const chain = fallbackChain('de-AT', 'fr');
    await packsLoading(chain, ['common']);
    expect(packStrings('common', commonStrings, chain).loading).to.equal('Chargement du plan…');
    expect(packStrings('common', commonStrings, fallbackChain('de-AT')).loading).to.equal('Cargando el plan…');
  });

  it('speaks the feed’s default language when the page’s has no pack (feed schema 1.1, plan.defaultLanguage)', async () => {
    // The francophone sample: its text is French, and so is its plan.defaultLanguage.
    const feed: unknown = await (await fetch(`/demo/${ANOTHER_CITY.feed}`)).json();
    const element = await overview('de', feed);
    expect(heading(element)).to.equal('Engagements');
    expect(text(element)).to.contain('Rechercher');
  });

  it('uses a pack the page registers, and names in the console the strings a JavaScript pack lacks', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      // A page without TypeScript may register an incomplete pack: what it lacks falls back, and is named.
      const portuguese = {
        common: { ...commonStrings, loading: 'Carregando o plano…', retry: 'Tentar de novo' },
        overview: { listHeading: 'Compromissos', search: 'Pesquisar', clearFilters: 'Limpar filtros' },
      } as unknown as Pack;
      registerLanguage('pt', portuguese);
      const element = await overview('pt-BR', await loadDemoFeed());
      expect(heading(element)).to.equal('Compromissos');
      expect(text(element)).to.contain('Pesquisar');
      // What the pack lacks comes from the next language in the chain, Spanish here.
      expect(text(element)).to.contain('Todos los estados');
      const report = warnings.find((message) => message.includes('"pt"'));
      expect(report).to.contain('overview.allStatuses');
      expect(report).to.contain('overview.noMatches');
      expect(report).not.to.contain('overview.search,');
    } finally {
      console.warn = warn;
    }
  });

  it('makes a pack that lacks a string a compile error in TypeScript', () => {
    const english = { common: commonStrings } as Pick<Pack, 'common'>;
    // @ts-expect-error: a pack needs every section (overview, commitment, timeline, chart, form).
    const incomplete: Pack = english;
    expect(incomplete.common.loading).to.equal('Cargando el plan…');
  });

  // Last: overrides hold for the rest of the page.
  it('shows a host’s override of one string, on widgets already on the page too', async () => {
    const element = await overview('es', await loadDemoFeed());
    expect(heading(element)).to.equal('Compromisos');
    overrideStrings('es', { overview: { listHeading: 'Acciones' } });
    await element.updateComplete;
    expect(heading(element)).to.equal('Acciones');
    expect(text(element)).to.contain('Todos los estados');
    const english = await overview('en', await loadDemoFeed());
    expect(heading(english), 'an override of Spanish leaves English alone').to.equal('Commitments');
  });
});
