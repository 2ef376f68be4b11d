/**
 * Plan feeds of any size, for the benchmark and the "many points" stories:
 * one indicator with `observations` daily values (a slow wave with noise,
 * from a fixed seed, so every run draws the same chart) and `milestones`
 * milestones spread over the plan period, 25 per commitment unless
 * `milestonesPerCommitment` says otherwise (participatory-budget scale:
 * 20,000 milestones, 10 per commitment, are 2,000 commitments).
 */
import { STATUSES } from '../shared/feed-schema.js';

const DAY = 86_400_000;
const PLAN_START = Date.UTC(2025, 1, 27);
const PLAN_END = Date.UTC(2027, 9, 31);

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticSize {
  observations?: number;
  milestones?: number;
  milestonesPerCommitment?: number;
}

export const SYNTHETIC_INDICATOR_ID = 'serie-larga';

/** The pillars the commitments take in turn, so a filter by pillar leaves a quarter of them. */
export const SYNTHETIC_THEMES = ['Rendición de cuentas', 'Participación ciudadana', 'Datos abiertos', 'Integridad'];

export function syntheticFeed({ observations = 0, milestones = 0, milestonesPerCommitment: per = 25 }: SyntheticSize) {
  const next = random(42);
  // Daily values ending at the plan's end.
  const first = PLAN_END - (observations - 1) * DAY;
  const values = Array.from({ length: observations }, (_, index) => ({
    date: iso(first + index * DAY),
    value: Math.round((50 + 30 * Math.sin(index / 200) + 8 * (next() - 0.5)) * 10) / 10,
  }));
  const commitments = Array.from({ length: Math.max(1, Math.ceil(milestones / per)) }, (_, group) => ({
    id: `compromiso-${group + 1}`,
    title: { es: `Compromiso de prueba ${group + 1}`, en: `Test commitment ${group + 1}` },
    theme: SYNTHETIC_THEMES[group % SYNTHETIC_THEMES.length],
    lead: 'Secretaría de Participación Ciudadana',
    start: iso(PLAN_START),
    end: iso(PLAN_END),
    milestones: Array.from({ length: Math.min(per, milestones - group * per) }, (_, index) => {
      const position = group * per + index;
      return {
        id: `h${index + 1}`,
        title: { es: `Hito de prueba número ${position + 1}`, en: `Test milestone number ${position + 1}` },
        due: iso(PLAN_START + Math.floor((next() * (PLAN_END - PLAN_START)) / DAY) * DAY),
        status: STATUSES[position % STATUSES.length]!,
      };
    }),
  }));
  return {
    schemaVersion: '1.0',
    plan: {
      id: 'plan-de-prueba',
      title: { es: 'Plan de prueba', en: 'Test plan' },
      jurisdiction: 'Medellín',
      period: { start: iso(PLAN_START), end: iso(PLAN_END) },
      leadInstitutions: ['Secretaría de Participación Ciudadana'],
      monitoringBody: 'Universidad de Antioquia',
      forum: 'Foro Multiactor',
      updatedAt: '2026-11-20',
    },
    commitments,
    indicators: [
      {
        id: SYNTHETIC_INDICATOR_ID,
        commitmentId: commitments[0]!.id,
        name: { es: `Serie diaria de ${observations} valores`, en: `Daily series of ${observations} values` },
        measure: 'number',
        direction: 'higher-is-better',
        baseline: { date: values[0]?.date ?? iso(PLAN_START), value: values[0]?.value ?? 50 },
        targets: [
          { date: iso(PLAN_END - 365 * DAY), value: 75 },
          { date: iso(PLAN_END), value: 90 },
        ],
        observations: values,
        source: 'Datos sintéticos',
        updatedAt: '2026-11-20',
      },
    ],
  };
}
