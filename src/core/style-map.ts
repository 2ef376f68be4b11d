/**
 * `styleMap` for a strict Content-Security-Policy. Lit's own styleMap writes
 * its FIRST value as a `style` attribute string (`setAttribute('style', …)`);
 * a policy whose style-src has no 'unsafe-inline' blocks that attribute, so
 * the first value is silently lost (an empty progress bar, a marker at 0).
 * This drop-in sets every property through CSSOM (`element.style`), the first
 * render included, which every CSP allows. Same use:
 * `style=${styleMap({ width: '40%', '--_today': '12%' })}`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type StyleInfo = Readonly<Record<string, string | number | null | undefined>>;

const IMPORTANT = ' !important';

/** `backgroundColor` → `background-color`; custom properties and dashed names stay as they are. */
const cssName = (name: string): string =>
  name.includes('-') ? name : name.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g, '-$&').toLowerCase();

class CspStyleMapDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleMap must be the only expression in a style attribute.');
    }
  }

  // Only server rendering calls render(); in the browser update() does the work.
  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (styles[name] == null) {
        this.previous.delete(name);
        style.removeProperty(cssName(name));
      }
    }
    for (const [name, raw] of Object.entries(styles)) {
      if (raw == null) continue;
      this.previous.add(name);
      const value = String(raw);
      const important = value.endsWith(IMPORTANT);
      style.setProperty(
        cssName(name),
        important ? value.slice(0, -IMPORTANT.length) : value,
        important ? 'important' : '',
      );
    }
    return noChange;
  }
}

/** Sets inline style properties through CSSOM only, so a strict CSP never blocks them. */
export const styleMap = directive(CspStyleMapDirective);
