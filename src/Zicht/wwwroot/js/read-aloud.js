// Progressive enhancement: where the browser can speak (speechSynthesis), add a "read aloud" button
// next to every text marked data-read. Without JavaScript or speech, the page is simply without them.
(function () {
  if (!('speechSynthesis' in window)) return;
  var lang = document.documentElement.lang || 'nl-BE';
  var label = lang.indexOf('en') === 0 ? 'Read aloud' : 'Voorlezen';
  document.querySelectorAll('[data-read]').forEach(function (el) {
    var text = el.textContent.trim();
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'read-aloud';
    button.setAttribute('aria-label', label + ': ' + text);
    button.appendChild(speakerIcon());
    button.addEventListener('click', function (e) {
      e.preventDefault();
      window.speechSynthesis.cancel();
      var u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      window.speechSynthesis.speak(u);
    });
    el.after(button);
  });
  // A speaker drawn as inline SVG: an emoji may be missing on a phone, and then the button shows nothing.
  function speakerIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '24');
    svg.setAttribute('height', '24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var body = document.createElementNS(ns, 'path');
    body.setAttribute('d', 'M3 9h4l5-4v14l-5-4H3z');
    body.setAttribute('fill', 'currentColor');
    var waves = document.createElementNS(ns, 'path');
    waves.setAttribute('d', 'M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13');
    waves.setAttribute('fill', 'none');
    waves.setAttribute('stroke', 'currentColor');
    waves.setAttribute('stroke-width', '2');
    waves.setAttribute('stroke-linecap', 'round');
    svg.appendChild(body);
    svg.appendChild(waves);
    return svg;
  }
})();
