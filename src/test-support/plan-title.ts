/**
 * The smallest widget on the base class, for the tests of the base and of
 * the feed controller: it shows the plan's title in its language.
 */
import { html } from 'lit';
import { defineElement } from '../core/define.js';
import { PlanFeedElement } from '../core/plan-feed-element.js';
import type { PlanFeed } from '../shared/feed-schema.js';
import { localize } from '../shared/feed-text.js';

export class TestPlanTitle extends PlanFeedElement {
  protected renderFeed(feed: PlanFeed) {
    return html`<h2 part="title">${localize(feed.plan.title, this.language, this.feedLang)}</h2>`;
  }
}
defineElement('test-plan-title', TestPlanTitle);

declare global {
  interface HTMLElementTagNameMap {
    'test-plan-title': TestPlanTitle;
  }
}
