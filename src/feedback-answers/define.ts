import { defineElement } from '../core/define.js';
import { OgpFeedbackAnswers } from './feedback-answers.js';

defineElement('ogp-feedback-answers', OgpFeedbackAnswers);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-feedback-answers': OgpFeedbackAnswers;
  }
}
