/**
 * Resizes ogp-plan-widgets iframes (embed.html) to their content: the parent
 * page's side of the iframe fallback (dist/embed/embed-resizer.js). Include
 * it once on the page that holds the iframes, as a classic script:
 *   <script src="https://<where the widgets are served>/embed-resizer.js" defer></script>
 * It trusts a height message only from the iframe's own window and only from
 * the origin the iframe was loaded from, and only a sensible height.
 *
 * A script, not a module (no import or export): host pages include it
 * without type="module", and nothing it declares may leak into their globals.
 */
{
  const MAX_HEIGHT = 20000;

  /** The origin `frame` was loaded from, or undefined when its src is not a URL. */
  const originOf = (frame: HTMLIFrameElement) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return undefined;
    }
  };

  window.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'ogp-embed-height') return;
    const height = Number((data as { height?: unknown }).height);
    if (!Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    const frame = [...document.getElementsByTagName('iframe')].find(
      (candidate) => candidate.contentWindow === event.source,
    );
    if (!frame || originOf(frame) !== event.origin) return;
    frame.style.height = `${Math.ceil(height)}px`;
  });
}
