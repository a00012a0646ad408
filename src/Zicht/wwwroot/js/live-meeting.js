// Live meeting: the board follows the server (server-sent events say "changed", the page's board is then
// fetched again), and the worker's additions are queued in this browser (localStorage) with an id made
// here, so with a bad connection nothing typed is lost and a resend never adds twice. Without
// JavaScript the page refreshes itself (noscript meta refresh) and the forms post as usual.
(function () {
  if (!window.fetch || !window.DOMParser) return;

  var holder = document.querySelector('[data-live-stream]');
  var refreshing = false, again = false;

  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    fetch(location.pathname + location.search, { credentials: 'same-origin', headers: { 'X-Live-Board': '1' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live-board');
        var current = document.getElementById('live-board');
        if (!fresh) { location.reload(); return; }
        // Keep an open decision form open and its typing intact: replace only when nobody is typing in the board.
        if (current && current.contains(document.activeElement) && /TEXTAREA|INPUT|SELECT/.test(document.activeElement.tagName)) { again = true; return; }
        if (current) current.replaceWith(fresh);
      })
      .catch(function (status) { if (status === 404) location.reload(); })
      .then(function () { refreshing = false; if (again) { again = false; setTimeout(refresh, 500); } });
  }

  if (holder && window.EventSource) {
    var source = new EventSource(holder.getAttribute('data-live-stream'));
    source.onmessage = function (e) {
      var board = document.getElementById('live-board');
      if (!board || board.getAttribute('data-stamp') !== e.data) refresh();
    };
  }

  // The offline queue of the worker's decisions (accept, reword, merge, decline). Each carries the versions the
  // board showed, so a decision sent late never overwrites a change made in between: the server answers 409
  // with both wordings, and that choice is put on the page.
  var decideStatus = document.querySelector('[data-decide-status]');
  if (decideStatus && window.localStorage) {
    var decideKey = 'zicht.live.decide.' + decideStatus.getAttribute('data-decide-status');
    var deciding = false;
    var loadDecisions = function () { try { return JSON.parse(localStorage.getItem(decideKey) || '[]'); } catch (e) { return []; } };
    var saveDecisions = function (items) { localStorage.setItem(decideKey, JSON.stringify(items)); };
    var showDecisions = function () {
      var n = loadDecisions().length;
      decideStatus.textContent = n === 0 ? '' : (document.documentElement.lang === 'en'
        ? n + ' decision(s) waiting to be sent: they go as soon as the connection is back.'
        : n + ' beslissing(en) wachten om verstuurd te worden: ze gaan mee zodra de verbinding terug is.');
    };
    var showConflict = function (html) {
      var conflict = new DOMParser().parseFromString(html, 'text/html').querySelector('.conflict');
      var old = document.querySelector('main .conflict');
      if (old) old.remove();
      if (conflict) { decideStatus.after(conflict); conflict.setAttribute('tabindex', '-1'); conflict.focus(); }
    };
    var flushDecisions = function () {
      if (deciding) return;
      var items = loadDecisions();
      if (items.length === 0) { showDecisions(); return; }
      deciding = true;
      var item = items[0];
      var done = function () { saveDecisions(loadDecisions().filter(function (x) { return x.id !== item.id; })); deciding = false; };
      fetch(item.url, { method: 'POST', credentials: 'same-origin', headers: { 'X-Live-Queue': '1' }, body: new URLSearchParams(item.fields) })
        .then(function (r) {
          if (r.status === 409) { return r.text().then(function (html) { done(); showConflict(html); refresh(); flushDecisions(); }); }
          // Sent, or refused for good (the meeting closed): off the queue.
          if (r.ok || (r.status >= 400 && r.status < 500)) { done(); refresh(); flushDecisions(); }
          else { deciding = false; showDecisions(); }
        }, function () { deciding = false; showDecisions(); });
    };
    document.addEventListener('submit', function (e) {
      var f = e.target;
      if (!f.closest || !f.closest('#live-board') || !/handler=Decide/.test(f.getAttribute('action') || '')) return;
      e.preventDefault();
      var fields = {};
      new FormData(f).forEach(function (v, k) { fields[k] = String(v); });
      if (e.submitter && e.submitter.name) fields[e.submitter.name] = e.submitter.value;
      var items = loadDecisions();
      items.push({ id: String(Date.now()) + Math.random(), url: f.action, fields: fields });
      saveDecisions(items);
      var li = f.closest('li');
      if (li) li.setAttribute('data-pending', 'true');
      showDecisions(); flushDecisions();
    });
    window.addEventListener('online', flushDecisions);
    setInterval(flushDecisions, 5000);
    flushDecisions();
  }

  // The offline queue of the worker's additions.
  var form = document.querySelector('form[data-live-queue]');
  if (!form || !window.localStorage) return;
  var key = 'zicht.live.' + form.getAttribute('data-live-queue');
  var status = form.querySelector('[data-queue-status]');
  var sending = false;

  function load() { try { return JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { return []; } }
  function save(items) { localStorage.setItem(key, JSON.stringify(items)); }
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16)); b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function show() {
    var n = load().length;
    status.textContent = n === 0 ? '' : (document.documentElement.lang === 'en'
      ? n + ' waiting to be sent: they go as soon as the connection is back.'
      : n + ' wacht(en) om verstuurd te worden: ze gaan mee zodra de verbinding terug is.');
  }

  function flush() {
    if (sending) return;
    var items = load();
    if (items.length === 0) { show(); return; }
    sending = true;
    var item = items[0];
    fetch(form.action, { method: 'POST', credentials: 'same-origin', headers: { 'X-Live-Queue': '1' }, body: new URLSearchParams(item) })
      .then(function (r) {
        // Sent (or refused for good): off the queue. A refusal is not retried forever.
        if (r.ok || (r.status >= 400 && r.status < 500)) {
          save(load().filter(function (x) { return x['Add.ClientId'] !== item['Add.ClientId']; }));
          sending = false; refresh(); flush();
        } else { sending = false; show(); }
      }, function () { sending = false; show(); });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var data = {};
    new FormData(form).forEach(function (v, k) { data[k] = String(v); });
    if (!data['Add.Text'] || !data['Add.Text'].trim()) { form.querySelector('textarea').focus(); return; }
    var items = load(); items.push(data); save(items);
    form.querySelector('[data-client-id]').value = newId();
    form.querySelector('textarea').value = '';
    form.querySelector('textarea').focus();
    show(); flush();
  });
  window.addEventListener('online', flush);
  setInterval(flush, 5000);
  flush();
})();
