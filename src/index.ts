/**
 * The package's main entry: the element classes and the public core API
 * (feed types, validation, loading, derived data, formatting). Importing it
 * registers nothing; import `ogp-plan-widgets/all.js` or one
 * `ogp-plan-widgets/<name>/define.js` to define the tags.
 */

// Elements (classes only; each folder's define.js registers its tag).
export { CommitmentToggleEvent, OgpPlanOverview } from './plan-overview/plan-overview.js';
export { OgpCommitment } from './commitment/commitment.js';
export { OgpIndicatorChart } from './indicator-chart/indicator-chart.js';
export { OgpMilestoneTimeline } from './milestone-timeline/milestone-timeline.js';
export { OgpFeedbackForm } from './feedback-form/feedback-form.js';
export { OgpFeedbackAnswers } from './feedback-answers/feedback-answers.js';
export {
  FeedbackErrorEvent,
  FeedbackQueuedEvent,
  FeedbackSentEvent,
  FeedbackSubmitEvent,
} from './feedback-form/events.js';
export type {
  FeedbackErrorDetail,
  FeedbackQueuedDetail,
  FeedbackSentDetail,
  FeedbackSubmitDetail,
} from './feedback-form/events.js';

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
export type { FeedError, FeedErrorKind, FeedResult, LoadFeedOptions } from './core/feed-loader.js';

// Derived data: every number the widgets show.
export {
  commitmentProgress,
  commitmentStatus,
  describeCommitment,
  dimensionKeys,
  splitDimensions,
  finalTarget,
  findCommitment,
  findIndicator,
  indicatorProgress,
  indicatorsOf,
  isOverdue,
  isoToday,
  latestObservation,
  milestonesByDue,
  nextMilestone,
  overdueMilestones,
  planSummary,
  seriesByDimension,
  totalSeries,
} from './shared/derive.js';
export type { CommitmentView, IndicatorProgress, PlanSummary } from './shared/derive.js';

// Language and formatting.
export { baseLanguage, DEFAULT_LANG, localeOf, normalizeLang, plural } from './shared/i18n.js';
export { resolveLang } from './core/language.js';
export { fallbackChain, overrideStrings, registerLanguage } from './core/language-packs.js';
export type { Pack, PartialStrings, Section, StringOverrides } from './core/language-packs.js';
export { feedLanguage, localize, parseFeedText, textLang } from './shared/feed-text.js';
export type { CommonStrings, Lang, PluralForms } from './shared/i18n.js';
export { formatDate, formatNumber, formatPercent, formatValue, parseIsoDate } from './shared/format.js';
export type { DateStyle } from './shared/format.js';
export { safeHref } from './core/safe-url.js';

// For elements of your own on the same feed: the base class (feed properties, language, the shared
// states) and the type of the feed controller it composes; its status is @lit/task's TaskStatus
// (import { TaskStatus } from '@lit/task').
export { PlanFeedElement } from './core/plan-feed-element.js';
export type { FeedSource, FeedTask } from './core/feed-task.js';
