// @ts-check
/**
 * CSV for spreadsheets (RFC 4180: quoted fields, CRLF), safe to open in
 * Excel or LibreOffice: a cell that starts with = + - @ (or a tab or a
 * carriage return) would run as a formula, so it gets a leading apostrophe
 * (OWASP's advice on CSV injection).
 */

/** @param {unknown} value */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @param {readonly unknown[]} values */
export function csvLine(values) {
  return `${values.map(csvCell).join(',')}\r\n`;
}
