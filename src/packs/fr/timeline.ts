import type { TimelineStrings } from '../../milestone-timeline/milestone-timeline.strings.js';
import { plural } from '../../shared/i18n.js';

const count = (n: number, one: string, other: string) => plural('fr', n, { one, other });

export const timeline: TimelineStrings = {
  heading: 'Calendrier des jalons',
  counts: ({ total, completed, overdue, cancelled }) =>
    `${count(total + cancelled, '{n} jalon', '{n} jalons')}\u00a0: ` +
    `${count(completed, '{n} réalisé', '{n} réalisés')}, ${count(overdue, '{n} en dépassement', '{n} en dépassement')}` +
    `${cancelled ? `, ${count(cancelled, '{n} annulé', '{n} annulés')}` : ''}.`,
  period: (start, end) => `Période du plan\u00a0: du ${start} au ${end}.`,
  today: 'Aujourd’hui',
  todayIs: (date) => `Nous sommes le ${date}.`,
  pages: 'Pages du calendrier',
  keyboardHint: 'Parcourez les jalons avec les flèches\u00a0; Début et Fin mènent au premier et au dernier.',
  noMilestones: 'Le plan n’a pas encore de jalons.',
  unknownCommitment: (id) => `Le plan n’a pas d’engagement avec l’identifiant «\u00a0${id}\u00a0».`,
};
