/**
 * Words of <ogp-feedback-answers>, in Spanish (other languages: src/packs/,
 * section `answers`). Plain language, short sentences.
 */
import { plural } from '../shared/i18n.js';

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

export const answersStrings: AnswersStrings = {
  heading: 'Preguntas respondidas',
  search: 'Buscar en las preguntas y respuestas',
  count: (shown, total) =>
    shown === total
      ? plural('es', total, { one: '{n} pregunta respondida.', other: '{n} preguntas respondidas.' })
      : `${plural('es', shown, { one: '{n} coincide', other: '{n} coinciden' })} de ${total}.`,
  empty: 'Todavía no hay preguntas respondidas.',
  noMatch: (query) => `Ninguna pregunta ni respuesta contiene «${query}».`,
  question: 'Pregunta',
  answer: 'Respuesta',
  asked: 'Preguntada el',
  answered: 'Respondida el',
  noAnswersUrl: 'El feed no dice dónde están las respuestas (feedback.answersUrl).',
  errorTitle: 'No pudimos mostrar las respuestas.',
  loadFailed:
    'No pudimos cargar las respuestas: el servidor no respondió o no permite leerlas desde esta página. Intente más tarde.',
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
    failed: 'No pudimos consultar: el servidor no respondió. Intente más tarde.',
  },
};
