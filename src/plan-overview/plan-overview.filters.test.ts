import { expect, html } from '@open-wc/testing';
import { loadDemoFeed } from '../test-support/fixtures.js';
import { hasFilters, NO_FILTERS, normalizeForSearch } from './filters.js';
import { $, $$, choose, count, demo, search, show, shownIds, text, TODAY } from '../test-support/plan-overview.js';

describe('<ogp-plan-overview> filters', () => {
  it('labels every filter', async () => {
    const element = await demo();
    for (const control of $$(element, 'select, input')) {
      expect(text($(element, `label[for="${control.id}"]`))).not.to.equal('');
    }
  });

  it('filters by status', async () => {
    const element = await demo();
    await choose(element, 'status', 'in-progress');
    expect(shownIds(element)).to.deep.equal(['seguimiento-si-ciudadania']);
    expect(count(element)).to.equal('1 compromiso');
    await choose(element, 'status', 'delayed');
    expect(count(element)).to.equal('3 compromisos');
  });

  it('offers only the statuses that some commitment has', async () => {
    const element = await demo();
    const options = $$<HTMLOptionElement>(element, '#filter-status option').map((option) => option.value);
    expect(options).to.deep.equal(['', 'in-progress', 'delayed']);
  });

  it('filters by pillar', async () => {
    const element = await demo();
    await choose(element, 'theme', 'Participación ciudadana');
    expect(shownIds(element)).to.deep.equal(['clubes-juveniles', 'formacion-control-social']);
  });

  it('filters by open government value', async () => {
    const element = await demo();
    await choose(element, 'value', 'transparency');
    expect(shownIds(element)).to.deep.equal(['rendicion-cuentas-pp', 'seguimiento-si-ciudadania']);
  });

  it('filters by lead institution', async () => {
    const element = await demo();
    await choose(element, 'lead', 'Secretaría de la Juventud');
    expect(shownIds(element)).to.deep.equal(['clubes-juveniles']);
  });

  it('combines filters', async () => {
    const element = await demo();
    await choose(element, 'value', 'civic-participation');
    await choose(element, 'theme', 'Rendición de cuentas');
    expect(shownIds(element)).to.deep.equal(['seguimiento-si-ciudadania']);
  });

  it('searches without accents or case', async () => {
    const element = await demo();
    await search(element, 'Participación');
    const withAccents = shownIds(element);
    expect(withAccents.length).to.be.greaterThan(0);
    await search(element, 'participacion');
    expect(shownIds(element)).to.deep.equal(withAccents);
    await search(element, 'PARTICIPACION');
    expect(shownIds(element)).to.deep.equal(withAccents);
    await search(element, 'escuela CONTROL');
    expect(shownIds(element)).to.deep.equal(['formacion-control-social']);
    await search(element, 'juventud');
    expect(shownIds(element)).to.deep.equal(['clubes-juveniles']);
  });

  it('announces the number of results in a polite live region', async () => {
    const element = await demo();
    const live = $(element, '[part="count"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(count(element)).to.equal('4 compromisos');
    await search(element, 'clubes');
    expect(count(element)).to.equal('1 compromiso');
    // The same element stays, so screen readers hear the change.
    expect($(element, '[part="count"]')).to.equal(live);
  });

  it('shows an empty state whose button clears the filters and returns focus to the search box', async () => {
    const element = await demo();
    await choose(element, 'status', 'delayed');
    await search(element, 'ninguna coincidencia posible');
    expect(count(element)).to.equal('0 compromisos');
    const empty = $(element, '[part="empty"]')!;
    expect(text(empty)).to.include('Ningún compromiso coincide');
    await expect(element).to.be.accessible();

    empty.querySelector('button')!.click();
    await element.updateComplete;
    expect(shownIds(element)).to.have.length(4);
    expect($<HTMLInputElement>(element, '#filter-search')!.value).to.equal('');
    expect($<HTMLSelectElement>(element, '#filter-status')!.value).to.equal('');
    expect(element.shadowRoot!.activeElement?.id).to.equal('filter-search');
  });

  it('drops a filter whose choice a new feed no longer offers, so menus and list agree', async () => {
    const element = await show(
      html`<ogp-plan-overview .feed=${await loadDemoFeed()} today=${TODAY}></ogp-plan-overview>`,
    );
    await choose(element, 'theme', 'Participación ciudadana');
    expect(count(element)).to.equal('2 compromisos');
    const feed = await loadDemoFeed();
    for (const commitment of feed.commitments) commitment.theme = 'Otro pilar';
    element.feed = feed;
    await element.loadComplete;
    expect(text($(element, '#filter-theme option:checked'))).to.equal('Todos los pilares');
    expect(count(element)).to.equal('4 compromisos');
    expect($(element, '[part="clear-filters"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('offers "Quitar filtros" next to the filters while some are set', async () => {
    const element = await demo();
    expect($(element, '[part="filters"] [part="clear-filters"]')).to.equal(null);
    await choose(element, 'lead', 'Subsecretaría de Formación');
    $(element, '[part="filters"] [part="clear-filters"]')!.click();
    await element.updateComplete;
    expect(shownIds(element)).to.have.length(4);
  });
});

describe('overview filters', () => {
  it('normalizes text for search: no accents, no case', () => {
    expect(normalizeForSearch('Participación CIUDADANA')).to.equal('participacion ciudadana');
    expect(normalizeForSearch('Niño, Pingüino, ÁRBOL')).to.equal('nino, pinguino, arbol');
  });

  it('does not count a blank search as a filter', () => {
    expect(hasFilters(NO_FILTERS)).to.equal(false);
    expect(hasFilters({ ...NO_FILTERS, query: '   ' })).to.equal(false);
    expect(hasFilters({ ...NO_FILTERS, lead: 'Secretaría de la Juventud' })).to.equal(true);
  });
});
