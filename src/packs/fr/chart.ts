import type { ChartStrings } from '../../indicator-chart/indicator-chart.strings.js';

export const chart: ChartStrings = {
  chartKind: { line: 'Graphique en courbes', bar: 'Graphique en barres' },
  keyboardHint:
    'Parcourez les valeurs avec les flèches gauche et droite\u00a0; Début et Fin mènent à la première et à la dernière, Page précédente et Page suivante sautent d’un dixième. Avec plusieurs séries, les flèches haut et bas changent de série.',
  summary: (p) => {
    const same = p.baselineDate === p.latestDate;
    const start =
      p.change === undefined
        ? `Aucune mesure pour l’instant\u00a0; la valeur de référence est ${p.baseline} en ${p.baselineDate}`
        : p.change === 'unchanged'
          ? `Stable à ${p.latest} ${same ? 'en' : `entre ${p.baselineDate} et`} ${p.latestDate}`
          : `${p.change === 'rose' ? 'En hausse' : 'En baisse'} de ${p.baseline}${same ? '' : ` en ${p.baselineDate}`} à ${p.latest} en ${p.latestDate}`;
    const target = p.target ? `\u00a0; la cible est ${p.target} en ${p.targetDate}` : '';
    const progress = !p.progress
      ? ''
      : p.progress.kind === 'met'
        ? '\u00a0: elle est déjà atteinte'
        : p.progress.kind === 'away'
          ? '\u00a0: la valeur s’en éloigne'
          : `\u00a0: ${p.progress.share} du chemin parcouru`;
    return `${start}${target}${progress}.${p.lowerIsBetter ? ' Une valeur plus basse est meilleure.' : ''}`;
  },
  breakdown: (p) => {
    const span = !p.span ? '' : p.span.from === p.span.to ? `, en ${p.span.to}` : `, de ${p.span.from} à ${p.span.to}`;
    const series = p.series.map((s) => {
      const [from, to] = s.firstDate ? [` en ${s.firstDate}`, ` en ${s.latestDate}`] : ['', ''];
      if (s.change === undefined) return `${s.label}\u00a0: ${s.latest}${to}`;
      if (s.change === 'unchanged')
        return `${s.label}\u00a0: stable à ${s.latest}${s.firstDate ? ` entre ${s.firstDate} et ${s.latestDate}` : ''}`;
      return `${s.label}\u00a0: ${s.change === 'rose' ? 'en hausse' : 'en baisse'} de ${s.first}${from} à ${s.latest}${to}`;
    });
    return `Par ${p.dimension}${span}\u00a0: ${series.join('\u00a0; ')}.${p.lowerIsBetter ? ' Une valeur plus basse est meilleure.' : ''}`;
  },
  point: (p) =>
    `${p.series ? `${p.series}, ` : ''}${p.date}\u00a0: ${p.value}. Point ${p.position} sur ${p.count}.` +
    (p.baseline ? ` Valeur de référence\u00a0: ${p.baseline} (${p.baselineDate}).` : '') +
    (p.target ? ` Cible\u00a0: ${p.target} (${p.targetDate}).` : ''),
  latest: 'Dernière valeur',
  ofTotal: (label) => `${label} (total)`,
  progress: 'Progression vers la cible',
  targetMet: 'Cible atteinte',
  noObservations: 'Aucune mesure pour l’instant.',
  baselineLabel: (value) => `Référence\u00a0: ${value}`,
  targetLabel: (value, date) => `Cible ${date}\u00a0: ${value}`,
  referencesOfTotal:
    'La valeur de référence et les cibles portent sur le total\u00a0; choisissez «\u00a0Total\u00a0» pour comparer.',
  viewBy: 'Afficher par',
  seriesKey: 'Séries du graphique',
  total: 'Total',
  dimensions: { sex: 'Sexe', ageGroup: 'Tranche d’âge', territory: 'Territoire' },
  allValues: 'Toutes',
  source: 'Source\u00a0:',
  showTable: 'Voir le tableau de données',
  columns: { date: 'Date', kind: 'Type', value: 'Valeur' },
  rowKinds: { baseline: 'Valeur de référence', observation: 'Mesure', target: 'Cible' },
  download: (format) => `Télécharger ${format}`,
  tableRegion: 'Tableau de données',
  pngUnavailable: 'Cette page ne permet pas de créer l’image PNG. Téléchargez plutôt le SVG ou le CSV.',
  noIndicatorId: 'Aucun indicateur n’est indiqué. L’attribut indicator-id manque.',
  unknownIndicator: (id) => `Le plan n’a pas d’indicateur avec l’identifiant «\u00a0${id}\u00a0».`,
};
