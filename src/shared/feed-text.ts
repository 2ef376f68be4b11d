/**
 * Reading a feed's text, the same way in the browser's loader and in the
 * command line.
 */

/** JSON text to a value: tolerates a UTF-8 byte order mark. Never throws. */
export function parseFeedText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
