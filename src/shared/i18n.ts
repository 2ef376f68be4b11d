/**
 * Languages and the interface strings every widget and the command line
 * share. No page-wide singleton: each widget resolves its own language (see
 * core/language.ts), so two widgets on one page may speak two languages.
 * Spanish is the default; English is chosen by `lang="en"` (or any `en-*`).
 */
import type { OgpValue, Status } from './feed-schema.js';
import { pluralRules } from './intl.js';

export type Lang = 'es' | 'en';
export const LANGS: readonly Lang[] = ['es', 'en'];

/** The Intl locale for each language: Colombian Spanish first. */
export const LOCALES: Record<Lang, string> = { es: 'es-CO', en: 'en-US' };

/** A translation table: one object per language, of the same shape. */
export type Translations<T> = Record<Lang, T>;

export function normalizeLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value.trim()) ? 'en' : 'es';
}

/** Chooses "one" or "other" wording through Intl.PluralRules. */
export function plural(lang: Lang, count: number, forms: { one: string; other: string }): string {
  return (pluralRules(LOCALES[lang]).select(count) === 'one' ? forms.one : forms.other).replace('{n}', String(count));
}

/** Strings that several widgets share: statuses, values, states and errors. */
export interface CommonStrings {
  status: Record<Status, string>;
  ogpValue: Record<OgpValue, string>;
  loading: string;
  retry: string;
  sampleNotice: string;
  overdue: string;
  errorTitle: string;
  errors: {
    noSource: string;
    network: string;
    http: (status: number) => string;
    notFound: string;
    notJson: string;
    invalid: string;
    unsupportedVersion: (version: string) => string;
    timeout: string;
    firstProblems: string;
    moreProblems: (count: number) => string;
  };
  opensInNewTab: string;
  updatedOn: (date: string) => string;
  /** The link from a commitment to the form (core/comment-link.ts). */
  commentOn: string;
}

export const commonStrings: Translations<CommonStrings> = {
  es: {
    status: {
      'not-started': 'Sin iniciar',
      'in-progress': 'En curso',
      delayed: 'Retrasado',
      completed: 'Cumplido',
      cancelled: 'Cancelado',
    },
    ogpValue: {
      transparency: 'Transparencia',
      'civic-participation': 'Participación ciudadana',
      'public-accountability': 'Rendición de cuentas',
      'technology-innovation': 'Tecnología e innovación',
    },
    loading: 'Cargando el plan…',
    retry: 'Reintentar',
    sampleNotice: 'Datos de ejemplo',
    overdue: 'Vencido',
    errorTitle: 'No pudimos mostrar el plan.',
    errors: {
      noSource: 'No se indicó de dónde leer el plan. Falta el atributo src.',
      network: 'No hubo conexión con el servidor del plan. Revise su conexión a internet.',
      http: (status) => `El servidor del plan respondió con un error (código ${status}).`,
      notFound: 'No encontramos el archivo del plan en esa dirección (error 404).',
      notJson: 'El archivo del plan no tiene un formato que podamos leer (no es JSON).',
      invalid: 'El archivo del plan tiene errores.',
      unsupportedVersion: (version) =>
        `El archivo del plan usa la versión ${version} del formato, que esta versión de los widgets no lee.`,
      timeout: 'El servidor del plan tardó demasiado en responder.',
      firstProblems: 'Primeros problemas:',
      moreProblems: (count) => `y ${count} más.`,
    },
    opensInNewTab: '(se abre en otra pestaña)',
    updatedOn: (date) => `Actualizado el ${date}`,
    commentOn: 'Comentar este compromiso',
  },
  en: {
    status: {
      'not-started': 'Not started',
      'in-progress': 'In progress',
      delayed: 'Delayed',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    ogpValue: {
      transparency: 'Transparency',
      'civic-participation': 'Civic participation',
      'public-accountability': 'Public accountability',
      'technology-innovation': 'Technology and innovation',
    },
    loading: 'Loading the plan…',
    retry: 'Try again',
    sampleNotice: 'Sample data',
    overdue: 'Overdue',
    errorTitle: 'We could not show the plan.',
    errors: {
      noSource: 'No plan source was given. The src attribute is missing.',
      network: 'We could not reach the plan’s server. Check your internet connection.',
      http: (status) => `The plan’s server answered with an error (code ${status}).`,
      notFound: 'We could not find the plan file at that address (error 404).',
      notJson: 'The plan file is not in a format we can read (it is not JSON).',
      invalid: 'The plan file has errors.',
      unsupportedVersion: (version) =>
        `The plan file uses version ${version} of the format, which this version of the widgets cannot read.`,
      timeout: 'The plan’s server took too long to answer.',
      firstProblems: 'First problems:',
      moreProblems: (count) => `and ${count} more.`,
    },
    opensInNewTab: '(opens in a new tab)',
    updatedOn: (date) => `Updated on ${date}`,
    commentOn: 'Comment on this commitment',
  },
};
