/**
 * The made-up feeds of src/examples (the "Scenarios/Large feed" stories,
 * the "many points" stories and the benchmark) are valid feeds of the size
 * they say, the same every time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sample from '../../demo/feed.json' with { type: 'json' };
import anotherCity from '../../demo/feed-fr.json' with { type: 'json' };
import { ANOTHER_CITY, largeFeed, SYNTHETIC_INDICATOR_ID, syntheticFeed } from '../../src/examples/index.js';
import { type PlanFeed, validateFeed } from '../../src/shared/feed-schema.js';

const demoFeed = () => structuredClone(sample) as unknown as PlanFeed;

/** Fails with the first problems when `feed` is not valid. */
function assertValid(feed: unknown): void {
  const result = validateFeed(feed);
  const problems = result.ok ? [] : result.issues.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
  assert.ok(result.ok, problems.join('\n'));
}

describe('largeFeed (stories)', () => {
  it('is valid, with the commitments, milestones and observations asked for', () => {
    const feed = largeFeed(demoFeed(), { commitments: 60, milestonesPerCommitment: 8, months: 120 });
    assertValid(feed);
    assert.equal(feed.commitments.length, 60);
    assert.equal(feed.commitments.flatMap((commitment) => commitment.milestones).length, 480);
    assert.equal(feed.indicators.length, 30);
    assert.ok(feed.indicators[0]!.observations.length >= 120 * 8, 'totals and seven territories, monthly');
    assert.deepEqual(largeFeed(demoFeed()), largeFeed(demoFeed()), 'the same plan every time');
  });

  it('leaves the sample it grows from as it was', () => {
    const feed = demoFeed();
    largeFeed(feed);
    assert.deepEqual(feed, demoFeed());
  });
});

describe('syntheticFeed (benchmark, stories)', () => {
  it('is valid, with the observations and milestones asked for', () => {
    const feed = syntheticFeed({ observations: 1000, milestones: 60 });
    assertValid(feed);
    const indicator = feed.indicators.find((item) => item.id === SYNTHETIC_INDICATOR_ID)!;
    assert.equal(indicator.observations.length, 1000);
    assert.equal(feed.commitments.flatMap((commitment) => commitment.milestones).length, 60);
    assert.equal(feed.commitments.length, 3, '25 milestones per commitment');
    const budget = syntheticFeed({ milestones: 100, milestonesPerCommitment: 10 });
    assertValid(budget);
    assert.equal(budget.commitments.length, 10, 'participatory budgets: 10 milestones per commitment');
    assert.deepEqual(
      syntheticFeed({ observations: 50, milestones: 30 }),
      syntheticFeed({ observations: 50, milestones: 30 }),
    );
  });
});

describe('the second sample feed (demo/feed-fr.json)', () => {
  it('is a valid sample, in French, with no Spanish text, its own zone, currency and territories', () => {
    assertValid(anotherCity);
    const feed = anotherCity as unknown as PlanFeed;
    assert.equal(feed.plan.sample, true);
    assert.deepEqual(
      [feed.plan.defaultLanguage, feed.plan.timeZone, feed.plan.currency],
      ['fr', 'Africa/Dakar', 'XOF'],
    );
    assert.ok(!JSON.stringify(feed).includes('"es":'), 'no text in Spanish');
    assert.ok(feed.plan.territories!.length > 0);
    assert.ok(feed.commitments.some((commitment) => commitment.id === ANOTHER_CITY.commitmentId));
    const money = feed.indicators.find((indicator) => indicator.id === ANOTHER_CITY.indicatorId)!;
    assert.equal(money.measure, 'currency');
    assert.equal(money.currency, undefined, 'counts in the plan’s currency');
  });
});
