/**
 * Remembers how high a widget was once it showed its data, so that on the
 * next visit its loading state keeps that space and the page does not jump
 * when the data arrives (issue 12: a repeat visit with bare tags). Kept in
 * localStorage per page, tag, feed, position among the page's tags of that
 * name and width (in steps of 100 px: a phone turned sideways is another
 * layout). A height the page gives (--ogp-loading-height) still wins: this
 * only replaces the element's own default. Storage that is full, blocked or
 * missing is simply not used.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { src?: string };

const PREFIX = 'ogp-plan-widgets.height:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export class RememberedHeight implements ReactiveController {
  readonly #host: Host;
  readonly #ready: () => boolean;
  #frame = 0;

  /** `ready()`: whether the host now shows its data (what is worth remembering). */
  constructor(host: Host, ready: () => boolean) {
    this.#host = host;
    this.#ready = ready;
    host.addController(this);
  }

  #key(): string | undefined {
    const host = this.#host;
    if (!host.src || !host.isConnected) return undefined;
    const root = host.getRootNode() as Document | ShadowRoot;
    const position = [...root.querySelectorAll(host.localName)].indexOf(host);
    const width = Math.round(globalThis.innerWidth / 100);
    return `${PREFIX}${location.pathname}|${host.localName}|${host.src}|${position}|${width}`;
  }

  /** The height remembered for this widget here, as a CSS length, or undefined. */
  get height(): string | undefined {
    const key = this.#key();
    const value = key ? Number(storage()?.getItem(key)) : NaN;
    return value > 0 ? `${value}px` : undefined;
  }

  hostUpdated(): void {
    if (!this.#ready()) return;
    // After layout (and the renders the widget's own size controller asks for).
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const key = this.#key();
      const height = Math.ceil(this.#host.getBoundingClientRect().height);
      if (!key || height <= 0) return;
      try {
        storage()?.setItem(key, String(height));
      } catch {
        // Full or blocked: the next visit uses the element's default.
      }
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
  }
}
