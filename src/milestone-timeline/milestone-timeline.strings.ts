/**
 * What the milestone timeline says, in Spanish and English. The words of
 * each milestone (due date, completion, evidence) are the milestone list's,
 * shared with <ogp-commitment> and <ogp-plan-overview>.
 */
import type { MilestoneCounts } from '../shared/derive.js';
import { type Lang, plural, type Translations } from '../shared/i18n.js';

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

const count = (lang: Lang, n: number, one: string, other: string) => plural(lang, n, { one, other });

export const timelineStrings: Translations<TimelineStrings> = {
  es: {
    heading: 'Cronograma de hitos',
    counts: ({ total, completed, overdue, cancelled }) =>
      `${count('es', total + cancelled, '{n} hito', '{n} hitos')}: ` +
      `${count('es', completed, '{n} cumplido', '{n} cumplidos')}, ${count('es', overdue, '{n} vencido', '{n} vencidos')}` +
      `${cancelled ? `, ${count('es', cancelled, '{n} cancelado', '{n} cancelados')}` : ''}.`,
    period: (start, end) => `Periodo del plan: del ${start} al ${end}.`,
    today: 'Hoy',
    todayIs: (date) => `Hoy es ${date}.`,
    pages: 'Páginas del cronograma',
    keyboardHint: 'Recorra los hitos con las flechas; Inicio y Fin van al primero y al último.',
    noMilestones: 'El plan todavía no tiene hitos.',
    unknownCommitment: (id) => `El plan no tiene un compromiso con el id «${id}».`,
  },
  en: {
    heading: 'Milestone timeline',
    counts: ({ total, completed, overdue, cancelled }) =>
      `${count('en', total + cancelled, '{n} milestone', '{n} milestones')}: ` +
      `${count('en', completed, '{n} completed', '{n} completed')}, ${count('en', overdue, '{n} overdue', '{n} overdue')}` +
      `${cancelled ? `, ${count('en', cancelled, '{n} cancelled', '{n} cancelled')}` : ''}.`,
    period: (start, end) => `Plan period: ${start} to ${end}.`,
    today: 'Today',
    todayIs: (date) => `Today is ${date}.`,
    pages: 'Timeline pages',
    keyboardHint: 'Move through the milestones with the arrow keys; Home and End go to the first and the last.',
    noMilestones: 'The plan has no milestones yet.',
    unknownCommitment: (id) => `The plan has no commitment with the id “${id}”.`,
  },
};
