/**
 * A roving tabindex (WAI-ARIA Authoring Practices, "Managing focus within
 * components"): a row of items is one tab stop, and the keys of
 * `stepIndex` (arrows, Home, End, Page Up and Page Down) move the focus
 * between them. Modelled on Spectrum Web Components' RovingTabindexController,
 * smaller: one dimension, and the items are found in the host's shadow root.
 *
 * Only the item that holds the tab stop has tabindex="0"; render the others
 * with tabindex="-1". A key moves the tab stop by setting two tabindex
 * values and focusing: it never asks the host to update, so it redraws
 * nothing, however many items there are. After each update the tab stop is put back on the item at the
 * same place (or the last one, when fewer remain).
 * Keys pressed on something inside an item (a link) are left to it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { stepIndex } from './keyboard.js';

export class RovingTabindexController<T extends HTMLElement> implements ReactiveController, EventListenerObject {
  readonly #host: ReactiveElement;
  /** The items, in order, as the host renders them now. */
  readonly #items: () => T[];
  #index = 0;

  constructor(host: ReactiveElement, items: () => T[]) {
    this.#host = host;
    this.#items = items;
    host.addController(this);
  }

  /** The item that holds the tab stop, if there are items. */
  get tabStop(): T | undefined {
    const items = this.#items();
    return items[Math.min(this.#index, items.length - 1)];
  }

  /** Makes the item at `index` (within bounds) the tab stop instead of the one that holds it, and returns it. */
  #moveTabStop(items: T[], index: number): T | undefined {
    const previous = items[this.#index];
    if (previous) previous.tabIndex = -1;
    this.#index = Math.max(0, Math.min(index, items.length - 1));
    const current = items[this.#index];
    if (current) current.tabIndex = 0;
    return current;
  }

  /** Keys move the tab stop and the focus; an item focused by other means (a click) takes the tab stop. */
  handleEvent(event: Event): void {
    const items = this.#items();
    const index = items.indexOf(event.composedPath()[0] as T);
    // Not on an item itself: keys on a link inside an item are the link's.
    if (index < 0) return;
    if (event.type === 'focusin') {
      this.#moveTabStop(items, index);
      return;
    }
    const next = stepIndex((event as KeyboardEvent).key, index, items.length);
    if (next === undefined) return;
    event.preventDefault();
    this.#moveTabStop(items, next)?.focus();
  }

  hostConnected(): void {
    // On the shadow root, not the host: focus moving inside the shadow root is not seen from outside
    // it. The root goes with the host, so nothing needs removing; adding again on a move adds nothing.
    this.#host.renderRoot.addEventListener('keydown', this);
    this.#host.renderRoot.addEventListener('focusin', this);
  }

  /** Items drawn anew come with tabindex="-1": the tab stop goes back to its place, or to the last item. */
  hostUpdated(): void {
    const items = this.#items();
    this.#index = Math.max(0, Math.min(this.#index, items.length - 1));
    items.forEach((item, position) => {
      const tabIndex = position === this.#index ? 0 : -1;
      if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex;
    });
  }
}
