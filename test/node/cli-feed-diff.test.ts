/**
 * feedChanges: what changed between two versions of a feed, as Markdown
 * bullets for a public changelog.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeItems, feedChanges, withChanges } from '../../src/cli/feed-diff.js';
import { type PlanFeed, validateFeed } from '../../src/shared/feed-schema.js';
import { formatValue } from '../../src/shared/format-value.js';
import { demoFeed } from './cli-helpers.js';
import { DEMO_TODAY as TODAY } from '../../src/examples/index.js';

function changed(edit: (feed: PlanFeed) => void): string[] {
  const after = demoFeed();
  edit(after);
  return feedChanges(demoFeed(), after, TODAY);
}

describe('feedChanges', () => {
  it('says nothing when nothing changed', () => {
    assert.deepEqual(feedChanges(demoFeed(), demoFeed(), TODAY), []);
  });

  it('gives milestone status changes, and the commitment status they change, old → new in Spanish', () => {
    const lines = changed((feed) => {
      const milestone = feed.commitments[1]!.milestones[2]!;
      milestone.status = 'completed';
      milestone.completed = '2026-11-20';
      feed.commitments[2]!.milestones[2]!.status = 'delayed';
    });
    assert.deepEqual(lines, [
      '- Compromiso «Clubes juveniles como espacios de incidencia»: retrasado → en curso.',
      '- Hito «Canal de propuestas juveniles hacia Planeación Local» en «Clubes juveniles como espacios de incidencia»: en curso → cumplido el 20 de noviembre de 2026.',
      '- Hito «Módulo de control social en colegios públicos» en «Escuela de control social para líderes comunitarios»: en curso → retrasado.',
    ]);
  });

  it('gives an explicit commitment status change', () => {
    const lines = changed((feed) => (feed.commitments[3]!.status = 'cancelled'));
    assert.deepEqual(lines, [
      '- Compromiso «Sección de seguimiento y formulario abierto en Sí Ciudadanía»: en curso → cancelado.',
    ]);
  });

  it('gives new and removed commitments and milestones', () => {
    const lines = changed((feed) => {
      const [removed] = feed.commitments.splice(3, 1);
      feed.commitments.push({ ...removed!, id: 'nuevo', title: 'Datos *abiertos* para <todos>' });
      feed.commitments[0]!.milestones.splice(4, 1);
      feed.commitments[0]!.milestones.push({
        id: 'm6',
        title: 'Segundo informe',
        due: '2027-09-30',
        status: 'not-started',
      });
    });
    assert.deepEqual(lines, [
      '- Nuevo hito en «Rendición de cuentas abierta de Planeación Local y Presupuesto Participativo»: «Segundo informe», para el 30 de septiembre de 2027.',
      '- Se retiró el hito «Informe final de rendición de cuentas» en «Rendición de cuentas abierta de Planeación Local y Presupuesto Participativo».',
      '- Nuevo compromiso: «Datos \\*abiertos\\* para \\<todos\\>».',
      '- Se retiró el compromiso «Sección de seguimiento y formulario abierto en Sí Ciudadanía».',
    ]);
  });

  it('gives new, corrected and removed values with their date, breakdown and measure', () => {
    const lines = changed((feed) => {
      const [published, days, youth] = feed.indicators;
      published!.observations.push({ date: '2026-12-31', value: 52 });
      days!.observations.find((observation) => observation.date === '2026-10-31')!.value = 9.4;
      youth!.observations.push({ date: '2026-12-31', value: 1800, dimensions: { sex: 'Mujer' } });
      youth!.observations.splice(0, 1);
    });
    assert.deepEqual(lines, [
      // The percent sign's spacing comes from the ICU data of the Node running the tests.
      `- Nuevo dato de «Proyectos de Presupuesto Participativo con datos de ejecución publicados» al 31 de diciembre de 2026: ${formatValue(52, { measure: 'percentage' }, 'es')}.`,
      '- Se corrigió el dato de «Días para responder una pregunta ciudadana sobre Presupuesto Participativo» al 31 de octubre de 2026: 9,5 → 9,4.',
      '- Nuevo dato de «Jóvenes activos en clubes juveniles» (Mujer) al 31 de diciembre de 2026: 1.800.',
      '- Se retiró el dato de «Jóvenes activos en clubes juveniles» al 30 de junio de 2025.',
    ]);
  });

  it('gives new and removed indicators without listing each of their values', () => {
    const lines = changed((feed) => {
      const [removed] = feed.indicators.splice(3, 1);
      feed.indicators.push({ ...removed!, id: 'personas-certificadas', name: 'Personas certificadas' });
    });
    assert.deepEqual(lines, [
      '- Nuevo indicador: «Personas certificadas».',
      '- Se retiró el indicador «Personas formadas en control social».',
    ]);
  });
});

describe('the feed’s changes (build-feed writes them for the widgets)', () => {
  const edited = () => {
    const after = demoFeed();
    const milestone = after.commitments[1]!.milestones[2]!;
    milestone.status = 'completed';
    milestone.completed = '2026-11-20';
    after.commitments[0]!.milestones.push({
      id: 'm6',
      title: 'Segundo informe',
      due: '2027-09-30',
      status: 'not-started',
    });
    after.indicators[0]!.observations.push({ date: '2026-10-31', value: 50 });
    after.plan.updatedAt = '2026-11-27';
    return after;
  };

  it('lists new milestones and data and new statuses, structured, for the widgets to word', () => {
    assert.deepEqual(changeItems(demoFeed(), edited(), TODAY), [
      { kind: 'milestone-added', commitmentId: 'rendicion-cuentas-pp', milestoneId: 'm6' },
      { kind: 'commitment-status', commitmentId: 'clubes-juveniles', status: 'in-progress' },
      { kind: 'milestone-status', commitmentId: 'clubes-juveniles', milestoneId: 'm3', status: 'completed' },
      { kind: 'observation-added', indicatorId: 'pp-ejecucion-publicada', date: '2026-10-31' },
    ]);
  });

  it('are carried since the previous update, kept by a build that changes nothing, and valid', () => {
    const before = demoFeed();
    const published = withChanges(edited(), before, TODAY);
    assert.equal(published.changes!.since, before.plan.updatedAt.slice(0, 10));
    assert.equal(published.changes!.items.length, 4);
    assert.equal(validateFeed(published).ok, true);
    const rebuilt = withChanges(edited(), published, TODAY);
    assert.deepEqual(rebuilt.changes, published.changes);
    assert.equal(withChanges(edited(), undefined, TODAY).changes, undefined, 'no previous feed, nothing to compare');
  });
});
