// Resizes ogp-plan-widgets iframes (demo/embed.html) to their content.
// Include it once on the page that holds the iframes:
//   <script src="https://<where the widgets are served>/embed-resizer.js" defer></script>
// It trusts a height message only from the iframe's own window and only from
// the origin the iframe was loaded from, and only a sensible height.
(function () {
  'use strict';
  var MAX_HEIGHT = 20000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'ogp-embed-height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
