// Kiosque web platform: the last good feed kept between visits (an
// Emscripten --js-library). A kiosk that starts without network shows what
// it showed last. The C++ side decides what to keep (core/stored_feed.h, a
// JSON string); this only puts it in the browser's Cache Storage under the
// feed URL, and gets it back.
//
// Cache Storage exists only in secure contexts (https, localhost): elsewhere
// nothing is kept, and the widget starts from the network as before.

mergeInto(LibraryManager.library, {
  $kiosqueFeedCache: function() {
    return self.caches ? caches.open('kiosque-feeds-v1') : Promise.reject(new Error('no Cache Storage'));
  },

  // Later calls kiosque_storage_loaded(key, json): json is 0 when nothing is
  // kept (or it cannot be read). Both strings are malloc'ed here, freed there.
  kiosque_js_storage_load__deps: ['malloc', '$kiosqueFeedCache', '$callUserCallback'],
  kiosque_js_storage_load: function(keyPtr) {
    var key = UTF8ToString(keyPtr);
    function heapString(text) {
      if (text === null) return 0;
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      return ptr;
    }
    // Skipped if the module has aborted meanwhile.
    function done(text) {
      callUserCallback(function() { _kiosque_storage_loaded(heapString(key), heapString(text)); });
    }
    kiosqueFeedCache()
      .then(function(cache) { return cache.match(key); })
      .then(function(response) { return response ? response.text() : null; })
      .then(done, function() { done(null); });
  },

  // Keeps `json` under `key`; a failure (quota, private mode) is no failure
  // of the widget.
  kiosque_js_storage_save__deps: ['$kiosqueFeedCache'],
  kiosque_js_storage_save: function(keyPtr, jsonPtr) {
    var key = UTF8ToString(keyPtr);
    var json = UTF8ToString(jsonPtr);
    kiosqueFeedCache().then(function(cache) {
      return cache.put(key, new Response(json, {headers: {'Content-Type': 'application/json'}}));
    }).catch(function() {});
  },
});
