import { defineElement } from '../core/define.js';
import { OgpPlanOverview } from './plan-overview.js';

defineElement('ogp-plan-overview', OgpPlanOverview);

declare global {
  interface HTMLElementTagNameMap {
    'ogp-plan-overview': OgpPlanOverview;
  }
}
