import { defineElement } from '../core/define.js';
import { OgpMilestoneTimeline } from './milestone-timeline.js';

defineElement('ogp-milestone-timeline', OgpMilestoneTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-milestone-timeline': OgpMilestoneTimeline;
  }
}
