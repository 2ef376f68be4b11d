/**
 * What the milestone timeline says, in Spanish and English. The words of
 * each milestone (due date, completion, evidence) are the milestone list's,
 * shared with <ogp-commitment> and <ogp-plan-overview>.
 */
import type { MilestoneCounts } from '../shared/derive.js';
import { type Lang, plural, type Translations } from '../shared/i18n.js';

export interface TimelineStrings {
  heading: string;
  counts: (counts: MilestoneCounts) => string;
  period: (start: string, end: string) => string;
  today: string;
  keyboardHint: string;
  noMilestones: string;
  unknownCommitment: (id: string) => string;
}

const count = (lang: Lang, n: number, one: string, other: string) => plural(lang, n, { one, other });

export const timelineStrings: Translations<TimelineStrings> = {
  es: {
    heading: 'Cronograma de hitos',
    counts: ({ total, completed, overdue }) =>
      `${count('es', total, '{n} hito', '{n} hitos')}: ` +
      `${count('es', completed, '{n} cumplido', '{n} cumplidos')}, ${count('es', overdue, '{n} vencido', '{n} vencidos')}.`,
    period: (start, end) => `Periodo del plan: del ${start} al ${end}.`,
    today: 'Hoy',
    keyboardHint: 'Recorra los hitos con las flechas; Inicio y Fin van al primero y al último.',
    noMilestones: 'El plan todavía no tiene hitos.',
    unknownCommitment: (id) => `El plan no tiene un compromiso con el id «${id}».`,
  },
  en: {
    heading: 'Milestone timeline',
    counts: ({ total, completed, overdue }) =>
      `${count('en', total, '{n} milestone', '{n} milestones')}: ` +
      `${count('en', completed, '{n} completed', '{n} completed')}, ${count('en', overdue, '{n} overdue', '{n} overdue')}.`,
    period: (start, end) => `Plan period: ${start} to ${end}.`,
    today: 'Today',
    keyboardHint: 'Move through the milestones with the arrow keys; Home and End go to the first and the last.',
    noMilestones: 'The plan has no milestones yet.',
    unknownCommitment: (id) => `The plan has no commitment with the id “${id}”.`,
  },
};
