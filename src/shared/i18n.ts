/**
 * Languages and the Spanish interface strings every widget and the command
 * line share. No page-wide singleton: each widget resolves its own language
 * (see core/language.ts), so two widgets on one page may speak two
 * languages. A language is any BCP 47 tag; Spanish ships in the core, other
 * languages come as packs (core/language-packs.ts).
 */
import type { OgpValue, Status } from './feed-schema.js';
import { pluralRules } from './intl.js';

/** A BCP 47 language tag in its canonical form: "es", "es-CO", "fr", "pt-BR". */
export type Lang = string;

/** The language of the core, and the last fallback of every other. */
export const DEFAULT_LANG: Lang = 'es';

/**
 * The Intl locale for each language without a region: Colombian Spanish, as
 * Medellín's pages have always shown. Any tag with a region ("es-MX") is its
 * own locale.
 */
const DEFAULT_REGIONS: ReadonlyMap<Lang, string> = new Map([['es', 'es-CO']]);

/** The Intl locale a widget speaking `lang` formats dates, numbers and plurals in. */
export function localeOf(lang: Lang): string {
  return DEFAULT_REGIONS.get(lang) ?? lang;
}

/** "es-CO" to "es": the language without region, script or variants. */
export function baseLanguage(lang: Lang): Lang {
  return lang.split('-')[0]!.toLowerCase();
}

/** A `lang` attribute's value as a canonical tag ("PT-br" to "pt-BR"); Spanish when empty or not a tag. */
export function normalizeLang(value: string | null | undefined): Lang {
  const tag = value?.trim();
  if (!tag) return DEFAULT_LANG;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

/**
 * The wordings of a count, one per plural category of the language
 * (Intl.PluralRules: zero, one, two, few, many, other); `other` is the one
 * every language needs, used for any category a pack leaves out. `{n}`
 * stands for the number.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The wording of `count` in `lang`, chosen through Intl.PluralRules. */
export function plural(lang: Lang, count: number, forms: PluralForms): string {
  const form = forms[pluralRules(localeOf(lang)).select(count)] ?? forms.other;
  return form.replace('{n}', String(count));
}

/** Strings that several widgets share: statuses, values, states, errors, milestones and pages. */
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
    offline: string;
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
  /** A label before its value, "Pilar:" (French puts a no-break space before the colon). */
  label: (text: string) => string;
  /** The milestone list of the commitment, the overview and the timeline. */
  milestones: {
    due: string;
    completedOn: string;
    evidence: string;
    /** The label of an evidence link that has no title of its own. */
    untitledEvidence: (position: number) => string;
    noMilestones: string;
  };
  /** The page navigation of long lists. */
  pagination: {
    previous: string;
    next: string;
    /** The name of a page's button ("Página 3"), whose visible label is the number. */
    page: (number: string) => string;
    /** Which items are shown: "Se muestran del 21 al 40 de 2.000.". */
    range: (first: string, last: string, total: string) => string;
  };
  /** The link from a commitment to the form (core/comment-link.ts). */
  commentOn: string;
  /** The notice over the copy of the plan kept on this device (core/stored-feed.ts); `date` says when it was saved. */
  stored: {
    checking: (date: string) => string;
    /** The refresh failed; its reason follows in the words of `errors`. */
    failed: (date: string) => string;
    current: string;
  };
}

export const commonStrings: CommonStrings = {
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
    network:
      'No pudimos leer los datos del plan: el servidor no respondió o no permite leerlos desde esta página. Intente más tarde.',
    offline: 'Su dispositivo está sin conexión a internet. Cuando vuelva la conexión, pulse «Reintentar».',
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
  label: (text) => `${text}:`,
  milestones: {
    due: 'Fecha límite:',
    completedOn: 'Cumplido el',
    evidence: 'Evidencias:',
    untitledEvidence: (position) => `Evidencia ${position}`,
    noMilestones: 'Este compromiso todavía no tiene hitos.',
  },
  pagination: {
    previous: 'Anterior',
    next: 'Siguiente',
    page: (number) => `Página ${number}`,
    range: (first, last, total) => `Se muestran del ${first} al ${last} de ${total}.`,
  },
  commentOn: 'Comentar este compromiso',
  stored: {
    checking: (date) => `Estos son los datos guardados el ${date} en este dispositivo. Buscando datos nuevos…`,
    failed: (date) => `No pudimos actualizar los datos. Se muestran los guardados el ${date} en este dispositivo.`,
    current: 'Los datos están al día.',
  },
};
