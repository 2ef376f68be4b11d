/**
 * A roving tabindex (WAI-ARIA Authoring Practices, "Managing focus within
 * components"): a row of items is one tab stop, and the keys of
 * `stepIndex` (arrows, Home, End, Page Up and Page Down) move the focus
 * between them. Modelled on Spectrum Web Components' RovingTabindexController,
 * smaller: one dimension, and the items are found in the host's shadow root.
 *
 * Only the item that holds the tab stop has tabindex="0"; render the others
 * with tabindex="-1". A key moves the tab stop by setting two tabindex
 * values and focusing: it never asks the host to update, so it costs the
 * same however many items there are. After each update the tab stop is put
 * back on the item at the same place (or the last one, when fewer remain).
 * Keys pressed on something inside an item (a link) are left to it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { stepIndex } from './keyboard.js';

export interface RovingTabindexOptions<T extends HTMLElement> {
  /** The items, in order. Asked again after each update of the host. */
  elements: () => T[];
  /** The index a key moves to among `count` items, or undefined for keys it leaves alone. Default: `stepIndex`. */
  step?: (key: string, index: number, count: number) => number | undefined;
}

export class RovingTabindexController<T extends HTMLElement> implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly options: RovingTabindexOptions<T>;
  private index = 0;
  private cached?: T[];

  constructor(host: ReactiveElement, options: RovingTabindexOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The items as the last update left them. */
  get elements(): T[] {
    return (this.cached ??= this.options.elements());
  }

  /** The item that holds the tab stop, if there are items. */
  get tabStop(): T | undefined {
    const { elements } = this;
    return elements[Math.min(this.index, elements.length - 1)];
  }

  /** Makes the item at `index` (within bounds) the tab stop and returns it; `all` sets every item's tabindex. */
  private moveTabStop(index: number, all = false): T | undefined {
    const { elements } = this;
    const previous = elements[this.index];
    this.index = Math.max(0, Math.min(index, elements.length - 1));
    const current = elements[this.index];
    if (all) {
      for (const element of elements) {
        const tabIndex = element === current ? 0 : -1;
        if (element.tabIndex !== tabIndex) element.tabIndex = tabIndex;
      }
    } else if (previous && previous !== current) {
      previous.tabIndex = -1;
    }
    if (current) current.tabIndex = 0;
    return current;
  }

  /** The item an event happened on, when it happened on an item itself. */
  private indexOf(event: Event): number {
    return this.elements.indexOf(event.composedPath()[0] as T);
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const index = this.indexOf(event);
    if (index < 0) return;
    const next = (this.options.step ?? stepIndex)(event.key, index, this.elements.length);
    if (next === undefined) return;
    event.preventDefault();
    this.moveTabStop(next)?.focus();
  };

  /** An item focused by any means (a click, the focus restored) becomes the tab stop. */
  private readonly onFocusIn = (event: FocusEvent) => {
    const index = this.indexOf(event);
    if (index >= 0) this.moveTabStop(index);
  };

  hostConnected(): void {
    // The shadow root, not the host: focus moving inside the shadow root is not seen from outside it.
    this.host.renderRoot.addEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostUpdate(): void {
    // The update may draw other items: ask for them again when next needed.
    this.cached = undefined;
  }

  hostUpdated(): void {
    this.moveTabStop(this.index, true);
  }
}
