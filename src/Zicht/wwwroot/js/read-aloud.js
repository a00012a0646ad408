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
    button.textContent = '🔊';
    button.addEventListener('click', function (e) {
      e.preventDefault();
      window.speechSynthesis.cancel();
      var u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      window.speechSynthesis.speak(u);
    });
    el.after(button);
  });
})();
