// The service worker that keeps the hosted page working offline: on install it stores the
// page's own files; afterwards every request goes to the network first (so an online reader
// always gets the latest build) and falls back to the stored copy when the network is off.
const CACHE = "article-analyzer-v3";
const FILES = [
  "./",
  "index.html",
  "style.css",
  "tool.css",
  "app.bundle.js",
  "boot.js",
  "tool.js",
  "engine.js",
  "core.js",
  "worker.js",
  "render.js",
  "lists.js",
  "card.js",
  "io.js",
  "api.js",
  "element.js",
  "inplace.js",
  "interact.js",
  "embed.html",
  "embed-example.css",
  "embed-example.js",
  "api.d.ts",
  "sample.txt",
  "pkg/article_analyzer.js",
  "pkg/article_analyzer_bg.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone());
        return response;
      } catch (error) {
        const cached = await cache.match(request, { ignoreSearch: true });
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});
