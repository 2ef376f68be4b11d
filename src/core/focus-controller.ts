/**
 * Where the keyboard focus goes when a widget re-renders. Lit reuses DOM by
 * position and removes what a state no longer shows, so without care the
 * focus stays on an element that now shows something else, or falls to the
 * page's <body> and a keyboard or screen reader user starts over. One
 * controller, three ways to use it:
 *
 * - `focusAfterUpdate(target)`: after the next update, focus this (the
 *   result of a submit, the search box after "Quitar filtros"); with
 *   `repeatWhile`, after every update while it holds (after "Reintentar":
 *   the loading message, then what replaces it);
 * - `remember`: before each update, name the focused element by what it
 *   shows (a selector), so the focus follows it wherever the update puts it;
 * - `fallback`: where the focus goes when an update removed the focused
 *   element and nothing remembered is found.
 *
 * A request wins over remembering. Nothing happens when the focus was not in
 * the widget: a widget never takes the focus from the page by itself.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** What to focus: a selector in the widget's shadow root, or a function that finds the element. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

export interface FocusKeeping {
  /** A selector that finds the focused element again after an update, or undefined to let it be. */
  remember?: (focused: Element) => string | undefined;
  /** Where the focus goes when an update took it away and nothing remembered is there. */
  fallback?: () => HTMLElement | null | undefined;
}

export interface FocusRequest extends FocusOptions {
  /** Asked after each focusing: while true, focus the target again after the next update. */
  repeatWhile?: () => boolean;
}

export class FocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #keeping: FocusKeeping;
  #request?: { target: FocusTarget; options: FocusRequest };
  /** Whether the focus was in the widget when the update began, and what it was on. */
  #hadFocus = false;
  #remembered?: string;

  constructor(host: ReactiveElement, keeping: FocusKeeping = {}) {
    this.#host = host;
    this.#keeping = keeping;
    host.addController(this);
  }

  /** Focuses `target` once the next update is rendered (and asks for that update). */
  focusAfterUpdate(target: FocusTarget, options: FocusRequest = {}): void {
    this.#request = { target, options };
    this.#host.requestUpdate();
  }

  get #root(): DocumentOrShadowRoot & ParentNode {
    return this.#host.renderRoot as ShadowRoot;
  }

  #find(target: FocusTarget | undefined): HTMLElement | null | undefined {
    return typeof target === 'string' ? this.#root.querySelector<HTMLElement>(target) : target?.();
  }

  hostUpdate(): void {
    const focused = this.#root.activeElement;
    this.#hadFocus = !!focused;
    this.#remembered = focused ? this.#keeping.remember?.(focused) : undefined;
  }

  hostUpdated(): void {
    const request = this.#request;
    if (request) {
      const { repeatWhile, ...options } = request.options;
      this.#find(request.target)?.focus(options);
      if (!repeatWhile?.()) this.#request = undefined;
      return;
    }
    if (!this.#hadFocus) return;
    const remembered = this.#remembered ? this.#find(this.#remembered) : undefined;
    if (remembered) {
      if (this.#root.activeElement !== remembered) remembered.focus();
    } else if (!this.#root.activeElement) {
      this.#find(this.#keeping.fallback)?.focus();
    }
  }
}
