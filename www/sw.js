// @ts-check
// The service worker that keeps the hosted page working offline: on install it stores the
// page's own files; afterwards every request goes to the network first (so an online reader
// always gets the latest build) and falls back to the stored copy when the network is off.
// The list of files and the cache name (a hash of their contents) come from the build
// (scripts/bundle.mjs writes sw-manifest.js), so a new build always gets a fresh cache.
importScripts("sw-manifest.js");
/** This script's global scope, as a service worker's. */
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const { cache: CACHE, files: ALL_FILES, builds } = /** @type {any} */ (worker).MANIFEST;
// Of the analyzer's two module builds (www/simd.js), only the one this browser runs.
const simd = typeof WebAssembly === "object" && WebAssembly.validate(new Uint8Array(builds.probe));
const FILES = ALL_FILES.filter((/** @type {string} */ file) => file !== (simd ? builds.baseline : builds.simd));

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== worker.location.origin) return;
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
