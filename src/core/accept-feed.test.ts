/**
 * A feed is validated once per page, whatever number of widgets read it
 * (issue 15): an 8 MB feed validated again by every widget given `.feed`
 * cost more than drawing it. Valibot returns a new object on every
 * validation, so the same object coming back proves there was no second one.
 */
import { expect } from '@open-wc/testing';
import { acceptFeed, loadFeed } from './feed-loader.js';
import { loadDemoFeed, serveFeed } from '../test-support/fixtures.js';

describe('a feed validated once per page', () => {
  it('validates an object once, however often it is given', async () => {
    const given = await loadDemoFeed();
    const first = acceptFeed(given);
    if (!first.ok) throw new Error('the demo feed must be valid');
    expect(acceptFeed(given)).to.equal(first);
    // The validated feed handed on (a widget's feed given to another) is not validated again either.
    const handedOn = acceptFeed(first.feed);
    expect(handedOn.ok && handedOn.feed).to.equal(first.feed);
  });

  it('remembers a refusal too', async () => {
    const broken = { schemaVersion: '1.0', plan: {} };
    const first = acceptFeed(broken);
    expect(first.ok).to.equal(false);
    expect(acceptFeed(broken)).to.equal(first);
  });

  it('takes the feed loaded from src as already validated', async () => {
    const loaded = await loadFeed(await serveFeed(await loadDemoFeed()));
    if (!loaded.ok) throw new Error('the demo feed must load');
    const accepted = acceptFeed(loaded.feed);
    expect(accepted.ok && accepted.feed).to.equal(loaded.feed);
  });
});
