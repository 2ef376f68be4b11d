/**
 * What the indicator chart says, in Spanish (other languages: src/packs/). Plain words,
 * short sentences. Values and dates arrive already formatted.
 */
import type { IndicatorChange } from '../shared/derive.js';

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

export interface ChartStrings {
  chartKind: Record<ChartType, string>;
  keyboardHint: string;
  summary: (parts: SummaryParts) => string;
  point: (parts: PointParts) => string;
  latest: string;
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
  /** Before the format: "Descargar CSV". */
  download: string;
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
  point: (p) =>
    `${p.series ? `${p.series}, ` : ''}${p.date}: ${p.value}. Punto ${p.position} de ${p.count}.` +
    (p.baseline ? ` Línea base: ${p.baseline} (${p.baselineDate}).` : '') +
    (p.target ? ` Meta: ${p.target} (${p.targetDate}).` : ''),
  latest: 'Último valor',
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
  download: 'Descargar',
  pngUnavailable: 'Esta página no permite crear la imagen PNG. Descargue el SVG o el CSV.',
  noIndicatorId: 'No se indicó qué indicador mostrar. Falta el atributo indicator-id.',
  unknownIndicator: (id) => `El plan no tiene un indicador con el id «${id}».`,
};
