// Kiosque service worker: the app starts without network.
//
//   1. Version and precache list    2. Install    3. Activate    4. Fetch
//
// Registered by web/kiosque.js from the folder that holds kiosque.js (its
// asset base), and only where asked: the demo page, kiosk.html, embed.html
// and any <kiosque-reader offline> element (README, "Embedding"). Its scope
// is that folder, so it answers only for the Kiosque files and the pages
// inside it, never for the rest of a partner's site.
//
// The files are versioned: `make site` (scripts/service_worker.mjs) and
// `make dist` stamp VERSION, a hash of every precached file's content, and
// PRECACHE, their paths relative to this file. A rebuild that changes a
// file changes this script, so the browser installs the new worker, which
// fills a new cache and deletes the old ones when it takes over.
//
// Fetch strategy: the precached app files come from the cache (they cannot
// be stale: a new build is a new cache). Feeds, the bundled sample feed
// included, and images go to the network untouched: the reader keeps its
// last good feed and the images it showed itself (kiosque_storage.js,
// kiosque_images.js), and offline it shows them with an honest "Hors ligne"
// banner, which a feed answered from here would hide.
'use strict';

// --- 1. Version and precache list (stamped; keep the markers) ---------------

const VERSION = /*<version>*/ 'unstamped' /*</version>*/;
const PRECACHE = /*<precache>*/ [] /*</precache>*/;

const CACHE_PREFIX = 'kiosque-app-';
const CACHE_NAME = CACHE_PREFIX + VERSION;
const SCOPE = new URL('./', self.location).href;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, SCOPE).href));

// --- 2. Install: every file or none (a half-filled cache would start half an app)

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(new URL(path, SCOPE), { cache: 'no-cache' }))))
      .then(() => self.skipWaiting()));
});

// --- 3. Activate: older versions' caches go -----------------------------------

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim()));
});

// --- 4. Fetch: precached files from the cache, the rest from the network ------

// The precached URL a request stands for: a page is the same with any query
// string (kiosk.html?feed=...), and a folder is its index.html.
function precachedUrl(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    url.search = '';
    if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  }
  return PRECACHED.has(url.href) ? url.href : null;
}

self.addEventListener('fetch', (event) => {
  const url = precachedUrl(event.request);
  if (!url) return;  // not ours: the browser fetches it as if there were no worker
  event.respondWith(
    caches.open(CACHE_NAME)
      .then((cache) => cache.match(url))
      .then((cached) => cached || fetch(event.request)));
});
