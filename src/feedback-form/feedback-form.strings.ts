import type { AgeRange, FeedbackKind, Gender } from '../shared/feedback-schema.js';
import { formatNumber } from '../shared/format.js';
import { type Lang, LOCALES, plural, type Translations } from '../shared/i18n.js';
import { dateFormat } from '../shared/intl.js';

/**
 * Why a message waits in the browser: no answer at all, a receiver that asks
 * to try later (408, 425, 429, 5xx), or an answer that did not confirm it (a
 * redirect to some page).
 */
export type QueueCause = 'offline' | 'busy' | 'unconfirmed';

/** When a message was saved, in the person's time: "6 de diciembre a las 14:05", "December 6 at 2:05 PM". */
const savedAt = (lang: Lang, time: number, options: Intl.DateTimeFormatOptions = {}): string =>
  dateFormat(LOCALES[lang], { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', ...options }).format(
    time,
  );

/** A plural with its number written for people ("Le quedan 3.000 caracteres"). */
const counted = (lang: Lang, count: number, one: string, other: string): string =>
  plural(lang, count, { one, other }).replace(String(count), formatNumber(count, lang));

export interface FeedbackFormStrings {
  title: string;
  intro: string;
  kindLegend: string;
  kinds: Record<FeedbackKind, string>;
  kindHints: Record<FeedbackKind, string>;
  commitmentLabel: string;
  commitmentHint: string;
  commitmentNone: string;
  messageLabel: string;
  messageHint: (min: number, max: number) => string;
  charactersLeft: (count: number) => string;
  charactersOver: (count: number) => string;
  nameLabel: string;
  nameHint: string;
  wantsReplyLabel: string;
  wantsReplyHint: string;
  emailLabel: string;
  emailLabelOptional: string;
  emailHint: string;
  emailHintRequired: string;
  aboutLegend: string;
  aboutHint: string;
  territoryLabel: string;
  territoryHint: string;
  territoryUrban: string;
  territoryRural: string;
  ageRangeLabel: string;
  ageRangeHint: string;
  ageRanges: Record<AgeRange, string>;
  genderLabel: string;
  genderHint: string;
  genders: Record<Gender, string>;
  notAnswered: string;
  consentTitle: string;
  consentController: string;
  consentContact: string;
  consentAddress: string;
  consentPurposes: string;
  defaultPurposes: string[];
  consentOptional: string;
  consentRights: string;
  consentPolicy: string;
  consentNoPolicy: string;
  consentLabel: string;
  /** Says, next to the box, that the message cannot go without it. */
  consentHint: string;
  trapLabel: string;
  submit: string;
  sending: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  errors: {
    kind: string;
    messageEmpty: string;
    messageShort: (min: number) => string;
    messageLong: (max: number, count: number) => string;
    name: (max: number) => string;
    emailNeeded: string;
    emailInvalid: string;
    consent: string;
    other: string;
  };
  tooFast: string;
  rejectedTitle: string;
  rejectedStatus: (status: number) => string;
  rejectedRestored: string;
  sentTitle: string;
  sentBody: string;
  sentReference: string;
  sentReply: string;
  /** The link to the page where the reference can be looked up. */
  sentLookup: string;
  queuedTitle: string;
  /** What kept the message from the receiver, in plain words. */
  queuedCause: Record<QueueCause, string>;
  /** `kept`: stored in the browser; otherwise (the browser lets us store nothing) only while the page stays open. */
  queuedBody: (kept: boolean) => string;
  queuedLater: string;
  sendAnother: string;
  /** Messages saved earlier (before a reload) still waiting: how many, since the oldest was saved. */
  pendingWaiting: (count: number, since: number) => string;
  /** Before the reference of a message saved at `queuedAt`, delivered since. */
  pendingDelivered: (queuedAt: number) => string;
  noEndpointTitle: string;
  noEndpoint: string;
}

const es: FeedbackFormStrings = {
  title: 'Comentarios, preguntas y aportes',
  intro: 'Escríbanos sobre el plan de gobierno abierto. Leemos todos los mensajes.',
  kindLegend: '¿Qué quiere enviar?',
  kinds: { comment: 'Un comentario', question: 'Una pregunta', contribution: 'Un aporte' },
  kindHints: {
    comment: 'Su opinión sobre el plan o sobre un compromiso.',
    question: 'Algo que quiere saber. Si quiere una respuesta, déjenos su correo.',
    contribution: 'Una idea, un dato o una propuesta para mejorar el plan.',
  },
  commitmentLabel: '¿Sobre qué compromiso? (opcional)',
  commitmentHint: 'Nos ayuda a llevar su mensaje al equipo responsable.',
  commitmentNone: 'Sobre el plan en general',
  messageLabel: 'Su mensaje',
  messageHint: (min, max) =>
    `Entre ${formatNumber(min, 'es')} y ${formatNumber(max, 'es')} caracteres. No escriba datos que no quiera compartir.`,
  charactersLeft: (count) => counted('es', count, 'Le queda {n} carácter', 'Le quedan {n} caracteres'),
  charactersOver: (count) => counted('es', count, 'Tiene {n} carácter de más', 'Tiene {n} caracteres de más'),
  nameLabel: 'Nombre (opcional)',
  nameHint: 'Puede enviar su mensaje sin nombre.',
  wantsReplyLabel: 'Quiero una respuesta',
  wantsReplyHint: 'Le responderemos por correo electrónico.',
  emailLabel: 'Correo electrónico',
  emailLabelOptional: 'Correo electrónico (opcional)',
  emailHint: 'Solo lo necesitamos si quiere una respuesta, y solo lo usamos para responderle.',
  emailHintRequired: 'Lo necesitamos para responderle, y solo lo usamos para eso.',
  aboutLegend: 'Sobre usted',
  aboutHint:
    'El plan tiene un enfoque diferencial: estas respuestas nos ayudan a saber si escuchamos a todos los territorios, edades y géneros. Las analizamos sin identificar a nadie.',
  territoryLabel: 'Comuna o corregimiento donde vive (opcional)',
  territoryHint: 'Para saber desde qué territorios nos escriben.',
  territoryUrban: 'Comunas',
  territoryRural: 'Corregimientos',
  ageRangeLabel: 'Edad (opcional)',
  ageRangeHint: 'Para saber si escuchamos a jóvenes y a personas mayores.',
  ageRanges: {
    'under-14': 'Menos de 14 años',
    '14-17': 'De 14 a 17 años',
    '18-28': 'De 18 a 28 años',
    '29-44': 'De 29 a 44 años',
    '45-59': 'De 45 a 59 años',
    '60-plus': '60 años o más',
  },
  genderLabel: 'Género (opcional)',
  genderHint: 'Para el enfoque de género del plan.',
  genders: {
    woman: 'Mujer',
    man: 'Hombre',
    'non-binary': 'Persona no binaria',
    other: 'Otro',
    'prefer-not-to-say': 'Prefiero no decir',
  },
  notAnswered: 'Sin responder',
  consentTitle: 'Tratamiento de sus datos personales',
  consentController: 'Responsable del tratamiento:',
  consentContact: 'Contacto:',
  consentAddress: 'Dirección:',
  consentPurposes: 'Usamos sus datos para:',
  defaultPurposes: [
    'Responder su mensaje, si pide una respuesta.',
    'Hacer seguimiento al plan de gobierno abierto y publicar informes sin datos personales.',
  ],
  consentOptional: 'Puede enviar su mensaje sin nombre ni correo, y sin responder las preguntas sobre usted.',
  consentRights:
    'Usted tiene derecho a conocer, actualizar, rectificar y suprimir sus datos, a revocar esta autorización y a presentar quejas ante la Superintendencia de Industria y Comercio (Ley 1581 de 2012 y Decreto 1377 de 2013).',
  consentPolicy: 'Política de tratamiento de datos personales',
  consentNoPolicy: 'Puede pedir la política de tratamiento de datos personales al responsable.',
  consentLabel: 'Autorizo el tratamiento de mis datos personales para estos fines.',
  consentHint: 'Sin esta autorización no podemos recibir su mensaje.',
  trapLabel: 'Sitio web (deje este campo vacío)',
  submit: 'Enviar mensaje',
  sending: 'Enviando…',
  errorSummaryTitle: 'Hay un problema',
  errorPrefix: 'Error:',
  errors: {
    kind: 'Elija si su mensaje es un comentario, una pregunta o un aporte.',
    messageEmpty: 'Escriba su mensaje.',
    messageShort: (min) => `Su mensaje debe tener al menos ${formatNumber(min, 'es')} caracteres.`,
    messageLong: (max, count) =>
      `Su mensaje debe tener ${formatNumber(max, 'es')} caracteres o menos. Ahora tiene ${formatNumber(count, 'es')}.`,
    name: (max) => `Su nombre debe tener ${formatNumber(max, 'es')} caracteres o menos.`,
    emailNeeded: 'Escriba su correo electrónico para que podamos responderle, o desmarque «Quiero una respuesta».',
    emailInvalid: 'Escriba un correo electrónico válido, como nombre@ejemplo.com.',
    consent: 'Para enviar su mensaje, marque la casilla de autorización del tratamiento de datos.',
    other: 'Revise este campo.',
  },
  tooFast: 'Fue muy rápido. Revise su mensaje y vuelva a enviarlo en unos segundos.',
  rejectedTitle: 'No pudimos enviar su mensaje.',
  rejectedStatus: (status) => `El servidor no lo aceptó (código ${status}).`,
  rejectedRestored: 'Recuperamos su mensaje en el formulario. Revíselo y envíelo de nuevo.',
  sentTitle: 'Recibimos su mensaje',
  sentBody: 'Gracias por escribirnos.',
  sentReference: 'Su número de referencia es',
  sentReply: 'Le responderemos a su correo electrónico.',
  sentLookup: '¿Ya respondieron? Consulte aquí el estado de su mensaje con esta referencia.',
  queuedTitle: 'Su mensaje está guardado',
  queuedCause: {
    offline: 'No hubo conexión con el servidor.',
    busy: 'El servidor está ocupado y no pudo recibir su mensaje ahora.',
    unconfirmed: 'El servidor no confirmó que recibió su mensaje.',
  },
  queuedBody: (kept) =>
    `Guardamos su mensaje en este navegador y lo enviaremos automáticamente, ${kept ? 'aunque cierre esta página y vuelva después. No tiene que escribirlo de nuevo.' : 'si no cierra esta página.'}`,
  queuedLater: 'Cuando llegue, le mostraremos aquí el número de referencia.',
  sendAnother: 'Enviar otro mensaje',
  pendingWaiting: (count, since) =>
    `${plural('es', count, { one: 'Tiene {n} mensaje guardado', other: 'Tiene {n} mensajes guardados' })} en este navegador desde el ${savedAt('es', since, { hourCycle: 'h23' })}. Enviando…`,
  pendingDelivered: (queuedAt) =>
    `Su mensaje guardado el ${savedAt('es', queuedAt, { hourCycle: 'h23' })} llegó. Su número de referencia es`,
  noEndpointTitle: 'El formulario no está disponible.',
  noEndpoint:
    'No sabemos a dónde enviar los mensajes: falta la dirección de envío (el atributo endpoint, o feedback.endpoint en el archivo del plan).',
};

const en: FeedbackFormStrings = {
  title: 'Comments, questions and contributions',
  intro: 'Write to us about the open government plan. We read every message.',
  kindLegend: 'What would you like to send?',
  kinds: { comment: 'A comment', question: 'A question', contribution: 'A contribution' },
  kindHints: {
    comment: 'Your opinion on the plan or on a commitment.',
    question: 'Something you want to know. If you want an answer, leave us your email.',
    contribution: 'An idea, a fact or a proposal to improve the plan.',
  },
  commitmentLabel: 'Which commitment is it about? (optional)',
  commitmentHint: 'It helps us take your message to the team in charge.',
  commitmentNone: 'The plan in general',
  messageLabel: 'Your message',
  messageHint: (min, max) =>
    `Between ${formatNumber(min, 'en')} and ${formatNumber(max, 'en')} characters. Do not write anything you do not want to share.`,
  charactersLeft: (count) => counted('en', count, 'You have {n} character left', 'You have {n} characters left'),
  charactersOver: (count) =>
    counted('en', count, 'You have {n} character too many', 'You have {n} characters too many'),
  nameLabel: 'Name (optional)',
  nameHint: 'You can send your message without a name.',
  wantsReplyLabel: 'I would like an answer',
  wantsReplyHint: 'We will answer by email.',
  emailLabel: 'Email address',
  emailLabelOptional: 'Email address (optional)',
  emailHint: 'We only need it if you want an answer, and we only use it to answer you.',
  emailHintRequired: 'We need it to answer you, and we only use it for that.',
  aboutLegend: 'About you',
  aboutHint:
    'The plan takes a differential approach: these answers help us know whether we hear every territory, age and gender. We analyse them without identifying anyone.',
  territoryLabel: 'Comuna or corregimiento where you live (optional)',
  territoryHint: 'To know which parts of the city write to us.',
  territoryUrban: 'Comunas (urban districts)',
  territoryRural: 'Corregimientos (rural districts)',
  ageRangeLabel: 'Age (optional)',
  ageRangeHint: 'To know whether we hear young and older people.',
  ageRanges: {
    'under-14': 'Under 14',
    '14-17': '14 to 17',
    '18-28': '18 to 28',
    '29-44': '29 to 44',
    '45-59': '45 to 59',
    '60-plus': '60 or older',
  },
  genderLabel: 'Gender (optional)',
  genderHint: 'For the plan’s gender approach.',
  genders: {
    woman: 'Woman',
    man: 'Man',
    'non-binary': 'Non-binary',
    other: 'Other',
    'prefer-not-to-say': 'Prefer not to say',
  },
  notAnswered: 'Not answered',
  consentTitle: 'How we treat your personal data',
  consentController: 'Data controller:',
  consentContact: 'Contact:',
  consentAddress: 'Address:',
  consentPurposes: 'We use your data to:',
  defaultPurposes: [
    'Answer your message, if you ask for an answer.',
    'Monitor the open government plan and publish reports without personal data.',
  ],
  consentOptional: 'You can send your message without a name or email, and without answering the questions about you.',
  consentRights:
    'You have the right to know, update, correct and delete your data, to withdraw this authorization and to complain to the Superintendence of Industry and Commerce (Colombian Law 1581 of 2012 and Decree 1377 of 2013).',
  consentPolicy: 'Personal data policy',
  consentNoPolicy: 'You can ask the data controller for its personal data policy.',
  consentLabel: 'I authorize the treatment of my personal data for these purposes.',
  consentHint: 'Without this authorization we cannot receive your message.',
  trapLabel: 'Website (leave this field empty)',
  submit: 'Send message',
  sending: 'Sending…',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    kind: 'Choose whether your message is a comment, a question or a contribution.',
    messageEmpty: 'Write your message.',
    messageShort: (min) => `Your message must be at least ${formatNumber(min, 'en')} characters long.`,
    messageLong: (max, count) =>
      `Your message must be ${formatNumber(max, 'en')} characters or fewer. It now has ${formatNumber(count, 'en')}.`,
    name: (max) => `Your name must be ${formatNumber(max, 'en')} characters or fewer.`,
    emailNeeded: 'Enter your email address so that we can answer you, or untick “I would like an answer”.',
    emailInvalid: 'Enter a valid email address, like name@example.com.',
    consent: 'To send your message, tick the box to authorize the treatment of your data.',
    other: 'Check this field.',
  },
  tooFast: 'That was very fast. Check your message and send it again in a few seconds.',
  rejectedTitle: 'We could not send your message.',
  rejectedStatus: (status) => `The server did not accept it (code ${status}).`,
  rejectedRestored: 'We put your message back in the form. Check it and send it again.',
  sentTitle: 'We received your message',
  sentBody: 'Thank you for writing to us.',
  sentReference: 'Your reference number is',
  sentReply: 'We will answer to your email address.',
  sentLookup: 'Has it been answered? Check the status of your message here with this reference.',
  queuedTitle: 'Your message is saved',
  queuedCause: {
    offline: 'We could not reach the server.',
    busy: 'The server is busy and could not take your message now.',
    unconfirmed: 'The server did not confirm that it received your message.',
  },
  queuedBody: (kept) =>
    `We saved your message in this browser and will send it automatically, ${kept ? 'even if you close this page and come back later. You do not need to write it again.' : 'if you keep this page open.'}`,
  queuedLater: 'When it arrives, we will show its reference number here.',
  sendAnother: 'Send another message',
  pendingWaiting: (count, since) =>
    `${plural('en', count, { one: 'You have {n} message', other: 'You have {n} messages' })} saved in this browser since ${savedAt('en', since)}. Sending…`,
  pendingDelivered: (queuedAt) =>
    `Your message saved on ${savedAt('en', queuedAt)} has arrived. Its reference number is`,
  noEndpointTitle: 'The form is not available.',
  noEndpoint:
    'We do not know where to send messages: the address is missing (the endpoint attribute, or feedback.endpoint in the plan file).',
};

export const feedbackFormStrings: Translations<FeedbackFormStrings> = { es, en };
