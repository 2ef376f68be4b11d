/**
 * What the milestone timeline says, in Spanish (other languages: src/packs/). The words of
 * each milestone (due date, completion, evidence) are the milestone list's,
 * shared with <ogp-commitment> and <ogp-plan-overview>.
 */
import type { MilestoneCounts } from '../shared/derive.js';
import { plural } from '../shared/i18n.js';

export interface TimelineStrings {
  heading: string;
  /** Every milestone listed, the cancelled ones too, so the count is the list's. */
  counts: (counts: MilestoneCounts) => string;
  period: (start: string, end: string) => string;
  today: string;
  todayIs: (date: string) => string;
  pages: string;
  keyboardHint: string;
  noMilestones: string;
  unknownCommitment: (id: string) => string;
}

const count = (n: number, one: string, other: string) => plural('es', n, { one, other });

export const timelineStrings: TimelineStrings = {
  heading: 'Cronograma de hitos',
  counts: ({ total, completed, overdue, cancelled }) =>
    `${count(total + cancelled, '{n} hito', '{n} hitos')}: ` +
    `${count(completed, '{n} cumplido', '{n} cumplidos')}, ${count(overdue, '{n} vencido', '{n} vencidos')}` +
    `${cancelled ? `, ${count(cancelled, '{n} cancelado', '{n} cancelados')}` : ''}.`,
  period: (start, end) => `Periodo del plan: del ${start} al ${end}.`,
  today: 'Hoy',
  todayIs: (date) => `Hoy es ${date}.`,
  pages: 'Páginas del cronograma',
  keyboardHint: 'Recorra los hitos con las flechas; Inicio y Fin van al primero y al último.',
  noMilestones: 'El plan todavía no tiene hitos.',
  unknownCommitment: (id) => `El plan no tiene un compromiso con el id «${id}».`,
};
