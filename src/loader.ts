/**
 * The entry of the CDN script `dist/ogp-plan-widgets.js`: a small loader that
 * defines each `ogp-*` element when a page first shows one, so a page pays
 * only for the elements it uses. Each element's code is a chunk of its own
 * (`dist/chunks/<name>-<hash>.js`); Lit, the core and the feed schema sit in shared
 * chunks that load once. The chunks are imported by paths relative to this
 * module (rollup writes `import('./chunks/…')`), so they come from the same
 * origin as the entry and a strict `script-src 'self'` allows them.
 *
 * It finds the tags:
 * - in the document when it loads;
 * - added later, by markup, `document.createElement` then insertion, a
 *   framework, or a template's clone: one MutationObserver on the document;
 * - inside shadow roots: the open ones already on the page when it loads,
 *   and every root attached after (it wraps `attachShadow` to observe the
 *   new root; the root is returned unchanged). Closed roots made before it
 *   loaded are out of reach: call `preload()` for what they show.
 *
 * Properties set before the chunk arrives (`el.feed = …`) are kept: Lit moves
 * an element's own properties onto the upgraded class. Loading the script
 * twice is harmless: the first copy watches the page, and both define through
 * the same guarded `customElements.define`.
 */
import type { WidgetTag } from './shared/widgets.js';

/** Each element's chunk; typed against the registry, so a widget missing here fails to compile. */
const CHUNKS: Record<WidgetTag, () => Promise<unknown>> = {
  'ogp-plan-overview': () => import('./plan-overview/define.js'),
  'ogp-commitment': () => import('./commitment/define.js'),
  'ogp-indicator-chart': () => import('./indicator-chart/define.js'),
  'ogp-milestone-timeline': () => import('./milestone-timeline/define.js'),
  'ogp-feedback-form': () => import('./feedback-form/define.js'),
  'ogp-feedback-answers': () => import('./feedback-answers/define.js'),
};

const TAGS = Object.keys(CHUNKS) as WidgetTag[];
const SELECTOR = TAGS.join(',');
const requested = new Map<WidgetTag, Promise<void>>();

const isWidgetTag = (tag: string): tag is WidgetTag => Object.hasOwn(CHUNKS, tag);

/** Loads one tag's chunk once; resolves when the tag is defined (by this copy or another). */
function load(tag: WidgetTag): Promise<void> {
  let pending = requested.get(tag);
  if (!pending) {
    pending = CHUNKS[tag]().then(
      () => customElements.whenDefined(tag).then(() => undefined),
      (error: unknown) => {
        // A failed download (offline, a blocked file) may be retried by the next element or preload().
        requested.delete(tag);
        throw error;
      },
    );
    requested.set(tag, pending);
  }
  return pending;
}

/** Loads the chunk of every widget in `root` (itself included). */
function scan(root: ParentNode): void {
  if (root instanceof Element && isWidgetTag(root.localName)) void load(root.localName).catch(report);
  for (const element of root.querySelectorAll(SELECTOR)) void load(element.localName as WidgetTag).catch(report);
}

/** An element's chunk failed to load: say so in the console; the element stays as the page wrote it. */
function report(error: unknown): void {
  console.error('ogp-plan-widgets: no se pudo cargar un elemento.', error);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
});

/** Observes `root` for added widgets, and loads those already in it and in the open shadow roots inside it. */
function watch(root: Document | ShadowRoot): void {
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) watch(element.shadowRoot);
}

/**
 * Loads the chosen elements now, before any is on the page, so elements a
 * script creates later render without waiting for a download. Resolves when
 * all are defined; rejects if a chunk cannot be loaded. Unknown tags are ignored.
 *
 * @example preload(['ogp-commitment', 'ogp-feedback-form']);
 */
export async function preload(tags: Iterable<string>): Promise<void> {
  await Promise.all([...tags].filter(isWidgetTag).map(load));
}

/** The tags this script defines on demand. */
export const widgetTags: readonly string[] = TAGS;

/** Set by the first copy on the page; later copies leave the watching to it. */
const WATCHING = Symbol.for('ogp-plan-widgets.loader');
const host = globalThis as { [WATCHING]?: true };

if (typeof document !== 'undefined' && !host[WATCHING]) {
  host[WATCHING] = true;
  const attachShadow = Element.prototype.attachShadow;
  try {
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attachShadow.call(this, init);
      // Our own elements hold no other widget: their (busy) roots need no watching.
      if (!isWidgetTag(this.localName)) observer.observe(root, { childList: true, subtree: true });
      return root;
    };
  } catch {
    // A page that froze the DOM's prototypes: shadow roots made later are out of reach; preload() still works.
  }
  watch(document);
}
