import type { AnswersStrings } from '../../feedback-answers/feedback-answers.strings.js';
import { plural } from '../../shared/i18n.js';

export const answers: AnswersStrings = {
  heading: 'Answered questions',
  search: 'Search the questions and answers',
  count: (shown, total) =>
    shown === total
      ? plural('en', total, { one: '{n} answered question.', other: '{n} answered questions.' })
      : `${plural('en', shown, { one: '{n} matches', other: '{n} match' })} out of ${total}.`,
  empty: 'No questions have been answered yet.',
  noMatch: (query) => `No question or answer contains “${query}”.`,
  question: 'Question',
  answer: 'Answer',
  asked: 'Asked on',
  answered: 'Answered on',
  noAnswersUrl: 'The feed does not say where the answers are (feedback.answersUrl).',
  errorTitle: 'We could not show the answers.',
  loadFailed:
    'We could not load the answers: the server did not answer or does not allow this page to read them. Please try again later.',
  lookup: {
    heading: 'Has my question been answered?',
    intro: 'Type the reference you got when you sent your message.',
    label: 'Your reference',
    hint: 'It looks like this: OGP-7K3Q-M9PX-2D4F.',
    submit: 'Check',
    checking: 'Checking…',
    status: (reference, status) => `Your message ${reference} is: ${status}.`,
    statuses: { nueva: 'new', en_revision: 'in review', respondida: 'answered', cerrada: 'closed' },
    notPublished: 'The answer is not published yet.',
    notFound: (reference) => `We found no message with the reference ${reference}. Check that it is written correctly.`,
    malformed: 'That does not look like a reference: it looks like this, OGP-7K3Q-M9PX-2D4F.',
    tooMany: 'You checked many times in a row. Wait a minute and try again.',
    failed: 'We could not check: the server did not answer. Please try again later.',
  },
};
