import { defineElement } from '../core/define.js';
import { OgpCommitment } from './commitment.js';

defineElement('ogp-commitment', OgpCommitment);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment': OgpCommitment;
  }
}
