import { expect, fixture, html } from '@open-wc/testing';
import { type OgpMilestoneTimeline, timelineSpan } from './milestone-timeline.js';
import type { Plan } from '../shared/feed-schema.js';
import { loadDemoFeed, serveFeed, uniqueUrl } from '../test-support/fixtures.js';
import { $, $$, day, DEMO, inPage, show, text, TODAY, wide } from '../test-support/milestone-timeline.js';

describe('<ogp-milestone-timeline>', () => {
  it('is accessible, for one commitment and for the whole plan', async () => {
    await expect(await wide()).to.be.accessible();
    const plan = await show(html`<ogp-milestone-timeline src=${DEMO} today=${TODAY}></ogp-milestone-timeline>`);
    await expect(plan).to.be.accessible();
  });

  describe('one commitment', () => {
    it('lists its milestones by due date with status in shape, word and color, and marks the overdue one', async () => {
      const element = await wide();
      const rows = $$(element, '.milestone');
      expect(rows.map((row) => row.dataset.milestone)).to.deep.equal(['m1', 'm2', 'm3', 'm4', 'm5']);
      expect(rows.map((row) => row.dataset.status)).to.deep.equal([
        'completed',
        'completed',
        'delayed',
        'in-progress',
        'not-started',
      ]);
      expect(rows.map((row) => text(row.querySelector('[part="status"]')))).to.deep.equal([
        'Cumplido',
        'Cumplido',
        'Retrasado',
        'En curso',
        'Sin iniciar',
      ]);
      for (const row of rows) {
        expect(row.querySelector('[part="status"] svg'), 'a shape').to.exist;
        expect(row.querySelector('.marker svg'), 'a shape on the axis').to.exist;
      }
      const overdue = rows.filter((row) => row.dataset.overdue === 'true');
      expect(overdue.map((row) => row.dataset.milestone)).to.deep.equal(['m3']);
      expect(text(overdue[0]!.querySelector('[part="overdue"]'))).to.equal('Vencido');
      // An edge in the danger color (#b3261e) sets overdue rows apart.
      expect(getComputedStyle(overdue[0]!).borderInlineStartColor).to.equal('rgb(179, 38, 30)');
      expect(getComputedStyle(rows[0]!).borderInlineStartColor).to.equal('rgba(0, 0, 0, 0)');
      expect(text(rows[2])).to.include('Fecha límite: 30 de junio de 2026');
      expect(text(rows[0])).to.include('Cumplido el 20 de junio de 2025');
      expect(text($(element, '[part="summary"]'))).to.equal(
        '5 hitos: 2 cumplidos, 1 vencido. Periodo del plan: del 27 de febrero de 2025 al 31 de octubre de 2027. ' +
          'Hoy es 27 de noviembre de 2026.',
      );
    });

    it('places each milestone on the axis at its due date, within the plan period', async () => {
      const element = await wide();
      const [start, end] = [day('2025-02-27'), day('2027-10-31')];
      for (const row of $$(element, '.milestone')) {
        const due = row.querySelector('time')!.getAttribute('datetime')!;
        const left = parseFloat((row.querySelector('.marker') as HTMLElement).style.left);
        expect(left).to.be.closeTo(((day(due) - start) / (end - start)) * 100, 1e-3);
      }
      // The axis above spans the same period: its ticks sit where the same scale puts them.
      const axis = $(element, '.scale svg')!;
      const width = Number(axis.getAttribute('viewBox')!.split(' ')[2]);
      const ticks = $$(element, '.axis--x .tick');
      expect(ticks.length).to.be.at.least(2);
      for (const tick of ticks) {
        const x = Number(/translate\(([\d.]+),/.exec(tick.getAttribute('transform')!)![1]);
        expect(x).to.be.closeTo(((day(tick.dataset.value!) - start) / (end - start)) * width, 1e-6);
      }
      // Axis and tracks line up.
      const track = $(element, '.milestone .track')!.getBoundingClientRect();
      const scale = axis.getBoundingClientRect();
      expect(scale.left).to.be.closeTo(track.left, 1);
      expect(scale.width).to.be.closeTo(track.width, 1);
    });

    it('marks today on the axis, as a line across the tracks, and as a row between past and future', async () => {
      const element = await wide();
      expect(text($(element, '.today-mark'))).to.equal('Hoy');
      const items = $$(element, '.milestones > li').map((item) =>
        item.classList.contains('today') ? 'hoy' : item.dataset.milestone,
      );
      expect(items).to.deep.equal(['m1', 'm2', 'm3', 'hoy', 'm4', 'm5']);
      expect(text($(element, '[part="today"]'))).to.equal('Hoy: 27 de noviembre de 2026');
      const base = $(element, '[part="base"]') as HTMLElement;
      expect(base.classList.contains('timeline--today')).to.equal(true);
      const expected = ((day(TODAY) - day('2025-02-27')) / (day('2027-10-31') - day('2025-02-27'))) * 100;
      expect(parseFloat(base.style.getPropertyValue('--_today'))).to.be.closeTo(expected, 1e-6);
    });

    it('leaves out the today mark when today is outside the plan', async () => {
      const element = await show(
        html`<ogp-milestone-timeline
          src=${DEMO}
          today="2030-01-01"
          commitment-id="clubes-juveniles"
        ></ogp-milestone-timeline>`,
      );
      expect($(element, '.today-mark')).to.equal(null);
      expect($(element, '[part="today"]')).to.equal(null);
      expect($(element, '[part="base"]')!.classList.contains('timeline--today')).to.equal(false);
    });

    it('reads a commitment-id with spaces around it, as ogp-commitment does', async () => {
      const element = await show(
        html`<ogp-milestone-timeline
          src=${DEMO}
          today=${TODAY}
          commitment-id="  clubes-juveniles "
        ></ogp-milestone-timeline>`,
      );
      expect(text($(element, '.subject'))).to.equal('Clubes juveniles como espacios de incidencia');
      expect($$(element, '.milestone').map((row) => row.dataset.commitment)).to.deep.equal(
        Array(4).fill('clubes-juveniles'),
      );
      expect($(element, '[part="group-title"]'), 'one commitment, no groups').to.equal(null);
    });

    it('shows the whole plan for a commitment-id of spaces only', async () => {
      const element = await show(
        html`<ogp-milestone-timeline src=${DEMO} today=${TODAY} commitment-id="  "></ogp-milestone-timeline>`,
      );
      expect($$(element, '.milestone')).to.have.length(16);
      expect(text($(element, '.subject'))).to.equal(
        'Primer Plan de Acción Local de Gobierno Abierto de Medellín 2025–2027',
      );
    });

    it('says when a commitment has no milestones', async () => {
      const feed = await loadDemoFeed();
      feed.commitments[0].milestones = [];
      const element = await show(
        html`<ogp-milestone-timeline .feed=${feed} commitment-id=${feed.commitments[0].id}></ogp-milestone-timeline>`,
      );
      expect(text($(element, '.empty'))).to.equal('Este compromiso todavía no tiene hitos.');
      await expect(element).to.be.accessible();
    });
  });

  describe('the whole plan', () => {
    it('groups every milestone under its commitment', async () => {
      const element = await show(html`<ogp-milestone-timeline src=${DEMO} today=${TODAY}></ogp-milestone-timeline>`);
      const feed = await loadDemoFeed();
      expect($$(element, '[part="group-title"]').map(text)).to.deep.equal(
        feed.commitments.map((commitment: { title: { es: string } }) => commitment.title.es),
      );
      expect($$(element, '.milestone')).to.have.length(16);
      // Every milestone listed is counted, the cancelled one too, and named as such.
      expect(text($(element, '[part="summary"]'))).to.equal(
        '16 hitos: 7 cumplidos, 3 vencidos, 1 cancelado. ' +
          'Periodo del plan: del 27 de febrero de 2025 al 31 de octubre de 2027. Hoy es 27 de noviembre de 2026.',
      );
      expect($$(element, '.milestone[data-overdue="true"]').map((row) => row.dataset.commitment)).to.deep.equal([
        'rendicion-cuentas-pp',
        'clubes-juveniles',
        'formacion-control-social',
      ]);
      expect(text($(element, '.subject'))).to.equal(
        'Primer Plan de Acción Local de Gobierno Abierto de Medellín 2025–2027',
      );
    });
  });

  describe('layout', () => {
    it('becomes a vertical list in a narrow container, without sideways scrolling', async () => {
      const element = await show(
        html`<div style="width: 320px">
          <ogp-milestone-timeline src=${DEMO} today=${TODAY}></ogp-milestone-timeline>
        </div>`,
      );
      expect(getComputedStyle($(element, '.scale')!).display).to.equal('none');
      // Each milestone's shape sits on one vertical line, before its words.
      const centers = $$(element, '.marker').map((marker) => {
        const box = marker.getBoundingClientRect();
        return box.left + box.width / 2;
      });
      for (const center of centers) expect(center).to.be.closeTo(centers[0]!, 0.5);
      expect(centers[0]).to.be.lessThan($(element, '.milestone__title')!.getBoundingClientRect().left);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
      const right = element.getBoundingClientRect().right;
      for (const node of $$(element, '*')) {
        const box = node.getBoundingClientRect();
        if (box.width > 0) expect(box.right, node.className).to.be.at.most(right + 0.5);
      }
      await expect(element).to.be.accessible();
    });

    it('shows the axis in a wide container', async () => {
      const element = await wide();
      expect(getComputedStyle($(element, '.scale')!).display).to.not.equal('none');
      expect($(element, '.track')!.getBoundingClientRect().width).to.be.greaterThan(300);
    });

    it('widens the span to milestones outside the plan period', () => {
      const plan = { period: { start: '2025-02-27', end: '2027-10-31' } } as Plan;
      const at = (due: string) => ({ id: due, title: due, due, status: 'not-started' as const });
      expect(timelineSpan(plan, [at('2026-01-01')])).to.deep.equal(['2025-02-27', '2027-10-31']);
      expect(timelineSpan(plan, [at('2024-12-01'), at('2028-03-01')])).to.deep.equal(['2024-12-01', '2028-03-01']);
    });
  });

  describe('languages', () => {
    it('speaks English with lang="en"', async () => {
      const element = await show(
        html`<div lang="en">
          <ogp-milestone-timeline src=${DEMO} today=${TODAY} commitment-id="clubes-juveniles"></ogp-milestone-timeline>
        </div>`,
      );
      expect(text($(element, 'h2'))).to.equal('Milestone timeline');
      expect(text($(element, '.subject'))).to.equal('Youth clubs as spaces for advocacy');
      expect(text($(element, '[part="summary"]'))).to.equal(
        '4 milestones: 2 completed, 1 overdue. Plan period: February 27, 2025 to October 31, 2027. ' +
          'Today is November 27, 2026.',
      );
      expect(text($(element, '[part="today"]'))).to.equal('Today: November 27, 2026');
      expect(text($(element, '[part="overdue"]'))).to.equal('Overdue');
      await expect(element).to.be.accessible();
    });
  });

  describe('states', () => {
    it('keeps its space while loading: a commitment’s milestones, or the first screen of every commitment’s', async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div>
          <ogp-milestone-timeline src=${uniqueUrl('/__test/hang')} commitment-id="x"></ogp-milestone-timeline>
          <ogp-milestone-timeline src=${uniqueUrl('/__test/hang')}></ogp-milestone-timeline>
        </div>`,
      );
      const [one, all] = [...box.children] as OgpMilestoneTimeline[];
      await Promise.all([one.updateComplete, all.updateComplete]);
      const em = parseFloat(getComputedStyle(one).fontSize);
      const reserved = (element: OgpMilestoneTimeline) =>
        $(element, '[part="loading"]')!.getBoundingClientRect().height;
      expect(reserved(one)).to.be.closeTo(36 * em, 1);
      expect(reserved(all)).to.be.closeTo(Math.min(innerHeight, 60 * em), 1);
      await expect(one).to.be.accessible();
    });

    it('shows an error with a retry button when the feed fails', async () => {
      const element = await show(
        html`<ogp-milestone-timeline src=${uniqueUrl('/__test/status/404')}></ogp-milestone-timeline>`,
      );
      expect($(element, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect(text($(element, '[part="retry"]'))).to.equal('Reintentar');
      await expect(element).to.be.accessible();
    });

    it('names an unknown commitment id', async () => {
      const element = await show(
        html`<ogp-milestone-timeline src=${DEMO} commitment-id="no-existe"></ogp-milestone-timeline>`,
      );
      expect(text($(element, '[part="error"]'))).to.include('El plan no tiene un compromiso con el id «no-existe».');
      await expect(element).to.be.accessible();
    });
  });

  describe('hostile hosts and big plans', () => {
    it('becomes a vertical list at 320 px even when the page makes it inline', async () => {
      const element = await inPage(await loadDemoFeed(), 320, 'ogp-milestone-timeline { display: inline }');
      expect(getComputedStyle($(element, '.scale')!).display).to.equal('none');
      const title = $(element, '.milestone__title')!.getBoundingClientRect();
      expect($(element, '.marker')!.getBoundingClientRect().right).to.be.at.most(title.left);
      await expect(element).to.be.accessible();
    });

    it('lines every track up with the axis on a right-to-left page', async () => {
      const element = await inPage(await loadDemoFeed(), 900, '', { dir: 'rtl' });
      const axis = $(element, '.scale__axis')!.getBoundingClientRect();
      for (const track of $$(element, '.track')) {
        const box = track.getBoundingClientRect();
        expect(box.left).to.be.closeTo(axis.left, 0.5);
        expect(box.right).to.be.closeTo(axis.right, 0.5);
      }
      // The axis' labels ("Hoy", the years) stay over the axis, anchored as on a left-to-right page.
      for (const label of $$(element, '.scale text')) {
        const box = label.getBoundingClientRect();
        expect(box.left, text(label)).to.be.at.least(axis.left - 0.5);
        expect(box.right, text(label)).to.be.at.most(axis.right + 0.5);
      }
      await expect(element).to.be.accessible();
    });
  });

  it('renders hostile titles and links as text', async () => {
    const feed = await loadDemoFeed();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    feed.commitments[0].title = hostile;
    feed.commitments[0].milestones[0].title = `${hostile} hito`;
    feed.commitments[0].milestones[0].evidence = [{ title: hostile, url: 'https://example.org/x' }];
    const element = await show(
      html`<ogp-milestone-timeline
        src=${await serveFeed(feed)}
        commitment-id=${feed.commitments[0].id}
      ></ogp-milestone-timeline>`,
    );
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text($(element, '.subject'))).to.equal(hostile);
    expect(text($(element, '.milestone__title'))).to.equal(`${hostile} hito`);
    expect(text($(element, '[part="evidence"]'))).to.include(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
