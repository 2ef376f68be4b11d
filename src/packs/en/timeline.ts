import { plural } from '../../shared/i18n.js';
import type { TimelineStrings } from '../../milestone-timeline/milestone-timeline.strings.js';

const count = (n: number, one: string, other: string) => plural('en', n, { one, other });

export const timeline: TimelineStrings = {
  heading: 'Milestone timeline',
  counts: ({ total, completed, overdue, cancelled }) =>
    `${count(total + cancelled, '{n} milestone', '{n} milestones')}: ` +
    `${count(completed, '{n} completed', '{n} completed')}, ${count(overdue, '{n} overdue', '{n} overdue')}` +
    `${cancelled ? `, ${count(cancelled, '{n} cancelled', '{n} cancelled')}` : ''}.`,
  period: (start, end) => `Plan period: ${start} to ${end}.`,
  today: 'Today',
  todayIs: (date) => `Today is ${date}.`,
  pages: 'Timeline pages',
  keyboardHint: 'Move through the milestones with the arrow keys; Home and End go to the first and the last.',
  noMilestones: 'The plan has no milestones yet.',
  unknownCommitment: (id) => `The plan has no commitment with the id “${id}”.`,
};
