/**
 * The sample feed's facts that examples rely on. The feed itself is
 * demo/feed.json (Medellín's plan, with made-up figures): the demo serves it,
 * browser tests fetch it, Storybook and Node import it.
 */

/**
 * The day stories, tests and the benchmark read the sample feed on, so what
 * they show never changes with the calendar: three of its milestones are
 * overdue, the plan is half way through its period.
 */
export const DEMO_TODAY = '2026-11-27';
