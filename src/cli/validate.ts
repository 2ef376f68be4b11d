/** `validate <file-or-URL>`: exit 0 valid, 1 invalid, 2 unreadable. */
import { readFile } from 'node:fs/promises';
import type { Command } from './main.js';
import { formatIssue, validateFeed } from '../shared/feed-schema.js';
import { parseFeedText } from '../shared/feed-text.js';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`el servidor respondió ${response.status} ${response.statusText}`.trim());
    return decodeUtf8(new Uint8Array(await response.arrayBuffer()));
  }
  return decodeUtf8(await readFile(source));
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export const validateCommand: Command = {
  usage: 'validate <archivo-o-URL>   Valida un feed del plan. Sale con 0 si es válido, 1 si no, 2 si no se puede leer.',
  async run(args) {
    const [source] = args;
    if (!source) {
      console.error('Falta el archivo o la URL del feed. Uso: ogp-plan-widgets validate <archivo-o-URL>');
      return EXIT_UNREADABLE;
    }
    let text: string;
    try {
      text = await readSource(source);
    } catch (error) {
      const reason =
        error instanceof TypeError && /decode/i.test(error.message)
          ? 'no está en UTF-8'
          : error instanceof Error
            ? error.message
            : String(error);
      console.error(`No se pudo leer ${source}: ${reason}`);
      return EXIT_UNREADABLE;
    }
    const parsed = parseFeedText(text);
    if (!parsed.ok) {
      console.error(`${source} no es JSON válido: ${parsed.message}`);
      return EXIT_UNREADABLE;
    }
    const result = validateFeed(parsed.value);
    if (result.ok) {
      console.log(`${source}: válido`);
      return EXIT_VALID;
    }
    const count = result.issues.length;
    console.log(`${source}: ${count === 1 ? '1 problema' : `${count} problemas`}`);
    for (const issue of result.issues) console.log(formatIssue(issue));
    return EXIT_INVALID;
  },
};
