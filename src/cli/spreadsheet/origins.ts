/**
 * Where each value of an assembled feed came from (file, row, column), so a
 * problem the feed's validation finds at a JSON pointer is shown at the cell
 * a person can fix (assemble.ts).
 */
import { type Field, fieldColumns } from './layout.js';
import { type Location, type Problem, formatLocation } from './problems.js';
import type { Sheet } from './sheet.js';

interface Origin {
  location: Location;
  /** Set when the value's column is not in the file at all. */
  missingColumn?: { sheet: Sheet; name: string };
}

/** Feed paths (JSON pointers) → where their value came from. */
export class Origins {
  private readonly map = new Map<string, Origin>();
  /** Where a path nobody registered comes from: plan.json, when there is one. */
  fallback = 'feed';

  add(pointer: string, origin: Origin): void {
    if (!this.map.has(pointer)) this.map.set(pointer, origin);
  }

  /** Registers a row's fields: each field path, its parents and, for texts, the English column. */
  addRow(pointer: string, sheet: Sheet, row: number, fields: readonly Field[]): void {
    this.add(pointer, { location: { source: sheet.table.source, row } });
    const origin = (name: string): Origin => ({
      location: sheet.at(row, name),
      missingColumn: sheet.has(name) ? undefined : { sheet, name },
    });
    for (const field of fields) {
      const [main, ...translations] = fieldColumns(field, sheet.languages);
      if (!main) continue;
      translations.forEach((column, index) => {
        this.add(`${pointer}/${field.path.join('/')}/${sheet.languages[index + 1]}`, origin(column));
      });
      for (let length = field.path.length; length > 0; length--) {
        this.add(`${pointer}/${field.path.slice(0, length).join('/')}`, origin(main));
      }
    }
  }

  /** The problem for a validation issue, placed at the longest known prefix of its path. */
  problem(path: string, message: string): Problem {
    const segments = path.split('/');
    for (let length = segments.length; length > 0; length--) {
      const origin = this.map.get(segments.slice(0, length).join('/'));
      if (!origin) continue;
      if (origin.missingColumn) {
        const { sheet, name } = origin.missingColumn;
        return {
          location: { source: sheet.table.source, row: sheet.headerRow },
          message: `falta la columna "${name}"`,
        };
      }
      const rest = segments.slice(length).join('/');
      return { location: origin.location, message: rest ? `${rest}: ${message}` : message };
    }
    return { location: { source: this.fallback, column: path || '/' }, message };
  }

  /** "ya se usa en /commitments/0" → "ya se usa en commitments.csv:2". */
  describePointers(message: string): string {
    return message.replace(/\/(commitments|indicators)\/\d+/g, (pointer) => {
      const origin = this.map.get(pointer);
      return origin ? formatLocation(origin.location) : pointer;
    });
  }
}
