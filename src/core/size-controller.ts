/**
 * The size of the box a widget draws into, kept current by a ResizeObserver.
 *
 * Charts need pixel sizes for their scales. The box's size comes from CSS
 * (a width from the page, a height from a custom property), so it exists
 * before any data does and nothing jumps when the drawing appears.
 *
 *   private readonly size = new SizeController(this, '.plot');
 *   html`<div class="plot">…</div>`
 *
 * The box is found by a selector in the host's shadow root after each
 * update (a `ref` directive would do the same and bring Lit's async
 * directives into the bundle). The first size is read right after the
 * render that created the box, so the very first frame already has real
 * geometry; later changes arrive from the observer before the browser paints.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A Lit element, as far as this controller needs it. */
type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export interface Size {
  /** Border-box width, in CSS pixels. */
  width: number;
  /** Border-box height, in CSS pixels. */
  height: number;
  /** The box's font size in pixels, to turn em into pixels. */
  fontSize: number;
}

export class SizeController implements ReactiveController, Size {
  width: number;
  height: number;
  fontSize: number;

  private element?: Element;
  private observer?: ResizeObserver;
  private measured = false;

  /** Whether the box has been measured; until then the size is the fallback. */
  get hasSize(): boolean {
    return this.measured;
  }

  constructor(
    private readonly host: Host,
    /** The box to measure, in the host's render root. */
    private readonly selector: string,
    fallback: Size = { width: 640, height: 320, fontSize: 16 },
  ) {
    ({ width: this.width, height: this.height, fontSize: this.fontSize } = fallback);
    host.addController(this);
  }

  hostConnected(): void {
    if (this.element) this.ensureObserver().observe(this.element);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * After each update, the box is looked up: it may have appeared, gone or
   * been replaced. After the render that created it, its size is read at
   * once and a second update draws with it, before any frame is painted.
   * (Lit's dev build warns about an update requested in `updated`; here it
   * is the point.)
   */
  hostUpdated(): void {
    const element = this.host.renderRoot.querySelector(this.selector) ?? undefined;
    if (element !== this.element) {
      if (this.element) this.observer?.unobserve(this.element);
      this.element = element;
      this.measured = false;
      if (element) this.ensureObserver().observe(element);
    }
    if (this.measured || !this.element) return;
    const { width, height } = this.element.getBoundingClientRect();
    this.apply(width, height);
  }

  private ensureObserver(): ResizeObserver {
    this.observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target !== this.element) continue;
        const box = entry.borderBoxSize[0];
        if (box) this.apply(box.inlineSize, box.blockSize);
      }
    });
    return this.observer;
  }

  private apply(width: number, height: number): void {
    // A hidden box (display: none) measures 0: keep the last real size.
    if (width <= 0 || !this.element) return;
    // A new box of the same size as the last (a chart drawn again after a new src) still needs its update.
    const first = !this.measured;
    this.measured = true;
    const fontSize = parseFloat(getComputedStyle(this.element).fontSize) || this.fontSize;
    if (!first && width === this.width && height === this.height && fontSize === this.fontSize) return;
    this.width = width;
    this.height = height;
    this.fontSize = fontSize;
    this.host.requestUpdate();
  }
}
