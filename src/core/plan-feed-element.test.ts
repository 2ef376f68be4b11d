import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from './define.js';
import { loadDemoFeed, serveFeed, uniqueUrl, startFreshAndCatchRejections } from '../test-support/fixtures.js';
import { TestPlanTitle } from '../test-support/plan-title.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('PlanFeedElement', () => {
  startFreshAndCatchRejections();

  it('shows a loading state with reserved space, then the feed', async () => {
    const el = await fixture<TestPlanTitle>(
      html`<test-plan-title src=${uniqueUrl('/__test/slow?ms=300')}></test-plan-title>`,
    );
    const loading = shadow(el).querySelector('[part="loading"]') as HTMLElement;
    expect(loading).to.exist;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    await el.loadComplete;
    expect(shadow(el).querySelector('h2')?.textContent).to.contain('Medellín');
    await expect(el).to.be.accessible();
  });

  it('renders a feed given as an object, validated like a fetched one', async () => {
    const feed = await loadDemoFeed();
    const el = await fixture<TestPlanTitle>(html`<test-plan-title .feed=${feed}></test-plan-title>`);
    expect(shadow(el).querySelector('h2')?.textContent).to.contain('Medellín');
    el.feed = { schemaVersion: '1.0', plan: {} };
    await el.loadComplete;
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('tiene errores');
    expect(alert?.textContent).to.contain('/plan/id');
  });

  it('says in plain words that the source is missing', async () => {
    const el = await fixture<TestPlanTitle>(html`<test-plan-title></test-plan-title>`);
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('Falta el atributo src');
    await expect(el).to.be.accessible();
  });

  const failures: [string, () => string, string][] = [
    ['not found', () => uniqueUrl('/__test/status/404'), 'No encontramos el archivo'],
    ['a server error', () => uniqueUrl('/__test/status/500'), 'código 500'],
    ['HTML instead of JSON', () => uniqueUrl('/__test/html'), 'no es JSON'],
    ['truncated JSON', () => uniqueUrl('/__test/truncated'), 'no es JSON'],
  ];
  for (const [name, url, words] of failures) {
    it(`explains ${name} in an alert with a retry button`, async () => {
      const el = await fixture<TestPlanTitle>(html`<test-plan-title src=${url()}></test-plan-title>`);
      await el.loadComplete;
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(alert?.textContent).to.contain(words);
      expect(shadow(el).querySelector('button')?.textContent).to.equal('Reintentar');
      await expect(el).to.be.accessible();
    });
  }

  it('does not blame the reader for a failure it cannot tell apart (server down, or no CORS)', async () => {
    // Port 9 on loopback: nothing listens, and fetch fails as it does for a server that forbids cross-origin reads.
    const el = await fixture<TestPlanTitle>(
      html`<test-plan-title src="http://127.0.0.1:9/feed.json"></test-plan-title>`,
    );
    await el.loadComplete;
    const alert = shadow(el).querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).to.contain('No pudimos leer los datos del plan');
    expect(alert).not.to.match(/su conexión|internet/i);
    await expect(el).to.be.accessible();
  });

  it('says the device is offline when the browser knows it is', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await fixture<TestPlanTitle>(
        html`<test-plan-title src="http://127.0.0.1:9/feed.json"></test-plan-title>`,
      );
      await el.loadComplete;
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('sin conexión a internet');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('explains a timeout', async () => {
    const el = await fixture<TestPlanTitle>(
      html`<test-plan-title timeout="300" src=${uniqueUrl('/__test/hang')}></test-plan-title>`,
    );
    await el.loadComplete;
    expect(text(el)).to.contain('tardó demasiado');
  });

  it('lists the first problems of an invalid feed', async () => {
    const feed = await loadDemoFeed();
    delete feed.commitments[0].title;
    feed.commitments[1].milestones = 'pronto';
    feed.commitments[2].start = 'ayer';
    feed.commitments[3].lead = 7;
    const el = await fixture<TestPlanTitle>(html`<test-plan-title src=${await serveFeed(feed)}></test-plan-title>`);
    await el.loadComplete;
    const items = [...shadow(el).querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    expect(items).to.have.length(3);
    expect(items[0]).to.equal('/commitments/0/title: falta este campo obligatorio');
    expect(text(el)).to.match(/y \d+ más\./);
  });

  it('shares one request among widgets with the same src', async () => {
    const key = `shared-${Date.now()}`;
    const src = `/__test/counted/${key}`;
    const wrapper = await fixture(
      html`<div>
        <test-plan-title src=${src}></test-plan-title><test-plan-title src=${src}></test-plan-title
        ><test-plan-title src=${src}></test-plan-title>
      </div>`,
    );
    const widgets = [...wrapper.querySelectorAll<TestPlanTitle>('test-plan-title')];
    await Promise.all(widgets.map((widget) => widget.loadComplete));
    expect(widgets.every((widget) => shadow(widget).querySelector('h2'))).to.equal(true);
    expect(await (await fetch(`/__test/count/${key}`)).json()).to.equal(1);
  });

  it('speaks the language of the nearest lang, each widget its own', async () => {
    const feed = await loadDemoFeed();
    const wrapper = await fixture(
      html`<div lang="en">
        <test-plan-title .feed=${feed}></test-plan-title>
        <section lang="es"><test-plan-title .feed=${feed}></test-plan-title></section>
      </div>`,
    );
    const [english, spanish] = [...wrapper.querySelectorAll<TestPlanTitle>('test-plan-title')];
    await english!.updateComplete;
    expect(english!.language).to.equal('en');
    expect(text(english!)).to.contain("Medellín's First Local Open Government Action Plan");
    expect(spanish!.language).to.equal('es');
    expect(text(spanish!)).to.contain('Primer Plan de Acción Local');
    wrapper.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await english!.updateComplete;
    expect(text(english!)).to.contain('Primer Plan de Acción Local');
    english!.setAttribute('lang', 'en-GB');
    await english!.updateComplete;
    expect(english!.language, 'the tag as written, canonical').to.equal('en-GB');
    expect(text(english!)).to.contain("Medellín's First Local Open Government Action Plan");
  });

  it('speaks English in error messages too', async () => {
    const el = await fixture<TestPlanTitle>(
      html`<test-plan-title lang="en" src=${uniqueUrl('/__test/status/404')}></test-plan-title>`,
    );
    await el.loadComplete;
    expect(text(el)).to.contain('We could not find the plan file');
    expect(shadow(el).querySelector('button')?.textContent).to.equal('Try again');
  });

  it('registers a tag twice without throwing', () => {
    expect(() => defineElement('test-plan-title', class extends TestPlanTitle {})).to.not.throw();
  });
});

describe('PlanFeedElement on a hostile host page', () => {
  it('keeps its own line height, letter spacing and case when the page styles the element itself', async () => {
    const feed = await loadDemoFeed();
    const el = await fixture<TestPlanTitle>(
      html`<test-plan-title
        style="line-height: 4; letter-spacing: 6px; word-spacing: 9px; text-transform: uppercase; text-align: center"
        .feed=${feed}
      ></test-plan-title>`,
    );
    const title = shadow(el).querySelector('h2')!;
    const style = getComputedStyle(title);
    expect(style.letterSpacing).to.equal('normal');
    expect(style.wordSpacing).to.equal('0px');
    expect(style.textTransform).to.equal('none');
    expect(style.textAlign).to.equal('start');
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.5, 0.01);
  });

  it('is readable when the page shrinks the root font size', async () => {
    document.documentElement.style.fontSize = '6px';
    document.body.style.fontSize = '0.5rem';
    try {
      const el = await fixture<TestPlanTitle>(html`<test-plan-title .feed=${await loadDemoFeed()}></test-plan-title>`);
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(16);
    } finally {
      document.documentElement.style.fontSize = '';
      document.body.style.fontSize = '';
    }
  });
});
