// Kiosque web platform: the last good feed kept between visits (an
// Emscripten --js-library). A kiosk that starts without network shows what
// it showed last.
//
// The documents are kept as the server sent them, never copied through the
// wasm heap: the fetch that brought them kept their body in the browser
// (kiosque_js_fetch's keepBody), and once the C++ side has read it whole
// and found it good it calls kiosque_js_keep_body to put it in Cache
// Storage under the feed URL, with its ETag and Last-Modified and when it
// was fetched (X-Kiosque-Fetched-At). The next visit reads it back with
// kiosque_js_fetch(fromStore), streamed into the parser like the network.
// The C++ side (feed_loader.cpp) names the caches: one for the posts or
// JSON Feed, one for the categories.
//
// Cache Storage exists only in secure contexts (https, localhost): elsewhere
// nothing is kept, and the widget starts from the network as before.

mergeInto(LibraryManager.library, {
  // Puts the body kept by request `requestId` in cache `store` under `key`
  // (store 0: drops it). A failure (quota, private mode, no Cache Storage)
  // is no failure of the widget.
  kiosque_js_keep_body__deps: ['$kiosqueKeptBodies', '$kiosqueStoreEntry', '$kiosqueStoreWrite'],
  kiosque_js_keep_body: function(requestId, storePtr, keyPtr, fetchedAt) {
    var kept = kiosqueKeptBodies[requestId];
    delete kiosqueKeptBodies[requestId];
    if (!kept) return;
    function drop() { if (kept.body) kept.body.cancel().catch(function() {}); }
    if (!storePtr || !self.caches) return drop();
    var key = UTF8ToString(keyPtr);
    kiosqueStoreWrite(UTF8ToString(storePtr), function(cache) {
      return cache.put(key, kiosqueStoreEntry(kept, fetchedAt));
    }, drop);
    caches.delete('kiosque-feeds-v1').catch(function() {});  // the JSON-wrapped documents of earlier versions
  },

  // The server confirmed what cache `store` keeps under `key` (a 304): its
  // fetch time moves to `fetchedAt`.
  kiosque_js_storage_touch__deps: ['$kiosqueStoreEntry', '$kiosqueStoreWrite'],
  kiosque_js_storage_touch: function(storePtr, keyPtr, fetchedAt) {
    if (!self.caches) return;
    var key = UTF8ToString(keyPtr);
    kiosqueStoreWrite(UTF8ToString(storePtr), function(cache) {
      return cache.match(key).then(function(kept) {
        if (kept) return cache.put(key, kiosqueStoreEntry(kept, fetchedAt));
      });
    }, function() {});
  },

  // Runs write(cache) after the writes asked for before it: a large body
  // still being put must not land over a smaller one kept after it.
  $kiosqueStoreWrite: function(store, write, failed) {
    var last = Module['kiosqueStoreLast'] || Promise.resolve();
    Module['kiosqueStoreLast'] = last.then(function() {
      return caches.open(store).then(write);
    }).catch(failed);
  },

  // A response to keep: the body of `response` (unread), its validators,
  // and the time it was fetched.
  $kiosqueStoreEntry: function(response, fetchedAt) {
    var headers = {'Content-Type': 'application/json', 'X-Kiosque-Fetched-At': String(fetchedAt)};
    ['ETag', 'Last-Modified'].forEach(function(name) {
      var value = response.headers.get(name);
      if (value) headers[name] = value;
    });
    return new Response(response.body, {headers: headers});
  },
});
