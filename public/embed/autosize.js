// Activation Explorer: sizes each embedded iframe to the height its embed view reports
// ({ type: 'activation-explorer:resize', height }). Add once per page, anywhere:
//   <script src="https://example.org/ae/embed/autosize.js" defer></script>
// A file, not inline code, so that it runs under a CSP without 'unsafe-inline', is never run by
// a static-site build and never parsed as JSX by MDX. The same code as the module export
// `autosizeIframes` (activation-explorer/autosize); only messages from an iframe's own window
// count, other shapes are ignored and heights stay within 120–5000 px.
(function () {
  if (typeof window === 'undefined' || window.__activationExplorerAutosize) return;
  window.__activationExplorerAutosize = true;
  window.addEventListener('message', function (e) {
    var data = e.data;
    if (!data || data.type !== 'activation-explorer:resize') return;
    var h = data.height;
    if (typeof h !== 'number' || !isFinite(h)) return;
    var frames = document.querySelectorAll('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== e.source) continue;
      frames[i].style.height = Math.min(5000, Math.max(120, Math.ceil(h))) + 'px';
    }
  });
})();
