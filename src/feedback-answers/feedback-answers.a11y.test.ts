/**
 * What a screen reader hears from <ogp-feedback-answers>, read from
 * Chromium's accessibility tree: snapshots of each state in __ax__/,
 * reviewed by hand (UPDATE_AX=1 rewrites them).
 */
import { html } from '@open-wc/testing';
import './define.js';
import type { OgpFeedbackAnswers } from './feedback-answers.js';
import { clearAnswersCache } from '../core/answers-task.js';
import { expectAxSnapshot } from '../test-support/ax-tree.js';
import { serveFeed, showWidget, uniqueUrl } from '../test-support/fixtures.js';

const show = (template: ReturnType<typeof html>) => showWidget<OgpFeedbackAnswers>('ogp-feedback-answers', template);

const ANSWERS = {
  schemaVersion: '1.0',
  answers: [
    {
      id: 'a1b2c3d4e5f6',
      commitmentId: 'clubes-juveniles',
      question: '¿Los clubes juveniles también funcionan en los corregimientos?',
      answer: 'Sí. En 2026 abren clubes en los cinco corregimientos.',
      askedAt: '2026-01-22T19:45:00.000Z',
      answeredAt: '2026-01-29T13:30:00.000Z',
    },
  ],
};

describe('<ogp-feedback-answers> for screen readers', () => {
  beforeEach(() => clearAnswersCache());

  it('ready: the title, the search field, the count, each answer, and the lookup', async () => {
    const element = await show(
      html`<ogp-feedback-answers answers-src=${await serveFeed(ANSWERS)}></ogp-feedback-answers>`,
    );
    await expectAxSnapshot(element, 'answers-ready');
  });

  it('when the answers fail to load', async () => {
    const element = await show(
      html`<ogp-feedback-answers answers-src=${uniqueUrl('/__test/status/500')}></ogp-feedback-answers>`,
    );
    await expectAxSnapshot(element, 'answers-error');
  });

  it('after a lookup: the status and the answer, in the live region', async () => {
    const lookupSrc = await serveFeed({
      reference: 'OGP-7K3Q-M9PX-2D4F',
      status: 'respondida',
      question: ANSWERS.answers[0]!.question,
      answer: ANSWERS.answers[0]!.answer,
      answeredAt: ANSWERS.answers[0]!.answeredAt,
    });
    const element = await show(
      html`<ogp-feedback-answers
        answers-src=${await serveFeed({ schemaVersion: '1.0', answers: [] })}
        lookup-src=${lookupSrc}
        reference="OGP-7K3Q-M9PX-2D4F"
      ></ogp-feedback-answers>`,
    );
    element.shadowRoot!.querySelector('form')!.requestSubmit();
    const result = element.shadowRoot!.querySelector('[part="lookup-result"]')!;
    for (let i = 0; i < 50 && !result.textContent!.includes('respondida'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await element.updateComplete;
    await expectAxSnapshot(element, 'answers-lookup');
  });
});
