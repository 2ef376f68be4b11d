import type { ChartStrings } from '../../indicator-chart/indicator-chart.strings.js';

export const chart: ChartStrings = {
  chartKind: { line: 'Line chart', bar: 'Bar chart' },
  keyboardHint:
    'Move through the values with the left and right arrow keys; Home and End go to the first and the last, Page Up and Page Down jump a tenth. With several series, the up and down arrows change series.',
  summary: (p) => {
    const same = p.baselineDate === p.latestDate;
    const start =
      p.change === undefined
        ? `No measurements yet; the baseline is ${p.baseline} in ${p.baselineDate}`
        : p.change === 'unchanged'
          ? `Stayed at ${p.latest} ${same ? 'in' : `from ${p.baselineDate} to`} ${p.latestDate}`
          : `${p.change === 'rose' ? 'Rose' : 'Fell'} from ${p.baseline}${same ? '' : ` in ${p.baselineDate}`} to ${p.latest} in ${p.latestDate}`;
    const target = p.target ? `; the target is ${p.target} by ${p.targetDate}` : '';
    const progress = !p.progress
      ? ''
      : p.progress.kind === 'met'
        ? ': already met'
        : p.progress.kind === 'away'
          ? ': moving away from it'
          : `: ${p.progress.share} of the way there`;
    return `${start}${target}${progress}.${p.lowerIsBetter ? ' Lower is better.' : ''}`;
  },
  breakdown: (p) => {
    const span = !p.span
      ? ''
      : p.span.from === p.span.to
        ? `, in ${p.span.to}`
        : `, from ${p.span.from} to ${p.span.to}`;
    const series = p.series.map((s) => {
      const [from, to] = s.firstDate ? [` in ${s.firstDate}`, ` in ${s.latestDate}`] : ['', ''];
      if (s.change === undefined) return `${s.label}: ${s.latest}${to}`;
      if (s.change === 'unchanged')
        return `${s.label} stayed at ${s.latest}${s.firstDate ? ` from ${s.firstDate} to ${s.latestDate}` : ''}`;
      return `${s.label} ${s.change === 'rose' ? 'rose' : 'fell'} from ${s.first}${from} to ${s.latest}${to}`;
    });
    return `By ${p.dimension}${span}: ${series.join('; ')}.${p.lowerIsBetter ? ' Lower is better.' : ''}`;
  },
  point: (p) =>
    `${p.series ? `${p.series}, ` : ''}${p.date}: ${p.value}. Point ${p.position} of ${p.count}.` +
    (p.baseline ? ` Baseline: ${p.baseline} (${p.baselineDate}).` : '') +
    (p.target ? ` Target: ${p.target} (${p.targetDate}).` : ''),
  latest: 'Latest value',
  ofTotal: (label) => `${label} (total)`,
  progress: 'Progress toward the target',
  targetMet: 'Target met',
  noObservations: 'No measurements yet.',
  baselineLabel: (value) => `Baseline: ${value}`,
  targetLabel: (value, date) => `Target ${date}: ${value}`,
  referencesOfTotal: 'The baseline and the targets refer to the total; choose “Total” to compare.',
  viewBy: 'Show by',
  seriesKey: 'Chart series',
  total: 'Total',
  dimensions: { sex: 'Sex', ageGroup: 'Age group', territory: 'Territory' },
  allValues: 'All',
  source: 'Source:',
  showTable: 'Show data table',
  columns: { date: 'Date', kind: 'Type', value: 'Value' },
  rowKinds: { baseline: 'Baseline', observation: 'Measurement', target: 'Target' },
  download: (format) => `Download ${format}`,
  tableRegion: 'Data table',
  pngUnavailable: 'This page does not allow creating the PNG image. Download the SVG or the CSV instead.',
  noIndicatorId: 'No indicator was chosen. The indicator-id attribute is missing.',
  unknownIndicator: (id) => `The plan has no indicator with the id “${id}”.`,
};
