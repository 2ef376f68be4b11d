/** The made-up large plan behind the "Scenarios/Large feed" stories is a valid feed of the size it says. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateFeed } from '../../src/shared/feed-schema.js';
import { largeFeed } from '../../stories/large-feed.js';

describe('largeFeed (stories)', () => {
  it('is valid, with the commitments, milestones and observations asked for', () => {
    const feed = largeFeed({ commitments: 60, milestonesPerCommitment: 8, months: 120 });
    const result = validateFeed(feed);
    assert.ok(
      result.ok,
      result.ok
        ? ''
        : result.issues
            .slice(0, 3)
            .map((issue) => `${issue.path}: ${issue.message}`)
            .join('\n'),
    );
    assert.equal(feed.commitments.length, 60);
    assert.equal(feed.commitments.flatMap((commitment) => commitment.milestones).length, 480);
    assert.equal(feed.indicators.length, 30);
    assert.ok(feed.indicators[0]!.observations.length >= 120 * 8, 'totals and seven territories, monthly');
    assert.deepEqual(largeFeed(), largeFeed(), 'the same plan every time');
  });
});
