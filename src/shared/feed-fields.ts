/**
 * The building blocks of the plan feed's schema (feed-schema.ts): its
 * messages, in Spanish plain words, and the field types every part of the
 * feed shares (ids, dates, addresses, numbers, language tags, time zones,
 * currencies, fixed lists).
 */
import * as v from 'valibot';
import { dateFormat } from './intl.js';
import { doc } from './schema-doc.js';

export const MSG = {
  text: 'se esperaba un texto',
  nonEmpty: 'no puede estar vacío',
  localized: 'se esperaba un texto, o un objeto con el texto en cada idioma ({ "es": "…", "en": "…" })',
  languageTag: 'se esperaba una etiqueta de idioma BCP 47, como "es", "fr" o "pt-BR"',
  timeZone: 'se esperaba una zona horaria IANA, como "America/Bogota" o "Africa/Dakar"',
  currency: 'se esperaba un código de moneda ISO 4217, como COP o EUR',
  date: 'se esperaba una fecha AAAA-MM-DD',
  dateTime: 'se esperaba una fecha AAAA-MM-DD o una fecha y hora ISO 8601',
  url: 'se esperaba una dirección web completa (https://…)',
  number: 'se esperaba un número',
  boolean: 'se esperaba true o false',
  list: 'se esperaba una lista',
  object: 'se esperaba un objeto',
  id: 'se esperaba un identificador: letras, números, guiones o guiones bajos',
};

export const oneOf = (values: readonly string[]) => `se esperaba uno de estos valores: ${values.join(', ')}`;

export const nonEmptyString = (description = '') =>
  v.pipe(v.string(MSG.text), v.regex(/\S/, MSG.nonEmpty), v.description(description));

/** Identifiers appear in URLs (`#compromiso-<id>`), so they stay URL-safe. */
export const Id = v.pipe(
  v.string(MSG.id),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, MSG.id),
  v.description(doc('Identificador estable: letras, números, guiones y guiones bajos.')),
);

/** A calendar date, AAAA-MM-DD, checked to be a real day. */
export const IsoDate = v.pipe(
  v.string(MSG.date),
  v.isoDate(MSG.date),
  v.check((value) => isRealDate(value), MSG.date),
  v.description(doc('Fecha AAAA-MM-DD.')),
);

export const IsoDateOrDateTime = v.pipe(
  v.string(MSG.dateTime),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, MSG.dateTime),
  v.check((value) => isRealDate(value.slice(0, 10)), MSG.dateTime),
  v.description(doc('Fecha AAAA-MM-DD, o fecha y hora ISO 8601 con zona horaria.')),
);

export const WebUrl = v.pipe(v.string(MSG.url), v.url(MSG.url), v.description(doc('Dirección web absoluta.')));

/** A page people open: http or https only (`v.url` alone would take javascript:). */
export const PageUrl = v.pipe(
  v.string(MSG.url),
  v.url(MSG.url),
  v.regex(/^https?:\/\//, MSG.url),
  v.description(doc('Dirección web http o https.')),
);

/** An absolute http(s) URL, or a path on the feed's own server ("/api/feedback"). */
export const EndpointUrl = v.pipe(
  v.string(MSG.url),
  v.regex(/^(https?:\/\/[^\s/]+|\/(?!\/))\S*$/, 'se esperaba una dirección https://… o una ruta que empiece por /'),
  v.description(doc('Dirección absoluta, o ruta relativa al servidor del feed.')),
);

export const FiniteNumber = v.pipe(v.number(MSG.number), v.finite(MSG.number));

/** A BCP 47 language tag, in its common shape: "es", "fr", "pt-BR", "zh-Hant-TW". */
export const LanguageTag = v.pipe(
  v.string(MSG.languageTag),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, MSG.languageTag),
  v.description(doc('Etiqueta de idioma BCP 47, como "es", "fr" o "pt-BR".')),
);

/**
 * Human text: a plain string, in the plan's default language, or an object
 * keyed by language tags. That the default language is among the keys is
 * checked across the feed (`checkDefaultLanguage`), since the text alone
 * does not know the plan's language.
 */
export const LocalizedTextSchema = v.union(
  [
    nonEmptyString(),
    v.pipe(
      v.record(LanguageTag, nonEmptyString(), MSG.localized),
      v.description(doc('El texto en cada idioma; el idioma principal del plan es obligatorio.')),
    ),
  ],
  MSG.localized,
);

/** An IANA time zone the JavaScript engine knows ("America/Bogota"). */
export const TimeZone = v.pipe(
  v.string(MSG.timeZone),
  v.regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, MSG.timeZone),
  v.check(isTimeZone, MSG.timeZone),
  v.description(doc('Zona horaria IANA, como "America/Bogota".')),
);

export const Currency = v.pipe(
  v.string(MSG.currency),
  v.regex(/^[A-Z]{3}$/, MSG.currency),
  v.description(doc('Código de moneda ISO 4217, como COP o EUR.')),
);

export const picklist = <const T extends readonly string[]>(values: T, description: string) =>
  v.pipe(v.picklist(values, oneOf(values)), v.description(description));

export const list = <T extends v.GenericSchema>(item: T, description = '') =>
  v.pipe(v.array(item, MSG.list), v.description(description));

function isTimeZone(value: string): boolean {
  try {
    dateFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
