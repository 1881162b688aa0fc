/* Iron River embeds: sizes every Iron River iframe on this page to fit its content. Include it
   once after the iframes: <script src="https://iron-river.org/embed.js" async></script>
   It trusts a height only from the frame's own window and origin, and sets nothing else. */
(function () {
  if (window.ironRiverEmbeds) return;
  window.ironRiverEmbeds = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'iron-river:embed-height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-iron-river-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { continue; }
      if (origin !== event.origin) continue;
      frame.style.height = Math.max(80, Math.min(20000, Math.ceil(data.height))) + 'px';
    }
  });
})();
