// Hotclub dev server: live reload's SharedWorker. One connection to the dev server for every tab of the browser;
// each event goes to every tab, and a tab that connects gets the last state as a "hello".
var ports = new Set();
var last = null;

function connect() {
  var source = new EventSource('events');
  ['hello', 'reload', 'stylesheet'].forEach(function (type) {
    source.addEventListener(type, function (e) {
      var data = JSON.parse(e.data);
      data.type = type;
      last = { type: 'hello', server: data.server, version: data.version };
      ports.forEach(function (port) { port.postMessage(data); });
    });
  });
  source.onerror = function () {
    last = null; // a tab that opens while the server is away waits for the next hello instead of an old one
    // EventSource reconnects by itself after a network error; it gives up on an HTTP error, so retry then.
    if (source.readyState === EventSource.CLOSED) setTimeout(connect, 1000);
  };
}

onconnect = function (e) {
  var port = e.ports[0];
  ports.add(port);
  port.onmessage = function (m) {
    if (m.data === 'bye') {
      ports.delete(port);
    } else if (m.data === 'hi') {
      ports.add(port);
      if (last) port.postMessage(last);
    }
  };
  if (last) port.postMessage(last);
};

connect();
