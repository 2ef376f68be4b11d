/** Words of <ogp-plan-overview>. Spanish first, plain language, short sentences. */
import type { Status } from '../shared/feed-schema.js';
import { plural, type PluralForms } from '../shared/i18n.js';

/** Plural forms that are the same word for one and many. */
const same = (text: string): PluralForms => ({ one: text, other: text });

export interface PlanOverviewStrings {
  period: string;
  periodRange: (start: string, end: string) => string;
  leadInstitutions: string;
  monitoringBody: string;
  summaryHeading: string;
  commitments: PluralForms;
  /** "{n} en curso", agreeing with "compromisos". */
  commitmentsByStatus: Record<Status, PluralForms>;
  /** Completed out of every milestone, the cancelled ones included (they are listed too). */
  milestonesCompleted: (done: number, total: number) => string;
  milestonesCancelled: PluralForms;
  milestonesOverdue: PluralForms;
  overallProgress: string;
  /** How the overall progress is worked out: an average over `commitments` (the cancelled ones left out). */
  overallProgressNote: (commitments: number, cancelledLeftOut: boolean) => string;
  listHeading: string;
  filtersLabel: string;
  search: string;
  searchHint: string;
  status: string;
  allStatuses: string;
  theme: string;
  allThemes: string;
  ogpValue: string;
  allValues: string;
  lead: string;
  allLeads: string;
  clearFilters: string;
  noMatches: string;
  noCommitments: string;
  progress: string;
  nextMilestone: string;
  noOpenMilestones: string;
  milestonesToggle: PluralForms;
  /** Joins the toggle's count to the commitment's title, for screen readers: "5 hitos de …". */
  milestonesOf: string;
  pages: string;
}

export const planOverviewStrings: PlanOverviewStrings = {
  period: 'Periodo',
  periodRange: (start, end) => `Del ${start} al ${end}`,
  leadInstitutions: 'Instituciones líderes',
  monitoringBody: 'Seguimiento independiente',
  summaryHeading: 'Resumen',
  commitments: { one: '{n} compromiso', other: '{n} compromisos' },
  commitmentsByStatus: {
    'not-started': same('{n} sin iniciar'),
    'in-progress': same('{n} en curso'),
    delayed: { one: '{n} retrasado', other: '{n} retrasados' },
    completed: { one: '{n} cumplido', other: '{n} cumplidos' },
    cancelled: { one: '{n} cancelado', other: '{n} cancelados' },
  },
  milestonesCompleted: (done, total) => `${done} de ${total} hitos cumplidos`,
  milestonesCancelled: { one: '{n} hito cancelado', other: '{n} hitos cancelados' },
  milestonesOverdue: { one: '{n} hito vencido', other: '{n} hitos vencidos' },
  overallProgress: 'Avance general',
  overallProgressNote: (commitments, cancelledLeftOut) =>
    `Promedio del avance de ${plural('es', commitments, { one: 'el compromiso', other: 'los {n} compromisos' })}` +
    `${cancelledLeftOut ? ' que no están cancelados' : ''}. El avance de un compromiso es el que publica el plan ` +
    'o, si no lo publica, la parte de sus hitos cumplidos (los cancelados no cuentan).',
  listHeading: 'Compromisos',
  filtersLabel: 'Filtrar compromisos',
  search: 'Buscar',
  searchHint: 'Busca en el título, el resumen, el pilar y la institución.',
  status: 'Estado',
  allStatuses: 'Todos los estados',
  theme: 'Pilar',
  allThemes: 'Todos los pilares',
  ogpValue: 'Valor de gobierno abierto',
  allValues: 'Todos los valores',
  lead: 'Institución responsable',
  allLeads: 'Todas las instituciones',
  clearFilters: 'Quitar filtros',
  noMatches: 'Ningún compromiso coincide con la búsqueda o los filtros.',
  noCommitments: 'Este plan todavía no tiene compromisos.',
  progress: 'Avance',
  nextMilestone: 'Próximo hito:',
  noOpenMilestones: 'No quedan hitos pendientes.',
  milestonesToggle: { one: '{n} hito', other: '{n} hitos' },
  milestonesOf: 'de',
  pages: 'Páginas de compromisos',
};
