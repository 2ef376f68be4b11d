/**
 * A big plan, grown from the sample feed, for the "large feed" stories: a
 * city with many commitments, many milestones per commitment and long
 * monthly series. Deterministic (no Math.random), so every render and every
 * screenshot is the same. Valid against the schema (a Node test checks it).
 * The sample comes in as an argument: Storybook and Node import
 * demo/feed.json as a JSON module, which the browser tests' server cannot
 * serve, so this module must not import it.
 */
import type { Commitment, Indicator, Milestone, PlanFeed, Status } from '../shared/feed-schema.js';

export interface LargeFeedOptions {
  commitments?: number;
  milestonesPerCommitment?: number;
  /** Monthly observations per indicator. */
  months?: number;
}

const STATUSES: Status[] = ['completed', 'completed', 'in-progress', 'delayed', 'not-started', 'cancelled'];
const THEMES = [
  { es: 'Rendición de cuentas', en: 'Accountability' },
  { es: 'Participación ciudadana', en: 'Citizen participation' },
  { es: 'Datos abiertos', en: 'Open data' },
  { es: 'Integridad', en: 'Integrity' },
];
const TERRITORIES = ['Popular', 'Santa Cruz', 'Manrique', 'Aranjuez', 'Castilla', 'Doce de Octubre', 'Robledo'];

/** A small linear congruential generator: the same numbers every time. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const pad = (value: number) => String(value).padStart(2, '0');
/** The last day of the month `index` months after January 2025. */
function monthEnd(index: number): string {
  const date = new Date(Date.UTC(2025, index + 1, 0));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function milestone(commitment: number, index: number, count: number): Milestone {
  const month = Math.round(((index + 1) * 32) / (count + 1));
  const status = STATUSES[(commitment + index) % STATUSES.length]!;
  const due = monthEnd(month);
  return {
    id: `h${index + 1}`,
    title: {
      es: `Hito ${index + 1} del compromiso ${commitment + 1}: entregar el producto ${index + 1} y publicarlo`,
      en: `Milestone ${index + 1} of commitment ${commitment + 1}: deliver output ${index + 1} and publish it`,
    },
    due,
    status,
    ...(status === 'completed'
      ? { completed: due, evidence: [{ url: `https://example.org/evidencia/${commitment + 1}/${index + 1}` }] }
      : {}),
  };
}

function commitment(sample: PlanFeed, index: number, milestones: number): Commitment {
  const template = sample.commitments[index % sample.commitments.length]!;
  return {
    ...template,
    id: `compromiso-${pad(index + 1)}`,
    title: {
      es: `Compromiso ${index + 1}: ${typeof template.title === 'string' ? template.title : template.title.es}`,
      en: `Commitment ${index + 1}: ${typeof template.title === 'string' ? template.title : (template.title.en ?? template.title.es)}`,
    },
    theme: THEMES[index % THEMES.length],
    status: undefined,
    progress: undefined,
    milestones: Array.from({ length: milestones }, (_, i) => milestone(index, i, milestones)),
    indicatorIds: undefined,
  } as Commitment;
}

function indicator(index: number, commitmentId: string, months: number): Indicator {
  const next = numbers(index + 1);
  const lower = index % 2 === 1;
  const start = lower ? 60 : 40;
  const end = lower ? 25 : 85;
  const observations: Indicator['observations'] = [];
  for (let month = 0; month < months; month++) {
    // A steady trend with some noise, always a percentage between 0 and 100.
    const trend = start + ((end - start) * month) / months;
    const value = Math.min(100, Math.max(0, trend + (next() - 0.5) * 6));
    const date = monthEnd(month);
    const total = Math.round(value * 10) / 10;
    observations.push({ date, value: total });
    if (index % 3 === 0) {
      TERRITORIES.forEach((territory, t) =>
        observations.push({
          date,
          value: Math.round((total / TERRITORIES.length) * (0.7 + t * 0.1) * 10) / 10,
          dimensions: { territory },
        }),
      );
    }
  }
  return {
    id: `indicador-${pad(index + 1)}`,
    commitmentId,
    name: { es: `Indicador ${index + 1} del plan grande`, en: `Indicator ${index + 1} of the large plan` },
    measure: 'percentage',
    direction: lower ? 'lower-is-better' : 'higher-is-better',
    baseline: { date: '2024-12-31', value: lower ? 60 : 40 },
    targets: [{ date: monthEnd(months + 6), value: lower ? 20 : 90 }],
    observations,
  } as Indicator;
}

/** `sample` (the demo feed), grown: `commitments` commitments, each with its milestones, an indicator every other one. */
export function largeFeed(
  sample: PlanFeed,
  { commitments = 60, milestonesPerCommitment = 8, months = 120 }: LargeFeedOptions = {},
): PlanFeed {
  const list = Array.from({ length: commitments }, (_, i) => commitment(sample, i, milestonesPerCommitment));
  const indicators = list.filter((_, i) => i % 2 === 0).map((item, i) => indicator(i, item.id, months));
  for (const item of indicators) {
    const owner = list.find((candidate) => candidate.id === item.commitmentId)!;
    owner.indicatorIds = [item.id];
  }
  return {
    ...sample,
    plan: {
      ...sample.plan,
      sampleNote: {
        es: `Plan de prueba con ${commitments} compromisos y ${commitments * milestonesPerCommitment} hitos, generado para medir los widgets.`,
        en: `Test plan with ${commitments} commitments and ${commitments * milestonesPerCommitment} milestones, generated to measure the widgets.`,
      },
    },
    commitments: list,
    indicators,
  };
}
