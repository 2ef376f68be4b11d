/**
 * Where the outbox keeps its items: each storage behind the one interface,
 * what survives a new page, and the fallbacks when the browser refuses one.
 */
import { expect } from '@open-wc/testing';
import { type OutboxItem, openStorage } from './outbox-storage.js';
import { cleanBrowserEachTest, storedInLocalStorage } from '../test-support/feedback-form.js';

const item = (id: string, extra: Partial<OutboxItem> = {}): OutboxItem => ({
  id,
  endpoint: 'https://example.org/feedback',
  body: JSON.stringify({ id }),
  attempts: 0,
  nextAttemptAt: 1,
  queuedAt: 1,
  ...extra,
});
const byId = (items: OutboxItem[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('the outbox’s storage', () => {
  cleanBrowserEachTest();

  /** Undoes the test's stubs, even when the test failed halfway. */
  const undo: (() => unknown)[] = [];
  afterEach(() => undo.splice(0).forEach((step) => step()));

  for (const kind of ['indexeddb', 'localstorage', 'memory'] as const) {
    it(`${kind}: puts, replaces, lists and deletes items`, async () => {
      const storage = await openStorage(kind);
      expect(storage.kind).to.equal(kind);
      await storage.put(item('a'));
      await storage.put(item('b'));
      await storage.put(item('a', { attempts: 2, rejected: { status: 409, message: 'No.' } }));
      expect(byId(await storage.all())).to.deep.equal([
        item('a', { attempts: 2, rejected: { status: 409, message: 'No.' } }),
        item('b'),
      ]);
      await storage.delete('a');
      await storage.delete('missing');
      expect(await storage.all()).to.deep.equal([item('b')]);
    });
  }

  for (const kind of ['indexeddb', 'localstorage'] as const) {
    it(`${kind}: keeps items for the next page`, async () => {
      await (await openStorage(kind)).put(item('kept'));
      expect(await (await openStorage(kind)).all()).to.deep.equal([item('kept')]);
    });
  }

  it('memory: keeps nothing for the next page', async () => {
    await (await openStorage('memory')).put(item('lost'));
    expect(await (await openStorage('memory')).all()).to.deep.equal([]);
  });

  it('localStorage: one key per item, and only its own keys that hold an item', async () => {
    localStorage.setItem('ogp-plan-widgets:feedback-outbox:junk', 'not json');
    localStorage.setItem('ogp-plan-widgets:feedback-outbox:half', JSON.stringify({ id: 'half' }));
    localStorage.setItem('someone-else', JSON.stringify(item('theirs')));
    undo.push(() => localStorage.removeItem('someone-else'));
    const storage = await openStorage('localstorage');
    await storage.put(item('a'));
    await storage.put(item('b'));
    expect(storedInLocalStorage()).to.include.members([
      'ogp-plan-widgets:feedback-outbox:a',
      'ogp-plan-widgets:feedback-outbox:b',
    ]);
    expect(byId(await storage.all())).to.deep.equal([item('a'), item('b')]);
  });

  it('falls back to localStorage without IndexedDB, and to memory when localStorage is refused too', async () => {
    const stub = (name: string, get: () => unknown) => {
      const original = Object.getOwnPropertyDescriptor(window, name)!;
      Object.defineProperty(window, name, { configurable: true, get });
      undo.push(() => Object.defineProperty(window, name, original));
    };
    stub('indexedDB', () => undefined);
    expect((await openStorage('auto')).kind).to.equal('localstorage');
    stub('localStorage', () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect((await openStorage('auto')).kind).to.equal('memory');
    expect((await openStorage('indexeddb')).kind).to.equal('memory');
  });
});
