/**
 * The outbox's queue on its own (no form): stored before the first attempt,
 * backoff with jitter, Retry-After, the events a later answer fires, parked
 * refusals, receipts no form took, the triggers that send again, and one
 * attempt at a time across tabs. The form's side of the same story is in
 * feedback-form.offline.test.ts and feedback-form.reload.test.ts.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { Outbox, type OutboxEvent } from './outbox.js';
import type { Refused, Sent } from './outbox-delivery.js';
import {
  cleanBrowserEachTest,
  endpointOf,
  fillValid,
  form,
  mockLog,
  newKey,
  setMode,
  storedInLocalStorage,
  submitFor,
} from '../test-support/feedback-form.js';

const absolute = (key: string, query = '') => new URL(endpointOf(key, query), location.href).href;
let ids = 0;
/** A submission for the mock `key` (the outbox sends bodies as they are). */
const envelope = (key: string, query = '') => {
  const id = `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
  return { id, endpoint: absolute(key, query), body: JSON.stringify({ id }) };
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the outbox', () => {
  cleanBrowserEachTest();

  it('stores a submission before its first attempt, and removes it on a 2xx', async () => {
    const [waiting, answered] = [newKey(), newKey()];
    const outbox = new Outbox();
    outbox.timeout = 1000;
    await setMode(waiting, { mode: 'hang' });
    const attempt = outbox.submit(envelope(waiting));
    await waitUntil(async () => (await mockLog(waiting)).requests.length === 1, 'the attempt is on its way');
    expect(await outbox.items()).to.have.length(1);
    expect((await attempt).kind).to.equal('failed');
    const sent = envelope(answered);
    expect((await outbox.submit(sent)).kind).to.equal('sent');
    expect((await outbox.items()).map((item) => item.id)).not.to.include(sent.id);
  });

  it('waits between half and all of base × 2^(n−1) before trying again, and never more than maxDelay', async () => {
    const key = newKey();
    const outbox = new Outbox();
    outbox.baseDelay = 1000;
    await setMode(key, { mode: 'fail', status: 503 });
    const wait = async (attempt: () => Promise<unknown>) => {
      const before = Date.now();
      await attempt();
      const after = Date.now();
      const [item] = await outbox.items();
      return [item!.nextAttemptAt - before, item!.nextAttemptAt - after];
    };
    const [first, firstLatest] = await wait(() => outbox.submit(envelope(key)));
    expect(first).to.be.at.least(500);
    expect(firstLatest).to.be.at.most(1000);
    const [second, secondLatest] = await wait(() => outbox.flush(true));
    expect(second).to.be.at.least(1000);
    expect(secondLatest).to.be.at.most(2000);
    outbox.maxDelay = 1500;
    const [third, thirdLatest] = await wait(() => outbox.flush(true));
    expect(third).to.be.at.least(750);
    expect(thirdLatest).to.be.at.most(1500);
    expect((await outbox.items())[0]!.attempts).to.equal(3);
  });

  it('honors a Retry-After longer than its backoff, up to a day', async () => {
    const key = newKey();
    const outbox = new Outbox();
    await setMode(key, { mode: 'fail', status: 503, retryAfter: '999999' });
    await outbox.submit(envelope(key));
    const [item] = await outbox.items();
    expect(item!.nextAttemptAt - Date.now()).to.be.within(86_390_000, 86_400_000);
  });

  it('fires "delivered" for an item it got through on its own, with the receiver’s reference', async () => {
    const key = newKey();
    const outbox = new Outbox();
    await setMode(key, { mode: 'fail', status: 503 });
    const sent = envelope(key);
    await outbox.submit(sent);
    await setMode(key, { mode: 'ok' });
    const delivered = oneEvent(outbox, 'delivered') as Promise<OutboxEvent<Sent>>;
    await outbox.flush(true);
    const { detail } = await delivered;
    expect(detail.item.id).to.equal(sent.id);
    expect(detail.result.reference).to.match(/^REF-\d{4}$/);
    expect(await outbox.items()).to.deep.equal([]);
  });

  it('keeps the receipt of a delivery no listener takes, and hands it over once, per endpoint', async () => {
    const [key, other] = [newKey(), newKey()];
    const outbox = new Outbox();
    await setMode(key, { mode: 'fail', status: 503 });
    await setMode(other, { mode: 'fail', status: 503 });
    const [unclaimed, taken] = [envelope(key), envelope(other)];
    await outbox.submit(unclaimed);
    await outbox.submit(taken);
    await setMode(key, { mode: 'ok', reference: 'REF-KEPT' });
    await setMode(other, { mode: 'ok' });
    outbox.addEventListener('delivered', (event) => {
      if (event.detail.item.id === taken.id) event.preventDefault();
    });
    await outbox.flush(true);
    expect(outbox.takeReceipts(absolute(other))).to.deep.equal([]);
    const [receipt, ...more] = outbox.takeReceipts(absolute(key));
    expect(more).to.deep.equal([]);
    expect(receipt).to.deep.include({ id: unclaimed.id, endpoint: absolute(key), reference: 'REF-KEPT' });
    expect(receipt!.queuedAt).to.be.below(Date.now() + 1);
    expect(outbox.takeReceipts(absolute(key))).to.deep.equal([]);
  });

  it('parks a refused item that no listener takes, and hands parked items over once, oldest first, per endpoint', async () => {
    const [key, other] = [newKey(), newKey()];
    const outbox = new Outbox();
    await setMode(key, { mode: 'fail', status: 503 });
    await setMode(other, { mode: 'fail', status: 503 });
    const [older, newer, elsewhere] = [envelope(key), envelope(key), envelope(other)];
    await outbox.submit(older);
    await pause(5);
    await outbox.submit(newer);
    await outbox.submit(elsewhere);
    await setMode(key, { mode: 'reject', status: 409, message: 'Conflicto.' });
    const refusals: OutboxEvent<Refused>[] = [];
    outbox.addEventListener('rejected', (event) => refusals.push(event));
    await outbox.flush(true);
    expect(refusals.map((event) => [event.detail.item.id, event.cancelable, event.detail.result.status])).to.deep.equal(
      [
        [older.id, true, 409],
        [newer.id, true, 409],
      ],
    );
    expect((await outbox.takeRejected(absolute(key)))!.rejected).to.deep.equal({ status: 409, message: 'Conflicto.' });
    expect((await outbox.takeRejected(absolute(key)))!.id).to.equal(newer.id);
    expect(await outbox.takeRejected(absolute(key))).to.equal(undefined);
    expect((await outbox.items()).map((item) => [item.id, item.rejected])).to.deep.equal([[elsewhere.id, undefined]]);
  });

  it('removes a refused item a listener takes (preventDefault), and never sends a parked one again', async () => {
    const key = newKey();
    const outbox = new Outbox();
    await setMode(key, { mode: 'fail', status: 503 });
    await outbox.submit(envelope(key));
    await setMode(key, { mode: 'reject', status: 400 });
    outbox.addEventListener('rejected', (event) => event.preventDefault(), { once: true });
    await outbox.flush(true);
    expect(await outbox.items()).to.deep.equal([]);

    await setMode(key, { mode: 'fail', status: 503 });
    await outbox.submit(envelope(key));
    await setMode(key, { mode: 'reject', status: 400 });
    await outbox.flush(true);
    await outbox.flush(true);
    expect((await mockLog(key)).requests.filter((request) => request.status === 400)).to.have.length(2);
    expect(await outbox.items()).to.have.length(1);
  });

  it('sends again when the browser comes back online once started, and not after it stops', async () => {
    const key = newKey();
    const outbox = new Outbox();
    await setMode(key, { mode: 'fail', status: 503 });
    outbox.start();
    await outbox.submit(envelope(key));
    await setMode(key, { mode: 'ok' });
    const delivered = oneEvent(outbox, 'delivered');
    window.dispatchEvent(new Event('online'));
    await delivered;
    await setMode(key, { mode: 'fail', status: 503 });
    await outbox.submit(envelope(key));
    outbox.stop();
    await setMode(key, { mode: 'ok' });
    window.dispatchEvent(new Event('online'));
    await pause(300);
    expect(await outbox.items()).to.have.length(1);
  });

  it('never sends one item from two outboxes at once (two tabs)', async () => {
    const key = newKey();
    const element = await form(key, '?fail=1&status=503');
    await fillValid(element);
    const { detail } = await submitFor(element, 'ogp-feedback-queued');
    await setMode(key, { mode: 'hang' });
    const tabA = new Outbox();
    const tabB = new Outbox();
    tabA.timeout = tabB.timeout = 500;
    await Promise.all([tabA.flush(true), tabB.flush(true)]);
    const log = await mockLog(key);
    // One failed first attempt, then exactly one more, however many outboxes tried.
    expect(log.requests.filter((request) => request.idempotencyKey === detail.id)).to.have.length(2);
  });

  it('keeps items in localStorage where IndexedDB is missing, and delivers them on the next load', async () => {
    const key = newKey();
    const tab = new Outbox({ storage: 'localstorage' });
    expect(await tab.storageKind()).to.equal('localstorage');
    await setMode(key, { mode: 'fail' });
    const body = JSON.stringify({ id: 'x' });
    const result = await tab.submit({
      id: '6f1c3e0a-5d2b-4a8e-9c7f-2b1d0e4a6c58',
      endpoint: new URL(endpointOf(key), location.href).href,
      body,
    });
    expect(result.kind).to.equal('failed');
    expect(storedInLocalStorage()).to.have.length(1);
    await setMode(key, { mode: 'ok' });
    const next = new Outbox({ storage: 'localstorage' });
    next.start();
    await next.flush();
    next.stop();
    expect((await mockLog(key)).delivered).to.deep.equal(['6f1c3e0a-5d2b-4a8e-9c7f-2b1d0e4a6c58']);
    expect(storedInLocalStorage()).to.have.length(0);
  });
});
