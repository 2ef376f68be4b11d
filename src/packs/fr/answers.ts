import type { AnswersStrings } from '../../feedback-answers/feedback-answers.strings.js';
import { plural } from '../../shared/i18n.js';

export const answers: AnswersStrings = {
  heading: 'Questions avec réponse',
  search: 'Rechercher dans les questions et les réponses',
  count: (shown, total) =>
    shown === total
      ? plural('fr', total, { one: '{n} question avec réponse.', other: '{n} questions avec réponse.' })
      : `${plural('fr', shown, { one: '{n} correspond', other: '{n} correspondent' })} sur ${total}.`,
  empty: 'Aucune question n’a encore reçu de réponse.',
  noMatch: (query) => `Aucune question ni réponse ne contient «\u00a0${query}\u00a0».`,
  question: 'Question',
  answer: 'Réponse',
  asked: 'Posée le',
  answered: 'Répondue le',
  noAnswersUrl: 'Le flux n’indique pas où sont les réponses (feedback.answersUrl).',
  errorTitle: 'Nous n’avons pas pu afficher les réponses.',
  loadFailed:
    'Nous n’avons pas pu charger les réponses\u00a0: le serveur n’a pas répondu ou n’autorise pas cette page à les lire. Réessayez plus tard.',
  lookup: {
    heading: 'Ma question a-t-elle reçu une réponse\u00a0?',
    intro: 'Saisissez la référence reçue lors de l’envoi de votre message.',
    label: 'Votre référence',
    hint: 'Elle ressemble à ceci\u00a0: OGP-7K3Q-M9PX-2D4F.',
    submit: 'Vérifier',
    checking: 'Vérification…',
    status: (reference, status) => `Votre message ${reference} est\u00a0: ${status}.`,
    statuses: { nueva: 'nouveau', en_revision: 'en cours d’examen', respondida: 'répondu', cerrada: 'clos' },
    notPublished: 'La réponse n’est pas encore publiée.',
    notFound: (reference) =>
      `Nous n’avons trouvé aucun message avec la référence ${reference}. Vérifiez qu’elle est bien écrite.`,
    malformed: 'Cela ne ressemble pas à une référence\u00a0: elle ressemble à ceci, OGP-7K3Q-M9PX-2D4F.',
    tooMany: 'Vous avez fait beaucoup de vérifications de suite. Attendez une minute et réessayez.',
    failed: 'Nous n’avons pas pu vérifier\u00a0: le serveur n’a pas répondu. Réessayez plus tard.',
  },
};
