import { defineElement } from '../core/define.js';
import { OgpFeedbackForm } from './feedback-form.js';

defineElement('ogp-feedback-form', OgpFeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-feedback-form': OgpFeedbackForm;
  }
}
