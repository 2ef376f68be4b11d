// The five widgets, for the demo pages: what the gallery says about each and
// which query parameters the iframe fallback (embed.html) turns into
// attributes. Only these: anything else in the URL is ignored.

/** Attributes every widget takes from embed.html's query string (`lang` goes on the page). */
export const COMMON_PARAMS = ['src', 'today'];

export const WIDGETS = {
  'plan-overview': {
    tag: 'ogp-plan-overview',
    params: ['detail-url'],
    title: { es: 'Resumen del plan', en: 'Plan overview' },
  },
  commitment: {
    tag: 'ogp-commitment',
    params: ['commitment-id'],
    title: { es: 'Un compromiso', en: 'One commitment' },
  },
  'indicator-chart': {
    tag: 'ogp-indicator-chart',
    params: ['indicator-id', 'type', 'dimension'],
    title: { es: 'Gráfico de un indicador', en: 'Indicator chart' },
  },
  'milestone-timeline': {
    tag: 'ogp-milestone-timeline',
    params: ['commitment-id'],
    title: { es: 'Línea de tiempo de hitos', en: 'Milestone timeline' },
  },
  // No endpoint, controller or privacy parameters: in an embed, where citizens'
  // messages go and who answers for them come from the feed, never from a URL
  // someone could craft.
  'feedback-form': {
    tag: 'ogp-feedback-form',
    params: [],
    title: { es: 'Formulario de comentarios', en: 'Feedback form' },
  },
};

/** The widget named by `name`, or undefined when it is not one of the five. */
export function widgetNamed(name) {
  return typeof name === 'string' && Object.hasOwn(WIDGETS, name) ? WIDGETS[name] : undefined;
}

/** A feed address the embed accepts: relative, or absolute http(s). */
export function isFeedUrl(value, base) {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
