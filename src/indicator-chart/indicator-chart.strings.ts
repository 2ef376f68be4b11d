/**
 * What the indicator chart says, in Spanish (other languages: src/packs/). Plain words,
 * short sentences. Values and dates arrive already formatted.
 */
import type { IndicatorChange } from '../shared/indicators.js';

export type ChartType = 'line' | 'bar';

/** What the summary sentence is made of, each part formatted for people. */
export interface SummaryParts {
  /** How the latest value compares with the baseline; undefined without observations. */
  change: IndicatorChange | undefined;
  baseline: string;
  baselineDate: string;
  latest?: string;
  latestDate?: string;
  target?: string;
  targetDate?: string;
  /** Where the latest value stands on the way to the target, when there is a target. */
  progress?: { kind: 'met' } | { kind: 'away' } | { kind: 'share'; share: string };
  lowerIsBetter: boolean;
}

/** What is said about one point, when the keyboard reaches it. */
export interface PointParts {
  series?: string;
  date: string;
  value: string;
  position: number;
  count: number;
  /** The baseline and target, when the point belongs to the total they refer to. */
  baseline?: string;
  baselineDate?: string;
  target?: string;
  targetDate?: string;
}

export type RowKind = 'baseline' | 'observation' | 'target';

/** How one series of a breakdown went, its values formatted: "Mujer subió de 999 a 1.677 personas". */
export interface SeriesChange {
  label: string;
  /** How its latest value compares with its first; undefined with a single value. */
  change: IndicatorChange | undefined;
  first: string;
  latest: string;
  /** Its own months, when the series do not all share the same first and last month. */
  firstDate?: string;
  latestDate?: string;
}

/** What the summary of a breakdown (the chart split by a dimension) is made of. */
export interface BreakdownParts {
  /** The dimension, as a sentence says it: "sexo". */
  dimension: string;
  /** The months every series starts and ends in, when they share them (the same month when each has one value). */
  span?: { from: string; to: string };
  series: SeriesChange[];
  lowerIsBetter: boolean;
}

export interface ChartStrings {
  chartKind: Record<ChartType, string>;
  keyboardHint: string;
  summary: (parts: SummaryParts) => string;
  /** The summary when the chart shows a breakdown: each series, not the total. */
  breakdown: (parts: BreakdownParts) => string;
  point: (parts: PointParts) => string;
  latest: string;
  /** A figure's label while the chart shows a breakdown: the figures stay the total's. */
  ofTotal: (label: string) => string;
  progress: string;
  targetMet: string;
  noObservations: string;
  baselineLabel: (value: string) => string;
  targetLabel: (value: string, date: string) => string;
  referencesOfTotal: string;
  viewBy: string;
  seriesKey: string;
  total: string;
  /** Names of the dimensions the sample feeds use; other keys are shown as they are. */
  dimensions: Record<string, string>;
  allValues: string;
  source: string;
  showTable: string;
  columns: { date: string; kind: string; value: string };
  rowKinds: Record<RowKind, string>;
  /** A download button's name, one text so it is spoken with its space: "Descargar CSV". */
  download: (format: string) => string;
  /** The name of the data table's scrolling box (the table itself is named by its caption, the indicator). */
  tableRegion: string;
  pngUnavailable: string;
  noIndicatorId: string;
  unknownIndicator: (id: string) => string;
}

export const chartStrings: ChartStrings = {
  chartKind: { line: 'Gráfico de líneas', bar: 'Gráfico de barras' },
  keyboardHint:
    'Recorra los valores con las flechas izquierda y derecha; Inicio y Fin van al primero y al último, Re Pág y Av Pág saltan un décimo. Con varias series, las flechas arriba y abajo cambian de serie.',
  summary: (p) => {
    // One month for both values when they share it: "Subió de 12% a 14% en enero de 2025".
    const same = p.baselineDate === p.latestDate;
    const start =
      p.change === undefined
        ? `Aún no hay mediciones; la línea base es ${p.baseline} en ${p.baselineDate}`
        : p.change === 'unchanged'
          ? `Se mantuvo en ${p.latest} ${same ? 'en' : `entre ${p.baselineDate} y`} ${p.latestDate}`
          : `${p.change === 'rose' ? 'Subió' : 'Bajó'} de ${p.baseline}${same ? '' : ` en ${p.baselineDate}`} a ${p.latest} en ${p.latestDate}`;
    const target = p.target ? `; la meta es ${p.target} en ${p.targetDate}` : '';
    const progress = !p.progress
      ? ''
      : p.progress.kind === 'met'
        ? ': ya la alcanzó'
        : p.progress.kind === 'away'
          ? ': va en sentido contrario'
          : `: lleva el ${p.progress.share} del camino`;
    return `${start}${target}${progress}.${p.lowerIsBetter ? ' Un valor menor es mejor.' : ''}`;
  },
  breakdown: (p) => {
    const span = !p.span ? '' : p.span.from === p.span.to ? `, en ${p.span.to}` : `, de ${p.span.from} a ${p.span.to}`;
    const series = p.series.map((s) => {
      const [from, to] = s.firstDate ? [` en ${s.firstDate}`, ` en ${s.latestDate}`] : ['', ''];
      if (s.change === undefined) return `${s.label}: ${s.latest}${to}`;
      if (s.change === 'unchanged')
        return `${s.label} se mantuvo en ${s.latest}${s.firstDate ? ` entre ${s.firstDate} y ${s.latestDate}` : ''}`;
      return `${s.label} ${s.change === 'rose' ? 'subió' : 'bajó'} de ${s.first}${from} a ${s.latest}${to}`;
    });
    return `Por ${p.dimension}${span}: ${series.join('; ')}.${p.lowerIsBetter ? ' Un valor menor es mejor.' : ''}`;
  },
  point: (p) =>
    `${p.series ? `${p.series}, ` : ''}${p.date}: ${p.value}. Punto ${p.position} de ${p.count}.` +
    (p.baseline ? ` Línea base: ${p.baseline} (${p.baselineDate}).` : '') +
    (p.target ? ` Meta: ${p.target} (${p.targetDate}).` : ''),
  latest: 'Último valor',
  ofTotal: (label) => `${label} (total)`,
  progress: 'Avance hacia la meta',
  targetMet: 'Meta cumplida',
  noObservations: 'Aún no hay mediciones.',
  baselineLabel: (value) => `Línea base: ${value}`,
  targetLabel: (value, date) => `Meta ${date}: ${value}`,
  referencesOfTotal: 'La línea base y las metas se refieren al total; vea la opción «Total».',
  viewBy: 'Ver por',
  seriesKey: 'Series del gráfico',
  total: 'Total',
  dimensions: { sex: 'Sexo', ageGroup: 'Grupo de edad', territory: 'Territorio' },
  allValues: 'Todos',
  source: 'Fuente:',
  showTable: 'Ver tabla de datos',
  columns: { date: 'Fecha', kind: 'Tipo', value: 'Valor' },
  rowKinds: { baseline: 'Línea base', observation: 'Medición', target: 'Meta' },
  download: (format) => `Descargar ${format}`,
  tableRegion: 'Tabla de datos',
  pngUnavailable: 'Esta página no permite crear la imagen PNG. Descargue el SVG o el CSV.',
  noIndicatorId: 'No se indicó qué indicador mostrar. Falta el atributo indicator-id.',
  unknownIndicator: (id) => `El plan no tiene un indicador con el id «${id}».`,
};
