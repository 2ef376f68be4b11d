/**
 * Where a problem is, the way a person finds it in a spreadsheet:
 * `milestones.csv:7:due (C): se esperaba una fecha…`. Rows are the row
 * numbers the spreadsheet shows (the header is row 1); columns are the
 * header name and its letter.
 */
export interface Location {
  /** `milestones.csv`, or `plan.xlsx[milestones]` for a workbook sheet. */
  source: string;
  row?: number;
  /** `due (C)`; in plan.csv, the key: `period_start (B)`. */
  column?: string;
}

export interface Problem {
  location: Location;
  message: string;
}

export function formatLocation(location: Location): string {
  return [location.source, location.row, location.column].filter((part) => part !== undefined).join(':');
}

export function formatProblem(problem: Problem): string {
  return `${formatLocation(problem.location)}: ${problem.message}`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Problems in reading order (file, then row), each reported once. */
export function sortProblems(problems: Problem[], sources: readonly string[]): Problem[] {
  const seen = new Set<string>();
  const order = (problem: Problem) => {
    const index = sources.indexOf(problem.location.source);
    return index === -1 ? sources.length : index;
  };
  return problems
    .filter((problem) => {
      const key = formatProblem(problem);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        order(a.problem) - order(b.problem) ||
        (a.problem.location.row ?? 0) - (b.problem.location.row ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
