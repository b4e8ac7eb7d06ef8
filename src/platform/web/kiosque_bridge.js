// Kiosque web platform: the JavaScript half of the bridge (an Emscripten
// --js-library). Everything the C++ needs from the browser that
// <emscripten/html5.h> does not give: fetch, opening links, the cursor, and
// telling the page what happened. Each function is as small as it can be;
// the decisions stay in C++.
//
// `Module` is this widget instance's module object (the build is
// MODULARIZE'd), set up by web/kiosque.js with:
//   canvas          the widget's <canvas>
//   kiosqueConfig   plain object: feed URL, asset base, language, theme...
//   onKiosqueEvent  function(type, detail) the element turns into DOM events
//   onKiosqueOutbound  function(url): the element opens publisher links
//                   (link-params, the kiosque-outbound event, a new tab)
//   kiosqueFirstRequests  Map URL -> {response, controller}: requests the
//                   element started before the module arrived; the first
//                   kiosque_js_fetch of each URL takes its response over

mergeInto(LibraryManager.library, {
  // Lets html5.h address this instance's canvas, wherever it lives (a shadow
  // root is out of document.querySelector's reach), as "!kiosque-canvas".
  kiosque_js_bind_canvas__deps: ['$specialHTMLTargets'],
  kiosque_js_bind_canvas: function() {
    specialHTMLTargets['!kiosque-canvas'] = Module['canvas'];
  },

  // The page's configuration as a JSON string on the wasm heap (caller frees).
  kiosque_js_config_json__deps: ['malloc'],
  kiosque_js_config_json: function() {
    var json = JSON.stringify(Module['kiosqueConfig'] || {});
    var size = lengthBytesUTF8(json) + 1;
    var ptr = _malloc(size);
    stringToUTF8(json, ptr, size);
    return ptr;
  },

  // GET `url`; later writes the body where kiosque_fetch_body(request_id,
  // length) says (the C++ string that keeps it: one copy into the heap),
  // then calls kiosque_fetch_done(request_id, http_status, refused_bytes,
  // error_ptr, etag_ptr, last_modified_ptr, retry_after_ptr,
  // total_pages_ptr: WordPress's X-WP-TotalPages, fetched_at: a stored
  // body's X-Kiosque-Fetched-At or 0), or with error "timeout" after
  // `timeoutMs` (0: no limit) without a byte from a server that stalls. A
  // body over `maxBytes` (0: no limit) is not copied: refused_bytes says its
  // size. The strings are malloc'ed here (0 when absent) and freed by the
  // C++ side. A 304 has neither body nor error. Credentials are never
  // sent: a public feed needs none, and CORS stays simple.
  //
  // `streamed`: the body goes piece by piece to kiosque_fetch_chunk
  // (request_id, ptr, length), each piece freed once read, then
  // kiosque_fetch_body(request_id, 0) says it ended whole. After ~8 ms of
  // reading, the page gets the main thread back before the next piece.
  // `keepBody`: a copy of a 2xx body stays in the browser (not the heap)
  // for kiosque_js_keep_body (kiosque_storage.js). `fromStore` (not empty):
  // the Cache Storage cache to read `url` from instead (a miss: HTTP 404).
  //
  // The validators (empty when none) become If-None-Match / If-Modified-Since
  // on the page's own origin only: on another origin they would need a CORS
  // preflight that WordPress refuses, so there the browser's HTTP cache
  // revalidates instead (cache: 'no-cache') and a 304 reaches us as a 200.
  kiosque_js_fetch__deps: ['malloc', 'free', '$callUserCallback', '$kiosqueKeptBodies', '$kiosqueYield'],
  kiosque_js_fetch: function(requestId, urlPtr, ifNoneMatchPtr, ifModifiedSincePtr, timeoutMs, maxBytes,
                             streamed, keepBody, fromStorePtr) {
    var url = UTF8ToString(urlPtr);
    var store = UTF8ToString(fromStorePtr);
    var validators = {};
    if (ifNoneMatchPtr && HEAPU8[ifNoneMatchPtr]) validators['If-None-Match'] = UTF8ToString(ifNoneMatchPtr);
    if (ifModifiedSincePtr && HEAPU8[ifModifiedSincePtr]) validators['If-Modified-Since'] = UTF8ToString(ifModifiedSincePtr);
    var options = {credentials: 'omit'};
    if (Object.keys(validators).length) {
      if (new URL(url, location.href).origin === location.origin) options.headers = validators;
      else options.cache = 'no-cache';
    }
    // The element may have sent this very request as it started (kiosque.js
    // startFirstRequests): the first fetch of its URL takes it over.
    var started = !store && Module['kiosqueFirstRequests'] && Module['kiosqueFirstRequests'].get(url);
    if (started) Module['kiosqueFirstRequests'].delete(url);
    var timer = 0;
    var controller = null;
    // Armed again by every piece of a streamed body: a slow large feed is no stall.
    function arm() {
      clearTimeout(timer);
      timer = setTimeout(function() { controller.abort(); }, timeoutMs);
    }
    if (timeoutMs > 0 && !store) {
      controller = started ? started.controller : new AbortController();
      options.signal = controller.signal;
      arm();
    }
    var status = 0;
    var headers = null;
    function heapString(text) {
      if (!text) return 0;
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      return ptr;
    }
    function header(name) { return headers ? heapString(headers.get(name)) : 0; }
    function tooLarge(length) { return maxBytes > 0 && length > maxBytes; }
    function done(bytes, message, refused) {
      clearTimeout(timer);
      callUserCallback(function() {  // skipped if the module has aborted meanwhile
        if (bytes && tooLarge(bytes.length)) refused = bytes.length;
        else if (bytes) {
          var bodyPtr = _kiosque_fetch_body(requestId, bytes.length);  // may grow the heap: then HEAPU8
          if (bodyPtr) HEAPU8.set(bytes, bodyPtr);
        }
        _kiosque_fetch_done(requestId, status, refused || 0, heapString(message),
                            header('ETag'), header('Last-Modified'), header('Retry-After'),
                            header('X-WP-TotalPages'), Number(headers && headers.get('X-Kiosque-Fetched-At')) || 0);
      });
    }
    // Two-argument then(): `done` runs once, and an exception inside it is
    // never mistaken for a network failure.
    // "offline" when the browser knows it has no network; an unreachable
    // host (DNS, refused connection) or a CORS refusal, online, is another error.
    function failed(error) {
      if (error && error.name === 'AbortError') done(null, 'timeout');
      else done(null, navigator.onLine === false ? 'offline' : String((error && error.message) || error));
    }
    var kPieceBytes = 1 << 20;  // the heap holds at most this much of the body at once
    function pump(body) {
      var reader = body.getReader();
      var busySince = performance.now();
      function next() {
        reader.read().then(function(part) {
          if (part.done) return done(new Uint8Array(0), null);
          var alive = false;
          callUserCallback(function() {
            for (var from = 0; from < part.value.length; from += kPieceBytes) {
              var piece = part.value.subarray(from, from + kPieceBytes);
              var ptr = _malloc(piece.length);
              HEAPU8.set(piece, ptr);
              _kiosque_fetch_chunk(requestId, ptr, piece.length);
              _free(ptr);
            }
            alive = true;
          });
          if (!alive) return reader.cancel();  // the module aborted
          if (controller) arm();
          if (performance.now() - busySince < 8) return next();
          kiosqueYield(function() { busySince = performance.now(); next(); });
        }, failed);
      }
      next();
    }
    var missing = new Response(null, {status: 404});
    var answer = !store ? (started ? started.response : fetch(url, options))
      : !self.caches ? Promise.resolve(missing)
      : caches.open(store).then(function(cache) { return cache.match(url); })
          .then(function(response) { return response || missing; });
    answer.then(function(response) {
      status = response.status;
      headers = response.headers;
      if (status === 304) return done(null, null);
      if (!response.ok) return done(null, 'HTTP ' + response.status);
      // Content-Length counts the bytes sent, at most the decoded size: over
      // the limit already, the body is not even downloaded.
      var declared = Number(headers.get('Content-Length'));
      if (tooLarge(declared)) {
        if (response.body) response.body.cancel();
        return done(null, null, declared);
      }
      if (keepBody) kiosqueKeptBodies[requestId] = response.clone();
      // A body cut off mid-way rejects here.
      if (streamed && response.body) return pump(response.body);
      response.arrayBuffer().then(function(buffer) { done(new Uint8Array(buffer), null); }, failed);
    }, failed);  // a network failure or a CORS refusal: the browser does not say which
  },

  // Responses whose bodies the browser keeps for kiosque_js_keep_body, by request id.
  $kiosqueKeptBodies: {},

  // Runs `then` as a new task, after what the page has waiting (input,
  // frames). A message, not a timer: timers of background tabs wait a second.
  $kiosqueYield: function(then) {
    var channel = new MessageChannel();
    channel.port1.onmessage = function() { channel.port1.close(); then(); };
    channel.port2.postMessage(0);
  },

  // Tells the C++ side when the browser goes on or off line
  // (kiosque_network_changed(1|0)).
  kiosque_js_watch_network__deps: ['$callUserCallback'],
  kiosque_js_watch_network: function() {
    window.addEventListener('online', function() { callUserCallback(function() { _kiosque_network_changed(1); }); });
    window.addEventListener('offline', function() { callUserCallback(function() { _kiosque_network_changed(0); }); });
  },

  // Opens a publisher link in a new tab. The C++ side only passes http(s)
  // URLs; this checks again, because a link is the one way out of the canvas.
  kiosque_js_open_url: function(urlPtr) {
    var url = UTF8ToString(urlPtr);
    if (!/^https?:\/\//i.test(url)) return;
    var outbound = Module['onKiosqueOutbound'];
    if (outbound) return outbound(url);
    var opened = window.open(url, '_blank', 'noopener,noreferrer');
    if (opened) opened.opener = null;
  },

  // The system clipboard. Called from a frame right after the click, within
  // the page's transient user activation, which the Clipboard API requires.
  kiosque_js_copy_text: function(textPtr) {
    var text = UTF8ToString(textPtr);
    var handler = Module['onKiosqueEvent'];
    navigator.clipboard.writeText(text).then(function() {
      if (handler) handler('copied', {text: text});
    }, function(error) {
      if (handler) handler('error', {message: 'clipboard: ' + String((error && error.message) || error)});
    });
  },

  // A small preference kept across visits (the reader's text size). Storage
  // can be refused (private modes, sandboxed frames): then nothing is kept.
  kiosque_js_store_get__deps: ['malloc'],
  kiosque_js_store_get: function(keyPtr) {
    var value = null;
    try { value = window.localStorage.getItem(UTF8ToString(keyPtr)); } catch (e) {}
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },
  kiosque_js_store_set: function(keyPtr, valuePtr) {
    try { window.localStorage.setItem(UTF8ToString(keyPtr), UTF8ToString(valuePtr)); } catch (e) {}
  },

  kiosque_js_set_cursor: function(cursorPtr) {
    Module['canvas'].style.cursor = UTF8ToString(cursorPtr);
  },

  // `detailJsonPtr` is a JSON object; the element dispatches it as a DOM event.
  kiosque_js_emit: function(typePtr, detailJsonPtr) {
    var handler = Module['onKiosqueEvent'];
    if (handler) handler(UTF8ToString(typePtr), JSON.parse(UTF8ToString(detailJsonPtr)));
  },

  // requestAnimationFrame for the runner, skipped once the module has
  // aborted: emscripten's own would still call into the dead module, and
  // its error would reach the host page.
  kiosque_js_request_frame__deps: ['$callUserCallback'],
  kiosque_js_request_frame: function(callback, userData) {
    requestAnimationFrame(function(timeMs) {
      callUserCallback(function() { {{{ makeDynCall('idi', 'callback') }}}(timeMs, userData); });
    });
  },

  // A User Timing mark "kiosque-<name>" of a start-up step (the bench's
  // first-headline breakdown and a browser profile read them).
  kiosque_js_mark: function(namePtr) {
    performance.mark('kiosque-' + UTF8ToString(namePtr));
  },

  // Milliseconds since the epoch, from the page's clock (a test clock may
  // replace Date.now): article ages and timers read it.
  kiosque_js_now_ms: function() {
    return Date.now();
  },
});
