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

  // GET `url`; later calls kiosque_fetch_done(request_id, http_status,
  // body_ptr, body_length, error_ptr). The body and error strings are
  // malloc'ed here and freed by the C++ side. Credentials are never sent:
  // a public feed needs none, and CORS stays simple.
  kiosque_js_fetch__deps: ['malloc'],
  kiosque_js_fetch: function(requestId, urlPtr) {
    var url = UTF8ToString(urlPtr);
    var status = 0;
    function done(bytes, message) {
      var bodyPtr = 0, errorPtr = 0;
      if (bytes) {
        bodyPtr = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, bodyPtr);
        HEAPU8[bodyPtr + bytes.length] = 0;
      }
      if (message) {
        var size = lengthBytesUTF8(message) + 1;
        errorPtr = _malloc(size);
        stringToUTF8(message, errorPtr, size);
      }
      _kiosque_fetch_done(requestId, status, bodyPtr, bytes ? bytes.length : 0, errorPtr);
    }
    // Two-argument then(): `done` runs once, and an exception inside it is
    // never mistaken for a network failure.
    function failed(error) { done(null, String((error && error.message) || error)); }
    fetch(url, {credentials: 'omit'}).then(function(response) {
      status = response.status;
      if (!response.ok) return done(null, 'HTTP ' + response.status);
      // A body cut off mid-way rejects here.
      response.arrayBuffer().then(function(buffer) { done(new Uint8Array(buffer), null); }, failed);
    }, failed);  // a network failure or a CORS refusal: the browser does not say which
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

  kiosque_js_set_cursor: function(cursorPtr) {
    Module['canvas'].style.cursor = UTF8ToString(cursorPtr);
  },

  // `detailJsonPtr` is a JSON object; the element dispatches it as a DOM event.
  kiosque_js_emit: function(typePtr, detailJsonPtr) {
    var handler = Module['onKiosqueEvent'];
    if (handler) handler(UTF8ToString(typePtr), JSON.parse(UTF8ToString(detailJsonPtr)));
  },

  // Milliseconds since the epoch, from the page's clock (a test clock may
  // replace Date.now): article ages and timers read it.
  kiosque_js_now_ms: function() {
    return Date.now();
  },
});
