import { plural, type PluralForms } from '../../shared/i18n.js';
import type { PlanOverviewStrings } from '../../plan-overview/plan-overview.strings.js';

/** Plural forms that are the same word for one and many. */
const same = (text: string): PluralForms => ({ one: text, other: text });

export const overview: PlanOverviewStrings = {
  period: 'Period',
  periodRange: (start, end) => `${start} to ${end}`,
  leadInstitutions: 'Lead institutions',
  monitoringBody: 'Independent monitoring',
  summaryHeading: 'Summary',
  commitments: { one: '{n} commitment', other: '{n} commitments' },
  commitmentsByStatus: {
    'not-started': same('{n} not started'),
    'in-progress': same('{n} in progress'),
    delayed: same('{n} delayed'),
    completed: same('{n} completed'),
    cancelled: same('{n} cancelled'),
  },
  milestonesCompleted: (done, total) => `${done} of ${total} milestones completed`,
  milestonesCancelled: { one: '{n} milestone cancelled', other: '{n} milestones cancelled' },
  milestonesOverdue: { one: '{n} overdue milestone', other: '{n} overdue milestones' },
  overallProgress: 'Overall progress',
  overallProgressNote: (commitments, cancelledLeftOut) =>
    `The average progress of ${plural('en', commitments, { one: 'the commitment', other: 'the {n} commitments' })}` +
    `${cancelledLeftOut ? ' that are not cancelled' : ''}. A commitment's progress is the figure the plan ` +
    'publishes or, when it publishes none, the share of its milestones completed (cancelled ones do not count).',
  listHeading: 'Commitments',
  filtersLabel: 'Filter commitments',
  search: 'Search',
  searchHint: 'Searches the title, summary, pillar and institution.',
  status: 'Status',
  allStatuses: 'All statuses',
  theme: 'Pillar',
  allThemes: 'All pillars',
  ogpValue: 'Open government value',
  allValues: 'All values',
  lead: 'Lead institution',
  allLeads: 'All institutions',
  clearFilters: 'Clear filters',
  noMatches: 'No commitment matches the search or the filters.',
  noCommitments: 'This plan has no commitments yet.',
  progress: 'Progress',
  nextMilestone: 'Next milestone:',
  noOpenMilestones: 'No milestones are left to do.',
  milestonesToggle: { one: '{n} milestone', other: '{n} milestones' },
  milestonesOf: 'of',
  pages: 'Commitment pages',
};
