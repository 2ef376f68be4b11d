import type { FeedbackFormStrings } from '../../feedback-form/feedback-form.strings.js';
import { formatNumber, formatTimeOfDay, pluralNumber } from '../../shared/format.js';
import { plural } from '../../shared/i18n.js';

export const form: FeedbackFormStrings = {
  title: 'Commentaires, questions et contributions',
  intro: 'Écrivez-nous à propos du plan de gouvernement ouvert. Nous lisons tous les messages.',
  kindLegend: 'Que souhaitez-vous envoyer\u00a0?',
  kinds: { comment: 'Un commentaire', question: 'Une question', contribution: 'Une contribution' },
  kindHints: {
    comment: 'Votre avis sur le plan ou sur un engagement.',
    question: 'Quelque chose que vous voulez savoir. Pour recevoir une réponse, laissez-nous votre adresse e-mail.',
    contribution: 'Une idée, une donnée ou une proposition pour améliorer le plan.',
  },
  commitmentLabel: 'Sur quel engagement\u00a0? (facultatif)',
  commitmentHint: 'Cela nous aide à transmettre votre message à l’équipe responsable.',
  commitmentNone: 'Le plan en général',
  messageLabel: 'Votre message',
  messageHint: (min, max) =>
    `Entre ${formatNumber(min, 'fr')} et ${formatNumber(max, 'fr')} caractères. N’écrivez rien que vous ne souhaitez pas partager.`,
  charactersLeft: (count) => pluralNumber('fr', count, 'Il vous reste {n} caractère', 'Il vous reste {n} caractères'),
  charactersOver: (count) =>
    pluralNumber('fr', count, 'Vous avez {n} caractère de trop', 'Vous avez {n} caractères de trop'),
  nameLabel: 'Nom (facultatif)',
  nameHint: 'Vous pouvez envoyer votre message sans donner votre nom.',
  wantsReplyLabel: 'Je souhaite une réponse',
  wantsReplyHint: 'Nous vous répondrons par e-mail.',
  emailLabel: 'Adresse e-mail',
  emailLabelOptional: 'Adresse e-mail (facultatif)',
  emailHint: 'Nous n’en avons besoin que si vous souhaitez une réponse, et nous ne l’utilisons que pour vous répondre.',
  emailHintRequired: 'Nous en avons besoin pour vous répondre, et nous ne l’utilisons que pour cela.',
  aboutLegend: 'À propos de vous',
  aboutHint:
    'Le plan tient compte de la diversité de la population\u00a0: ces réponses nous aident à savoir si nous entendons tous les territoires, tous les âges et tous les genres. Nous les analysons sans identifier personne.',
  territoryLabel: 'Quartier ou secteur où vous habitez (facultatif)',
  territoryHint: 'Pour savoir de quels territoires on nous écrit.',
  ageRangeLabel: 'Âge (facultatif)',
  ageRangeHint: 'Pour savoir si nous entendons les jeunes et les personnes âgées.',
  ageRanges: {
    'under-14': 'Moins de 14 ans',
    '14-17': 'De 14 à 17 ans',
    '18-28': 'De 18 à 28 ans',
    '29-44': 'De 29 à 44 ans',
    '45-59': 'De 45 à 59 ans',
    '60-plus': '60 ans ou plus',
  },
  genderLabel: 'Genre (facultatif)',
  genderHint: 'Pour l’approche de genre du plan.',
  genders: {
    woman: 'Femme',
    man: 'Homme',
    'non-binary': 'Personne non binaire',
    other: 'Autre',
    'prefer-not-to-say': 'Je préfère ne pas répondre',
  },
  notAnswered: 'Sans réponse',
  consentTitle: 'Traitement de vos données personnelles',
  consentController: 'Responsable du traitement\u00a0:',
  consentContact: 'Contact\u00a0:',
  consentAddress: 'Adresse\u00a0:',
  consentPurposes: 'Nous utilisons vos données pour\u00a0:',
  defaultPurposes: [
    'Répondre à votre message, si vous demandez une réponse.',
    'Suivre le plan de gouvernement ouvert et publier des rapports sans données personnelles.',
  ],
  consentOptional:
    'Vous pouvez envoyer votre message sans nom ni adresse e-mail, et sans répondre aux questions à votre sujet.',
  consentRights:
    'Vous avez le droit de connaître, de mettre à jour, de rectifier et de supprimer vos données, de retirer cette autorisation et de porter plainte auprès de la Surintendance de l’industrie et du commerce (loi colombienne 1581 de 2012 et décret 1377 de 2013).',
  consentPolicy: 'Politique de traitement des données personnelles',
  consentNoPolicy: 'Vous pouvez demander au responsable sa politique de traitement des données personnelles.',
  consentLabel: 'J’autorise le traitement de mes données personnelles à ces fins.',
  consentHint: 'Sans cette autorisation, nous ne pouvons pas recevoir votre message.',
  trapLabel: 'Site web (laissez ce champ vide)',
  submit: 'Envoyer le message',
  sending: 'Envoi en cours…',
  errorSummaryTitle: 'Il y a un problème',
  errorPrefix: 'Erreur\u00a0:',
  errors: {
    kind: 'Indiquez si votre message est un commentaire, une question ou une contribution.',
    messageEmpty: 'Écrivez votre message.',
    messageShort: (min) => `Votre message doit compter au moins ${formatNumber(min, 'fr')} caractères.`,
    messageLong: (max, count) =>
      `Votre message doit compter ${formatNumber(max, 'fr')} caractères au plus. Il en compte ${formatNumber(count, 'fr')}.`,
    name: (max) => `Votre nom doit compter ${formatNumber(max, 'fr')} caractères au plus.`,
    emailNeeded:
      'Indiquez votre adresse e-mail pour que nous puissions vous répondre, ou décochez «\u00a0Je souhaite une réponse\u00a0».',
    emailInvalid: 'Indiquez une adresse e-mail valide, comme nom@exemple.fr.',
    consent: 'Pour envoyer votre message, cochez la case d’autorisation du traitement des données.',
    other: 'Vérifiez ce champ.',
  },
  tooFast: 'C’était très rapide. Relisez votre message et renvoyez-le dans quelques secondes.',
  rejectedTitle: 'Nous n’avons pas pu envoyer votre message.',
  rejectedStatus: (status) => `Le serveur ne l’a pas accepté (code ${status}).`,
  rejectedRestored: 'Nous avons remis votre message dans le formulaire. Relisez-le et envoyez-le à nouveau.',
  sentTitle: 'Nous avons reçu votre message',
  sentBody: 'Merci de nous avoir écrit.',
  sentReference: 'Votre numéro de référence est le',
  sentReply: 'Nous vous répondrons à votre adresse e-mail.',
  sentLookup: 'Avez-vous déjà une réponse\u00a0? Consultez ici l’état de votre message avec cette référence.',
  queuedTitle: 'Votre message est enregistré',
  queuedCause: {
    offline: 'Impossible de joindre le serveur.',
    busy: 'Le serveur est occupé et n’a pas pu recevoir votre message pour l’instant.',
    unconfirmed: 'Le serveur n’a pas confirmé la réception de votre message.',
  },
  queuedBody: (kept) =>
    `Nous avons enregistré votre message dans ce navigateur et l’enverrons automatiquement, ${kept ? 'même si vous fermez cette page et revenez plus tard. Vous n’avez pas à le réécrire.' : 'si vous gardez cette page ouverte.'}`,
  queuedLater: 'Quand il sera arrivé, nous afficherons ici son numéro de référence.',
  sendAnother: 'Envoyer un autre message',
  pendingWaiting: (count, since) =>
    `${plural('fr', count, { one: 'Vous avez {n} message enregistré', other: 'Vous avez {n} messages enregistrés' })} dans ce navigateur depuis le ${formatTimeOfDay('fr', since)}. Envoi en cours…`,
  pendingDelivered: (queuedAt) =>
    `Votre message enregistré le ${formatTimeOfDay('fr', queuedAt)} est arrivé. Son numéro de référence est le`,
  noEndpointTitle: 'Le formulaire n’est pas disponible.',
  noEndpoint:
    'Nous ne savons pas où envoyer les messages\u00a0: l’adresse d’envoi manque (l’attribut endpoint, ou feedback.endpoint dans le fichier du plan).',
};
