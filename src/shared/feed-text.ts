/**
 * Feed text in many languages: a plan written in any language, shown in the
 * language a widget speaks when the feed has it.
 *
 * A text is a plain string, in the plan's default language
 * (`plan.defaultLanguage`, "es" when absent), or an object keyed by BCP 47
 * language tags in which the default language is required. A widget asking
 * for "fr-CA" gets "fr-CA", else "fr", else the default language; whatever
 * it gets, `textLang` says which language that is, so the element showing
 * it can carry its own `lang` and screen readers pronounce it right.
 *
 * And reading a feed's JSON text, the same way in the browser's loader and
 * in the command line.
 */
import type { LocalizedText, Plan } from './feed-schema.js';

/** The language of a 1.0 feed, which says none: Spanish, Medellín's. */
export const DEFAULT_FEED_LANGUAGE = 'es';

/** The language a plan's plain-string text is in. */
export function feedLanguage(plan: Pick<Plan, 'defaultLanguage'>): string {
  return plan.defaultLanguage ?? DEFAULT_FEED_LANGUAGE;
}

/** "fr-CA" → "fr". */
const baseOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The key of `text` that best answers `lang`: the same tag (letter case
 * aside), else a key of the same base language ("fr" for "fr-CA", or
 * "fr-CA" for "fr"), else the default language.
 */
function chooseKey(text: Record<string, string>, lang: string, defaultLanguage: string): string {
  const keys = Object.keys(text);
  const wanted = lang.toLowerCase();
  const exact = keys.find((key) => key.toLowerCase() === wanted);
  if (exact) return exact;
  const base = baseOf(lang);
  return keys.find((key) => key.toLowerCase() === base) ?? keys.find((key) => baseOf(key) === base) ?? defaultLanguage;
}

/** Feed text in `lang` when the feed has it, else in the feed's default language. */
export function localize(text: LocalizedText | undefined, lang: string, defaultLanguage: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[chooseKey(text, lang, defaultLanguage)] ?? '';
}

/** The language `localize` returns the text in, for a `lang` attribute on the element that shows it. */
export function textLang(text: LocalizedText | undefined, lang: string, defaultLanguage: string): string {
  if (text === undefined || typeof text === 'string') return defaultLanguage;
  return chooseKey(text, lang, defaultLanguage);
}

/** Every language a feed's text objects use, the default first (for spreadsheet columns). */
export function languagesOf(texts: Iterable<LocalizedText>, defaultLanguage: string): string[] {
  const found = new Set([defaultLanguage]);
  for (const text of texts) if (typeof text !== 'string') for (const key of Object.keys(text)) found.add(key);
  return [...found];
}

/** JSON text to a value: tolerates a UTF-8 byte order mark. Never throws. */
export function parseFeedText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
