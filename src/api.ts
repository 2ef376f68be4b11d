/**
 * The public core API without any element: feed types, validation, loading,
 * derived data, formatting, and the base class for elements of your own.
 * The package's main entry (index.ts) re-exports it beside the element
 * classes; the CDN build makes it the entry `dist/ogp-plan-widgets.api.js`,
 * which shares its chunks with the elements the loader defines, so a page
 * importing `loadFeed` from it shares the widgets' feed cache.
 */

// The plan feed: schema, types and validation.
export {
  CURRENT_SCHEMA_VERSION,
  DIRECTIONS,
  MEASURES,
  OGP_VALUES,
  STATUSES,
  SUPPORTED_MAJOR_VERSION,
  formatIssue,
  validateFeed,
} from './shared/feed-schema.js';
export type {
  Assessment,
  Commitment,
  Direction,
  FeedIssue,
  FeedValidation,
  FeedbackSettings,
  Indicator,
  LocalizedText,
  Measure,
  Milestone,
  Observation,
  OgpValue,
  Plan,
  PlanFeed,
  Status,
} from './shared/feed-schema.js';

// Feedback submissions: the wire format between the form and any receiver.
export { FEEDBACK_KINDS, validateSubmission } from './shared/feedback-schema.js';
export type {
  FeedbackKind,
  FeedbackSubmission,
  SubmissionIssue,
  SubmissionValidation,
} from './shared/feedback-schema.js';

// Loading, shared per URL; never rejects.
export { DEFAULT_TIMEOUT, acceptFeed, clearFeedCache, loadFeed } from './core/feed-loader.js';
export type { FeedError, FeedErrorKind, FeedResult, LoadFeedOptions, StoredCopy } from './core/feed-loader.js';
export { forgetStoredFeeds } from './core/stored-feed.js';

// Derived data: every number the widgets show.
export {
  commitmentProgress,
  commitmentStatus,
  describeCommitment,
  findCommitment,
  indicatorsOf,
  isOverdue,
  isoToday,
  milestonesByDue,
  nextMilestone,
  overdueMilestones,
  planSummary,
} from './shared/derive.js';
export {
  dimensionKeys,
  splitDimensions,
  finalTarget,
  findIndicator,
  indicatorProgress,
  latestObservation,
  seriesByDimension,
  totalSeries,
} from './shared/indicators.js';
export type { CommitmentView, PlanSummary } from './shared/derive.js';
export type { IndicatorProgress } from './shared/indicators.js';

// Language and formatting.
export { baseLanguage, DEFAULT_LANG, localeOf, normalizeLang, plural } from './shared/i18n.js';
export { resolveLang } from './core/language.js';
export { fallbackChain, overrideStrings, registerLanguage } from './core/language-packs.js';
export type { Pack, PartialStrings, Section, StringOverrides } from './core/language-packs.js';
export { feedLanguage, localize, parseFeedText, textLang } from './shared/feed-text.js';
export type { CommonStrings, Lang, PluralForms } from './shared/i18n.js';
export { formatDate, formatNumber, formatPercent, parseIsoDate } from './shared/format.js';
export { formatValue } from './shared/format-value.js';
export type { DateStyle } from './shared/format.js';
export { safeHref } from './core/safe-url.js';

// For elements of your own on the same feed: the base class (feed properties, language, the shared
// states) and the type of the feed controller it composes; its status is @lit/task's TaskStatus
// (import { TaskStatus } from '@lit/task').
export { PlanFeedElement } from './core/plan-feed-element.js';
export type { FeedSource, FeedTask, StoredView } from './core/feed-task.js';
