/** Words of <ogp-feedback-answers>. Spanish first, plain language, short sentences. */
import { type Lang, plural, type Translations } from '../shared/i18n.js';

/** A submission's status, as the receiver names it. */
export type AnswerStatus = 'nueva' | 'en_revision' | 'respondida' | 'cerrada';

export interface AnswersStrings {
  heading: string;
  search: string;
  count: (shown: number, total: number) => string;
  empty: string;
  noMatch: (query: string) => string;
  question: string;
  answer: string;
  asked: string;
  answered: string;
  noAnswersUrl: string;
  errorTitle: string;
  loadFailed: string;
  lookup: {
    heading: string;
    intro: string;
    label: string;
    hint: string;
    submit: string;
    checking: string;
    status: (reference: string, status: string) => string;
    statuses: Record<AnswerStatus, string>;
    notPublished: string;
    notFound: (reference: string) => string;
    malformed: string;
    tooMany: string;
    failed: string;
  };
}

const count = (lang: Lang, n: number, one: string, other: string) => plural(lang, n, { one, other });

export const answersStrings: Translations<AnswersStrings> = {
  es: {
    heading: 'Preguntas respondidas',
    search: 'Buscar en las preguntas y respuestas',
    count: (shown, total) =>
      shown === total
        ? count('es', total, '{n} pregunta respondida.', '{n} preguntas respondidas.')
        : `${count('es', shown, '{n} coincide', '{n} coinciden')} de ${total}.`,
    empty: 'Todavía no hay preguntas respondidas.',
    noMatch: (query) => `Ninguna pregunta ni respuesta contiene «${query}».`,
    question: 'Pregunta',
    answer: 'Respuesta',
    asked: 'Preguntada el',
    answered: 'Respondida el',
    noAnswersUrl: 'El feed no dice dónde están las respuestas (feedback.answersUrl).',
    errorTitle: 'No pudimos mostrar las respuestas.',
    loadFailed: 'No pudimos cargar las respuestas. Revise su conexión e intente de nuevo.',
    lookup: {
      heading: '¿Ya respondieron mi pregunta?',
      intro: 'Escriba la referencia que recibió al enviar su mensaje.',
      label: 'Su referencia',
      hint: 'Se ve así: OGP-7K3Q-M9PX-2D4F.',
      submit: 'Consultar',
      checking: 'Consultando…',
      status: (reference, status) => `Su mensaje ${reference} está: ${status}.`,
      statuses: { nueva: 'nueva', en_revision: 'en revisión', respondida: 'respondida', cerrada: 'cerrada' },
      notPublished: 'La respuesta todavía no está publicada.',
      notFound: (reference) =>
        `No encontramos ningún mensaje con la referencia ${reference}. Revise que esté bien escrita.`,
      malformed: 'Esa no parece una referencia: se ve así, OGP-7K3Q-M9PX-2D4F.',
      tooMany: 'Hizo muchas consultas seguidas. Espere un minuto e intente de nuevo.',
      failed: 'No pudimos consultar. Revise su conexión e intente de nuevo.',
    },
  },
  en: {
    heading: 'Answered questions',
    search: 'Search the questions and answers',
    count: (shown, total) =>
      shown === total
        ? count('en', total, '{n} answered question.', '{n} answered questions.')
        : `${count('en', shown, '{n} matches', '{n} match')} out of ${total}.`,
    empty: 'No questions have been answered yet.',
    noMatch: (query) => `No question or answer contains “${query}”.`,
    question: 'Question',
    answer: 'Answer',
    asked: 'Asked on',
    answered: 'Answered on',
    noAnswersUrl: 'The feed does not say where the answers are (feedback.answersUrl).',
    errorTitle: 'We could not show the answers.',
    loadFailed: 'We could not load the answers. Check your connection and try again.',
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
      notFound: (reference) =>
        `We found no message with the reference ${reference}. Check that it is written correctly.`,
      malformed: 'That does not look like a reference: it looks like this, OGP-7K3Q-M9PX-2D4F.',
      tooMany: 'You checked many times in a row. Wait a minute and try again.',
      failed: 'We could not check. Check your connection and try again.',
    },
  },
};
