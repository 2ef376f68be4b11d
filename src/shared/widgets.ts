/**
 * The widgets, in one place: what each is called (its folder under src/,
 * its tag, its class), what the gallery titles it, and which query
 * parameters the iframe fallback (src/embed/embed.ts) turns into attributes.
 * Pure data, so the build scripts (through dist/shared/widgets.js), the
 * demo, the tests and the embed all read the same list; the package's entry
 * points (src/all.ts, src/index.ts, package.json's exports and sideEffects)
 * are written by hand and held to it by test/node/packaging-exports.test.ts.
 *
 * Adding a widget: its folder src/<name>/ (class, define module, tests,
 * stories), one entry here, then what that test asks for, its chunk in
 * src/loader.ts (tsc names it if missing) and its rule in
 * src/ogp-plan-widgets.css (test/node/packaging-css.test.ts names it).
 */
import type { Lang } from './i18n.js';

export interface WidgetInfo {
  /** The folder under src/, the package entry `./<name>.js` and the embed's `widget` parameter. */
  readonly name: string;
  /** The custom element's tag: `ogp-<name>`. */
  readonly tag: `ogp-${string}`;
  /** The element class, exported by the package's main entry. */
  readonly className: string;
  /** What the demo gallery calls it. */
  readonly title: Readonly<Record<Lang, string>>;
  /**
   * The widget's own attributes that embed.html takes from its query string
   * (besides EMBED_COMMON_PARAMS). Only these: anything else in the URL is ignored.
   */
  readonly embedParams: readonly string[];
}

/** Every widget, in the order the gallery and the docs list them. */
export const WIDGETS = [
  {
    name: 'plan-overview',
    tag: 'ogp-plan-overview',
    className: 'OgpPlanOverview',
    title: { es: 'Resumen del plan', en: 'Plan overview' },
    embedParams: ['detail-url'],
  },
  {
    name: 'commitment',
    tag: 'ogp-commitment',
    className: 'OgpCommitment',
    title: { es: 'Un compromiso', en: 'One commitment' },
    embedParams: ['commitment-id'],
  },
  {
    name: 'indicator-chart',
    tag: 'ogp-indicator-chart',
    className: 'OgpIndicatorChart',
    title: { es: 'Gráfico de un indicador', en: 'Indicator chart' },
    embedParams: ['indicator-id', 'type', 'dimension'],
  },
  {
    name: 'milestone-timeline',
    tag: 'ogp-milestone-timeline',
    className: 'OgpMilestoneTimeline',
    title: { es: 'Línea de tiempo de hitos', en: 'Milestone timeline' },
    embedParams: ['commitment-id'],
  },
  {
    // No endpoint, controller or privacy parameters: in an embed, where citizens'
    // messages go and who answers for them come from the feed, never from a URL
    // someone could craft.
    name: 'feedback-form',
    tag: 'ogp-feedback-form',
    className: 'OgpFeedbackForm',
    title: { es: 'Formulario de comentarios', en: 'Feedback form' },
    embedParams: [],
  },
  {
    // No answers-src or lookup-src: in an embed, where the answers are comes from the feed.
    name: 'feedback-answers',
    tag: 'ogp-feedback-answers',
    className: 'OgpFeedbackAnswers',
    title: { es: 'Preguntas respondidas', en: 'Answered questions' },
    embedParams: ['commitment-id'],
  },
] as const satisfies readonly WidgetInfo[];

export type WidgetName = (typeof WIDGETS)[number]['name'];
export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** Every widget's tag, in the registry's order. */
export const WIDGET_TAGS: readonly WidgetTag[] = WIDGETS.map((widget) => widget.tag);

/** Attributes every widget takes from embed.html's query string (`lang` goes on the page). */
export const EMBED_COMMON_PARAMS: readonly string[] = ['src', 'today'];

/** The widget called `name`, or undefined when there is none (any value: it may come from a URL). */
export function widgetNamed(name: unknown): WidgetInfo | undefined {
  return WIDGETS.find((widget) => widget.name === name);
}

/**
 * The recommended snippet's one line of style: each element not yet defined is a block as high as its loading
 * state (the space its tag asks for with --ogp-loading-height, or 12em), so the page does not jump when the
 * code arrives. Inline, so it applies from the first paint; dist/ogp-plan-widgets.css holds the same rules
 * for pages whose Content-Security-Policy refuses inline style.
 */
export const RESERVE_STYLE =
  `:is(${WIDGETS.map((widget) => widget.tag).join(',')}):not(:defined)` +
  '{display:block;min-height:var(--ogp-loading-height,12em)}';
