/**
 * The package's main entry: the element classes and the public core API
 * (feed types, validation, loading, derived data, formatting; src/api.ts).
 * Importing it registers nothing; import `ogp-plan-widgets/all.js` or one
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

// The core API, without the elements: also the CDN's dist/ogp-plan-widgets.api.js.
export * from './api.js';
