/**
 * The second sample feed's facts that examples rely on. The feed is
 * demo/feed-fr.json: Baobab-sur-Mer, a made-up francophone municipality
 * (default language fr, time zone Africa/Dakar, money in CFA francs, its
 * own quartiers and villages, no Spanish at all), marked as sample. It
 * shows that nothing in the widgets is Medellín's alone.
 */
export const ANOTHER_CITY = {
  /** Relative to the demo's folder, as a page beside it points to it. */
  feed: 'feed-fr.json',
  /** Its published answers (schema/feedback-answers.schema.json), in French, beside it. */
  answers: 'answers-fr.json',
  /** The day its stories and tests read it on: some milestones are overdue. */
  today: '2026-11-20',
  commitmentId: 'budget-participatif',
  /** A money indicator that names no currency: it counts in the plan's (XOF). */
  indicatorId: 'montant-execute',
} as const;
