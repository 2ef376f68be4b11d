import type { CommonStrings } from '../../shared/i18n.js';

export const common: CommonStrings = {
  status: {
    'not-started': 'Non commencé',
    'in-progress': 'En cours',
    delayed: 'En retard',
    completed: 'Réalisé',
    cancelled: 'Annulé',
  },
  ogpValue: {
    transparency: 'Transparence',
    'civic-participation': 'Participation citoyenne',
    'public-accountability': 'Redevabilité',
    'technology-innovation': 'Technologie et innovation',
  },
  loading: 'Chargement du plan…',
  retry: 'Réessayer',
  sampleNotice: 'Données d’exemple',
  overdue: 'En dépassement',
  errorTitle: 'Nous n’avons pas pu afficher le plan.',
  errors: {
    noSource: 'La source du plan n’est pas indiquée. L’attribut src manque.',
    network:
      'Impossible de lire les données du plan\u00a0: son serveur n’a pas répondu ou n’autorise pas cette page à les lire. Réessayez plus tard.',
    offline:
      'Votre appareil n’est pas connecté à internet. Quand la connexion revient, appuyez sur «\u00a0Réessayer\u00a0».',
    http: (status) => `Le serveur du plan a répondu par une erreur (code ${status}).`,
    notFound: 'Le fichier du plan est introuvable à cette adresse (erreur 404).',
    notJson: 'Le fichier du plan n’est pas dans un format lisible (ce n’est pas du JSON).',
    invalid: 'Le fichier du plan contient des erreurs.',
    unsupportedVersion: (version) =>
      `Le fichier du plan utilise la version ${version} du format, que cette version des widgets ne sait pas lire.`,
    timeout: 'Le serveur du plan a mis trop de temps à répondre.',
    firstProblems: 'Premiers problèmes\u00a0:',
    moreProblems: (count) => `et ${count} de plus.`,
  },
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  updatedOn: (date) => `Mis à jour le ${date}`,
  label: (text) => `${text}\u00a0:`,
  milestones: {
    due: 'Échéance\u00a0:',
    completedOn: 'Réalisé le',
    evidence: 'Justificatifs\u00a0:',
    untitledEvidence: (position) => `Justificatif ${position}`,
    noMilestones: 'Cet engagement n’a pas encore de jalons.',
  },
  pagination: {
    previous: 'Précédent',
    next: 'Suivant',
    page: (number) => `Page ${number}`,
    range: (first, last, total) => `Affichage de ${first} à ${last} sur ${total}.`,
  },
  commentOn: 'Commenter cet engagement',
  stored: {
    checking: (date) => `Voici les données enregistrées sur cet appareil le ${date}. Recherche de nouvelles données…`,
    failed: (date) =>
      `Nous n’avons pas pu mettre à jour les données. Voici celles enregistrées sur cet appareil le ${date}.`,
    current: 'Les données sont à jour.',
  },
};
