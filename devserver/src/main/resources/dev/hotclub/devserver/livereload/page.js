(function () {
  // Hotclub dev server: live reload (docs/DEVSERVER.md). Only the dev server adds this script, only with DEBUG on.
  var me = document.currentScript;
  if (!me || window.hotclubLiveReload) return; // one per page, even if a fragment brought a second copy
  var server = me.getAttribute('data-server');
  var errorPage = me.hasAttribute('data-error-page');
  var state = window.hotclubLiveReload = { version: Number(me.getAttribute('data-version')) };
  var SCROLL = 'hotclub-livereload-scroll';
  var base = '/__hotclub__/livereload/';

  function reload() {
    if (state.reloading) return;
    state.reloading = true;
    if (!errorPage) { // the error page keeps the scroll position of the page it replaced
      try {
        sessionStorage.setItem(SCROLL, JSON.stringify({ url: location.href, x: scrollX, y: scrollY }));
      } catch (e) { /* storage disabled: reload without it */ }
    }
    location.reload();
  }

  function restoreScroll() {
    // The browser would give the page that replaces the error page the error page's scroll position.
    if (errorPage) {
      if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
      return;
    }
    var saved;
    try { saved = JSON.parse(sessionStorage.getItem(SCROLL)); } catch (e) { return; }
    if (!saved || saved.url !== location.href) return;
    // The browser would restore the position of the document this one replaced (the error page's, say).
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    var scroll = function () { scrollTo(saved.x, saved.y); };
    scroll();
    addEventListener('load', function () {
      scroll();
      requestAnimationFrame(function () {
        scroll(); // after whatever the load event's other listeners did
        if ('scrollRestoration' in history) history.scrollRestoration = 'auto';
        try { sessionStorage.removeItem(SCROLL); } catch (e) { /* nothing to clean */ }
      });
    });
  }

  // The new sheet is added beside the old one, which goes once the new one applies: no unstyled flash.
  function swapStylesheets(version) {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      url.searchParams.set('hotclub-livereload', String(version));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      fresh.onload = fresh.onerror = function () { link.remove(); };
      link.after(fresh);
    });
  }

  function on(event) {
    state.connected = true; // for tests and benchmarks: saves from now on reach this tab
    if (event.type === 'hello') { // a new server (a restart), or events missed before this page listened
      if (event.server !== server || event.version > state.version) reload();
      return;
    }
    if (event.server !== server) { reload(); return; }
    if (event.version <= state.version) return;
    state.version = event.version;
    if (event.type === 'stylesheet') {
      if (!errorPage) swapStylesheets(event.version);
    } else {
      reload();
    }
  }

  function listen(source, deliver) {
    ['hello', 'reload', 'stylesheet'].forEach(function (type) {
      source.addEventListener(type, function (e) {
        var data = JSON.parse(e.data);
        data.type = type;
        deliver(data);
      });
    });
  }

  restoreScroll();
  if (window.SharedWorker) {
    try {
      var worker = new SharedWorker(base + 'worker.js', { name: 'hotclub-livereload' });
      worker.port.onmessage = function (m) { on(m.data); };
      addEventListener('pagehide', function () { worker.port.postMessage('bye'); });
      addEventListener('pageshow', function (e) { if (e.persisted) worker.port.postMessage('hi'); });
      return;
    } catch (e) { /* no SharedWorker here: one connection for this tab */ }
  }
  (function connect() {
    var source = new EventSource(base + 'events');
    listen(source, on);
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 1000);
    };
  })();
})();
