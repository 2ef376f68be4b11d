import type { AgeRange, FeedbackKind, Gender } from '../shared/feedback-schema.js';
import { formatNumber, formatTimeOfDay, pluralNumber } from '../shared/format.js';
import { plural } from '../shared/i18n.js';

/**
 * Why a message waits in the browser: no answer at all, a receiver that asks
 * to try later (408, 425, 429, 5xx), or an answer that did not confirm it (a
 * redirect to some page).
 */
export type QueueCause = 'offline' | 'busy' | 'unconfirmed';

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

export const feedbackFormStrings: FeedbackFormStrings = {
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
  charactersLeft: (count) => pluralNumber('es', count, 'Le queda {n} carácter', 'Le quedan {n} caracteres'),
  charactersOver: (count) => pluralNumber('es', count, 'Tiene {n} carácter de más', 'Tiene {n} caracteres de más'),
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
    `${plural('es', count, { one: 'Tiene {n} mensaje guardado', other: 'Tiene {n} mensajes guardados' })} en este navegador desde el ${formatTimeOfDay('es', since, { hourCycle: 'h23' })}. Enviando…`,
  pendingDelivered: (queuedAt) =>
    `Su mensaje guardado el ${formatTimeOfDay('es', queuedAt, { hourCycle: 'h23' })} llegó. Su número de referencia es`,
  noEndpointTitle: 'El formulario no está disponible.',
  noEndpoint:
    'No sabemos a dónde enviar los mensajes: falta la dirección de envío (el atributo endpoint, o feedback.endpoint en el archivo del plan).',
};
