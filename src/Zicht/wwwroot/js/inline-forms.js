// Progressive enhancement for the daily flow: a form marked data-inline is posted in the background and
// the page's main content is replaced by what the server answers (the same page the redirect would
// show), so the worker stays where they were. The confirmation is moved next to the form and focus
// returns to its first field, so the next entry is one keystroke away. Without JavaScript the same
// forms post and redirect as before.
(function () {
  if (!window.fetch || !window.DOMParser || !window.FormData) return;
  // Submissions run one after another, so a quick second click is never lost.
  var queue = Promise.resolve();

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-inline')) return;
    e.preventDefault();
    var key = form.getAttribute('data-inline');
    var data = new FormData(form);
    if (e.submitter && e.submitter.name) data.append(e.submitter.name, e.submitter.value);
    var action = form.action || location.href;
    queue = queue.then(function () { return post(form, key, action, data); });
  });

  function post(form, key, action, data) {
    var main = document.getElementById('main');
    main.setAttribute('aria-busy', 'true');
    // Nothing typed while the answer is on its way may be lost when the content is replaced.
    var locked = Array.prototype.filter.call(main.querySelectorAll('input, select, textarea, button'), function (c) { return !c.disabled; });
    locked.forEach(function (c) { c.disabled = true; });
    return fetch(action, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'X-Inline': '1' } })
      .then(function (response) {
        if (!response.ok && response.status !== 400) throw new Error(String(response.status));
        return response.text().then(function (html) { return { url: response.url, html: html }; });
      })
      .then(function (answer) {
        var doc = new DOMParser().parseFromString(answer.html, 'text/html');
        var fresh = doc.getElementById('main');
        if (!fresh) throw new Error('no main');
        return { doc: doc, fresh: fresh, url: answer.url };
      })
      .then(function (page) {
        main.innerHTML = page.fresh.innerHTML;
        document.title = page.doc.title;
        var url = new URL(page.url);
        if (url.pathname === location.pathname) history.replaceState(null, '', url.pathname + url.search);
        main.removeAttribute('aria-busy');
        try { settle(key); } catch (ignored) { /* the content is in place; only focus could not be set */ }
      }, function () {
        // The server could not be reached this way: post the ordinary way (nothing was saved yet).
        main.removeAttribute('aria-busy');
        locked.forEach(function (c) { c.disabled = false; });
        if (document.body.contains(form)) { form.removeAttribute('data-inline'); form.submit(); }
      });
  }

  function settle(key) {
    var main = document.getElementById('main');
    var error = main.querySelector('.error-summary:not(.validation-summary-valid), .field-error:not(:empty)');
    var form = main.querySelector('form[data-inline="' + key + '"]');
    var flash = main.querySelector('.flash');
    if (flash && form) {
      flash.classList.add('flash-inline');
      form.parentNode.insertBefore(flash, form);
    }
    if (error) {
      var target = error.closest('form') || error;
      var field = target.querySelector('.input-validation-error') || error;
      if (!field.hasAttribute('tabindex') && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(field.tagName)) field.setAttribute('tabindex', '-1');
      field.focus();
      return;
    }
    if (form) {
      var first = form.querySelector('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea');
      (first || form).focus({ preventScroll: true });
      (flash || form).scrollIntoView({ block: 'center' });
    } else if (flash) {
      flash.setAttribute('tabindex', '-1');
      flash.focus();
    }
  }
})();
