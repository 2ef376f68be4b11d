/**
 * CSV text read as spreadsheets read a double-clicked file: split on one
 * delimiter (`;` for Excel set to Spanish, `,` otherwise) and on line
 * breaks, with a quote opening a quoted field only at the very start of a
 * field (`""` inside is one quote; after the closing quote, the rest of the
 * field is taken as it is). A file written for the other delimiter is read
 * as one, without knowing it.
 */
export function readAsSpreadsheet(text: string, delimiter: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') value += text[i];
        else if (text[i + 1] === '"') value += text[++i];
        else {
          i++;
          break;
        }
      }
    }
    while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') value += text[i++];
    row.push(value);
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    i += text.startsWith('\r\n', i) ? 2 : 1;
    if (i >= text.length) return rows;
  }
}

/** The cells, in either reading, that a spreadsheet would run as a formula. */
export function formulaCells(text: string): string[] {
  return ([';', ','] as const)
    .flatMap((delimiter) => readAsSpreadsheet(text, delimiter).flat())
    .filter((cell) => /^[=+\-@\t\r]/.test(cell));
}
