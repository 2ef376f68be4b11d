/**
 * "Comentar este compromiso", from <ogp-commitment> and from each
 * commitment of <ogp-plan-overview>: to the form on the page with the
 * commitment chosen, or to the feed's form page with ?commitment=<id>, or
 * nowhere; only http and https pages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../all.js';
import type { OgpFeedbackForm } from '../feedback-form/feedback-form.js';
import { validateFeed } from '../shared/feed-schema.js';
import { loadDemoFeed, serveFeed } from '../test-support/fixtures.js';
import { formUrlFor } from './comment-link.js';
import type { PlanFeedElement } from './plan-feed-element.js';

const COMMITMENT = 'clubes-juveniles';

async function loaded<T extends PlanFeedElement>(element: T): Promise<T> {
  await element.loadComplete;
  await element.updateComplete;
  return element;
}

const link = (element: Element) => element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="comment"]');

describe('comment on a commitment', () => {
  it('links to the feed’s form page with the commitment, in the commitment and in each of the overview’s', async () => {
    const feed = await loadDemoFeed();
    feed.plan.links.feedbackForm = 'https://example.org/participe/?origen=plan';
    const src = await serveFeed(feed);
    const commitment = await loaded(
      await fixture<PlanFeedElement>(html`<ogp-commitment src=${src} commitment-id=${COMMITMENT}></ogp-commitment>`),
    );
    const href = 'https://example.org/participe/?origen=plan&commitment=clubes-juveniles';
    expect(link(commitment)!.href).to.equal(href);
    expect(link(commitment)!.textContent!.trim()).to.match(/^Comentar este compromiso/);
    expect(link(commitment)!.target).to.equal('_blank');
    await expect(commitment).to.be.accessible();

    const overview = await loaded(
      await fixture<PlanFeedElement>(html`<ogp-plan-overview src=${src}></ogp-plan-overview>`),
    );
    const links = [...overview.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="comment"]')];
    expect(links).to.have.length(feed.commitments.length);
    const item = overview.shadowRoot!.querySelector(`[data-commitment="${COMMITMENT}"]`)!;
    expect(item.querySelector<HTMLAnchorElement>('[part="comment"]')!.href).to.equal(href);
    // Each link of the list says which commitment it is about, after its visible words.
    expect(item.querySelector('[part="comment"]')!.textContent!.replace(/\s+/g, ' ')).to.include(
      'Comentar este compromiso: Clubes juveniles',
    );
    await expect(overview).to.be.accessible();
  });

  it('leads to the form on the page, which then has the commitment chosen', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <ogp-plan-overview src="/demo/feed.json" feedback-form="participe"></ogp-plan-overview>
        <ogp-commitment src="/demo/feed.json" commitment-id=${COMMITMENT} feedback-form="participe"></ogp-commitment>
        <ogp-feedback-form id="participe" src="/demo/feed.json" min-fill-seconds="0"></ogp-feedback-form>
      </div>`,
    );
    const [overview, commitment, form] = await Promise.all(
      [...page.children].map((element) => loaded(element as PlanFeedElement)),
    );
    const select = () => (form as OgpFeedbackForm).shadowRoot!.querySelector<HTMLSelectElement>('#commitment')!;
    expect(select().value).to.equal('');

    const fromCommitment = link(commitment!)!;
    expect(fromCommitment.getAttribute('href')).to.equal('#participe');
    expect(fromCommitment.target).to.equal('');
    fromCommitment.click();
    await form!.updateComplete;
    expect(form!.getAttribute('commitment-id')).to.equal(COMMITMENT);
    expect(select().value).to.equal(COMMITMENT);

    // Another commitment, from the overview: the new choice replaces the one a link made.
    const other = overview!.shadowRoot!.querySelector('[data-commitment="rendicion-cuentas-pp"] [part="comment"]');
    (other as HTMLAnchorElement).click();
    await form!.updateComplete;
    expect(select().value).to.equal('rendicion-cuentas-pp');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows no link without a form on the page or a form page in the feed, nor to a page that is not http(s)', async () => {
    const commitment = await loaded(
      await fixture<PlanFeedElement>(
        html`<ogp-commitment
          src="/demo/feed.json"
          commitment-id=${COMMITMENT}
          feedback-form="no-such-form"
        ></ogp-commitment>`,
      ),
    );
    expect(link(commitment)).to.equal(null);
    const feed = await loadDemoFeed();
    feed.plan.links.feedbackForm = 'javascript:alert(1)';
    const result = validateFeed(feed);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).to.deep.equal(['/plan/links/feedbackForm']);
    feed.plan.links.feedbackForm = 'ftp://example.org/form';
    expect(validateFeed(feed).ok).to.equal(false);
    expect(formUrlFor({ ...feed, plan: { ...feed.plan, links: { feedbackForm: 'data:text/html,x' } } }, 'a')).to.equal(
      undefined,
    );
  });
});
