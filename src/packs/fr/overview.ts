import type { PlanOverviewStrings } from '../../plan-overview/plan-overview.strings.js';
import { plural } from '../../shared/i18n.js';

export const overview: PlanOverviewStrings = {
  period: 'Période',
  periodRange: (start, end) => `Du ${start} au ${end}`,
  leadInstitutions: 'Institutions pilotes',
  monitoringBody: 'Suivi indépendant',
  summaryHeading: 'Résumé',
  commitments: { one: '{n} engagement', other: '{n} engagements' },
  commitmentsByStatus: {
    'not-started': { one: '{n} non commencé', other: '{n} non commencés' },
    'in-progress': { one: '{n} en cours', other: '{n} en cours' },
    delayed: { one: '{n} en retard', other: '{n} en retard' },
    completed: { one: '{n} réalisé', other: '{n} réalisés' },
    cancelled: { one: '{n} annulé', other: '{n} annulés' },
  },
  milestonesCompleted: (done, total) =>
    `${done} ${plural('fr', done, { one: 'jalon réalisé', other: 'jalons réalisés' })} sur ${total}`,
  milestonesCancelled: { one: '{n} jalon annulé', other: '{n} jalons annulés' },
  milestonesOverdue: { one: '{n} jalon en dépassement', other: '{n} jalons en dépassement' },
  overallProgress: 'Avancement global',
  overallProgressNote: (commitments, cancelledLeftOut) =>
    `Moyenne de l’avancement ${plural('fr', commitments, { one: 'de l’engagement', other: 'des {n} engagements' })}` +
    `${cancelledLeftOut ? ' non annulés' : ''}. L’avancement d’un engagement est celui que publie le plan ` +
    'ou, à défaut, la part de ses jalons réalisés (les jalons annulés ne comptent pas).',
  listHeading: 'Engagements',
  filtersLabel: 'Filtrer les engagements',
  search: 'Rechercher',
  searchHint: 'Cherche dans le titre, le résumé, l’axe et l’institution.',
  status: 'État',
  allStatuses: 'Tous les états',
  theme: 'Axe',
  allThemes: 'Tous les axes',
  ogpValue: 'Valeur du gouvernement ouvert',
  allValues: 'Toutes les valeurs',
  lead: 'Institution responsable',
  allLeads: 'Toutes les institutions',
  clearFilters: 'Effacer les filtres',
  noMatches: 'Aucun engagement ne correspond à la recherche ou aux filtres.',
  noCommitments: 'Ce plan n’a pas encore d’engagements.',
  progress: 'Avancement',
  nextMilestone: 'Prochain jalon\u00a0:',
  noOpenMilestones: 'Il ne reste aucun jalon à réaliser.',
  milestonesToggle: { one: '{n} jalon', other: '{n} jalons' },
  milestonesOf: 'de',
  pages: 'Pages des engagements',
};
