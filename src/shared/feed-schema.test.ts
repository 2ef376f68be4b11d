import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { planTimeZone, withPlanCurrency } from './derive.js';
import { formatIssue, validateFeed } from './feed-schema.js';
import { feedLanguage } from './feed-text.js';
import { loadDemoFeed } from '../test-support/fixtures.js';

describe('validateFeed', () => {
  it('accepts the demo feed', async () => {
    const result = validateFeed(await loadDemoFeed());
    expect(result.ok, JSON.stringify(result)).to.equal(true);
  });

  it('names every problem with a JSON pointer and plain words', async () => {
    const feed = await loadDemoFeed();
    delete feed.commitments[0].title;
    feed.commitments[1].milestones = 'pronto';
    feed.commitments[2].milestones[0].due = '31/12/2026';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const lines = result.issues.map(formatIssue);
    expect(lines).to.include('/commitments/0/title: falta este campo obligatorio');
    expect(lines).to.include('/commitments/1/milestones: se esperaba una lista');
    expect(lines).to.include('/commitments/2/milestones/0/due: se esperaba una fecha AAAA-MM-DD');
  });

  it('rejects dates that do not exist', async () => {
    const feed = await loadDemoFeed();
    feed.plan.period.end = '2027-02-30';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]?.path).to.equal('/plan/period/end');
  });

  it('keeps unknown fields instead of failing on them', async () => {
    const feed = await loadDemoFeed();
    feed.extension = { city: 'Medellín' };
    feed.commitments[0].internalCode = 'PP-01';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect((result.feed as Record<string, unknown>).extension).to.deep.equal({ city: 'Medellín' });
    expect((result.feed.commitments[0] as Record<string, unknown>).internalCode).to.equal('PP-01');
  });

  it('accepts a newer minor version and refuses another major version clearly', async () => {
    const feed = await loadDemoFeed();
    feed.schemaVersion = '1.7';
    expect(validateFeed(feed).ok).to.equal(true);
    feed.schemaVersion = '2.0';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.kind).to.equal('unsupported-version');
    expect(result.issues[0]?.message).to.contain('2.0');
  });

  it('checks what a schema cannot: unique ids, references and date order', async () => {
    const feed = await loadDemoFeed();
    feed.commitments[1].id = feed.commitments[0].id;
    feed.indicators[0].commitmentId = 'no-existe';
    feed.commitments[0].indicatorIds.push('fantasma');
    feed.commitments[2].end = '2020-01-01';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).to.include.members([
      '/commitments/1/id',
      '/indicators/0/commitmentId',
      '/commitments/0/indicatorIds/2',
      '/commitments/2/end',
    ]);
  });

  it('accepts localized text as a plain string or a map with Spanish', async () => {
    const feed = await loadDemoFeed();
    feed.plan.title = 'Plan de Medellín';
    feed.plan.forum = { es: 'Foro', en: 'Forum', pt: 'Fórum' };
    expect(validateFeed(feed).ok).to.equal(true);
    feed.plan.forum = { en: 'Forum only in English' };
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).to.include('/plan/forum');
  });

  it('reads every 1.0 feed as before: the sample without the 1.1 fields is valid and Spanish, in Medellín, in pesos', async () => {
    const feed = await loadDemoFeed();
    feed.schemaVersion = '1.0';
    for (const field of ['defaultLanguage', 'timeZone', 'currency', 'territories']) delete feed.plan[field];
    const result = validateFeed(feed);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(feedLanguage(result.feed.plan)).to.equal('es');
    expect(planTimeZone(result.feed.plan)).to.equal('America/Bogota');
    const money = { ...result.feed.indicators[0]!, measure: 'currency' as const };
    expect(withPlanCurrency(money, result.feed.plan).currency).to.equal('COP');
  });

  it('accepts a plan in another language, with no Spanish at all, and requires its default language', async () => {
    const feed = await loadDemoFeed();
    const french = JSON.parse(
      JSON.stringify(feed, (_key, value: unknown) =>
        value && typeof value === 'object' && 'es' in value ? { fr: `FR ${String(value.es)}` } : value,
      ),
    );
    french.plan.defaultLanguage = 'fr';
    french.plan.timeZone = 'Africa/Dakar';
    french.plan.currency = 'XOF';
    french.commitments[0].title = 'Un texte simple est en français';
    expect(JSON.stringify(french)).not.to.match(/"es":/);
    const result = validateFeed(french);
    expect(result.ok, JSON.stringify(result)).to.equal(true);

    french.commitments[1].summary = { en: 'Only in English' };
    french.plan.territories[2].group = { es: 'Comunas' };
    const missing = validateFeed(french);
    expect(missing.ok).to.equal(false);
    if (!missing.ok) {
      expect(missing.issues.map(formatIssue)).to.deep.equal([
        '/plan/territories/2/group: falta el texto en el idioma principal del plan ("fr")',
        '/commitments/1/summary: falta el texto en el idioma principal del plan ("fr")',
      ]);
    }
  });

  it('refuses a language tag, a time zone or a currency it cannot use', async () => {
    const feed = await loadDemoFeed();
    feed.plan.defaultLanguage = 'français';
    feed.plan.timeZone = 'America/Medellin';
    feed.plan.currency = 'pesos';
    feed.plan.title = { es: 'Plan', 'en US': 'Plan' };
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).to.include.members(['/plan/defaultLanguage', '/plan/timeZone', '/plan/currency']);
    expect(paths.some((path) => path.startsWith('/plan/title'))).to.equal(true);
  });

  it('escapes JSON pointer segments', async () => {
    const feed = await loadDemoFeed();
    feed.indicators[2].observations[1].dimensions = { 'a/b~c': 42 };
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]?.path).to.equal('/indicators/2/observations/1/dimensions/a~1b~0c');
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateFeed(value);
        expect(typeof result.ok).to.equal('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary objects shaped almost like a feed', async () => {
    const demo = await loadDemoFeed();
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('plan', 'commitments', 'indicators', 'feedback', 'schemaVersion'),
        (value, key) => {
          const feed = structuredClone(demo);
          feed[key] = value;
          const result = validateFeed(feed);
          if (!result.ok) expect(result.issues.length).to.be.greaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
