/* OrderCycle client app: the service worker (scope /app).
   - The shell (the /app page, its script, style and icons) is kept for offline start: the page is
     fetched from the network first (it carries the session's CSRF token and the language), the
     cached copy answers when the network does not.
   - Every GET of /api/v1 the app makes is kept as last seen and answered from that copy offline,
     marked with the header X-From-Cache so the app can say the data may be old.
   - A vehicle order or a chat message typed offline is queued in IndexedDB with its
     Idempotency-Key and sent when the network returns; the server answers a repeated key (for a
     chat message, its own id made by the app, which the key repeats) with what it stored the
     first time, so a request that reached it before the network broke is never made twice. */
"use strict";
var SHELL = "oc-app-shell-v1";
var DATA = "oc-app-data-v1";
var SHELL_FILES = ["/app", "/app/app.js", "/app/app.css", "/app/manifest.webmanifest", "/app/icon.svg", "/app/icon-192.png", "/app/icon-512.png", "/assets/page.js"];
var QUEUED = ["/api/v1/vehicle-orders", "/api/v1/chats"];
/* A message in a chat: /api/v1/chats/{id}/messages. */
var QUEUED_MESSAGES = /^\/api\/v1\/chats\/[0-9a-fA-F-]{36}\/messages$/;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return Promise.all(SHELL_FILES.map(function (url) {
      return fetch(url, { credentials: "same-origin" }).then(function (r) { if (r.ok) return cache.put(url, r); }).catch(function () {});
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n !== SHELL && n !== DATA; }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }).then(flush));
});

function db() {
  return new Promise(function (resolve, reject) {
    var open = indexedDB.open("oc-app", 1);
    open.onupgradeneeded = function () { open.result.createObjectStore("outbox", { keyPath: "key" }); };
    open.onsuccess = function () { resolve(open.result); };
    open.onerror = function () { reject(open.error); };
  });
}
function store(mode, work) {
  return db().then(function (d) {
    return new Promise(function (resolve, reject) {
      var tx = d.transaction("outbox", mode), result;
      var req = work(tx.objectStore("outbox"));
      if (req) req.onsuccess = function () { result = req.result; };
      tx.oncomplete = function () { resolve(result); };
      tx.onerror = function () { reject(tx.error); };
    });
  });
}
function queued() { return store("readonly", function (s) { return s.getAll(); }); }

function tell(message) {
  return self.clients.matchAll({ includeUncontrolled: true }).then(function (list) { list.forEach(function (c) { c.postMessage(message); }); });
}

var flushing = null;
/* Sends every queued request, oldest first, each with its own Idempotency-Key. A request the
   network still refuses stays queued; one the server answered (created, replayed or refused)
   leaves the queue and its answer is told to the open app. */
function flush() {
  if (flushing) return flushing;
  flushing = queued().then(function (items) {
    items.sort(function (a, b) { return a.at - b.at; });
    return items.reduce(function (chain, item) {
      return chain.then(function () {
        return fetch(item.url, { method: "POST", credentials: "same-origin", headers: item.headers, body: item.body }).then(function (r) {
          return r.text().then(function (text) {
            return store("readwrite", function (s) { return s.delete(item.key); }).then(function () {
              return tell({ kind: "outbox-sent", key: item.key, status: r.status, body: text });
            });
          });
        }, function () { /* still offline: keep it */ });
      });
    }, Promise.resolve());
  }).then(function () { return queued(); }).then(function (left) {
    flushing = null;
    return tell({ kind: "outbox", count: left.length });
  }, function () { flushing = null; });
  return flushing;
}

self.addEventListener("message", function (event) {
  if (event.data === "flush") event.waitUntil(flush());
});
self.addEventListener("sync", function (event) {
  if (event.tag === "outbox") event.waitUntil(flush());
});

function queueable(request, url) {
  return request.method === "POST" && (QUEUED.indexOf(url.pathname) >= 0 || QUEUED_MESSAGES.test(url.pathname)) && request.headers.has("Idempotency-Key");
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (queueable(request, url)) {
    event.respondWith(request.clone().text().then(function (body) {
      return fetch(request).then(function (response) {
        flush();
        return response;
      }, function () {
        var headers = {};
        request.headers.forEach(function (v, k) { headers[k] = v; });
        var key = request.headers.get("Idempotency-Key");
        return store("readwrite", function (s) { return s.put({ key: key, url: url.pathname, headers: headers, body: body, at: Date.now() }); }).then(function () {
          if (self.registration.sync) self.registration.sync.register("outbox").catch(function () {});
          tell({ kind: "outbox-queued", key: key });
          return new Response(JSON.stringify({ queued: true, key: key }), { status: 202, headers: { "Content-Type": "application/json", "X-Queued": "1" } });
        });
      });
    }));
    return;
  }
  if (request.method !== "GET") return;

  if (url.pathname.indexOf("/api/v1/") === 0) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(DATA).then(function (c) { c.put(request, copy); });
        flush();
      }
      return response;
    }, function () {
      return caches.open(DATA).then(function (c) { return c.match(request); }).then(function (hit) {
        if (!hit) return new Response(JSON.stringify({ title: "offline", status: 503 }), { status: 503, headers: { "Content-Type": "application/problem+json", "X-From-Cache": "none" } });
        var headers = new Headers(hit.headers);
        headers.set("X-From-Cache", "1");
        return hit.blob().then(function (b) { return new Response(b, { status: hit.status, headers: headers }); });
      });
    }));
    return;
  }

  if (request.mode === "navigate" && (url.pathname === "/app" || url.pathname === "/app/")) {
    event.respondWith(fetch(request).then(function (response) {
      // A redirect (to the login page) is not the shell: keep the last good one.
      if (response.ok && !response.redirected && new URL(response.url).pathname === "/app") {
        var copy = response.clone();
        caches.open(SHELL).then(function (c) { c.put("/app", copy); });
      }
      return response;
    }, function () {
      return caches.open(SHELL).then(function (c) { return c.match("/app"); }).then(function (hit) {
        return hit || new Response("<!doctype html><title>Offline</title><p>Offline / Нет сети</p>", { headers: { "Content-Type": "text/html; charset=utf-8" } });
      });
    }));
    return;
  }

  if (SHELL_FILES.indexOf(url.pathname) >= 0) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) { var copy = response.clone(); caches.open(SHELL).then(function (c) { c.put(url.pathname, copy); }); }
      return response;
    }, function () {
      return caches.open(SHELL).then(function (c) { return c.match(url.pathname); }).then(function (hit) { return hit || Response.error(); });
    }));
  }
});
