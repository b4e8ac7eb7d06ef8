// Kiosque web platform: images, the JavaScript half of web_images.cpp.
// The browser fetches and decodes; the bitmap goes straight into the GL
// texture the C++ side created, with mipmaps for clean downscaling.
//
// The images shown are kept in Cache Storage ("kiosque-images-v1"), so that
// a kiosk restarted without network still draws them: an image is taken
// from there first (image URLs of a feed name one picture for good), else
// fetched and kept. The cache holds at most kiosqueConfig.imageCacheBytes
// (the element's `image-cache` attribute; 32 MiB by default); past that the
// least recently used images go. Each entry says its size and when it was
// last drawn in its own headers, so several widgets, or several tabs, share
// one cache without an index to keep in step. Cache Storage exists only in
// secure contexts (https, localhost): elsewhere images come from the network
// only, as before.
//
// Module.kiosqueImagesShown counts the images uploaded: state() reports it.

mergeInto(LibraryManager.library, {
  $kiosqueImageCache: {
    name: 'kiosque-images-v1',
    defaultBytes: 32 * 1024 * 1024,
    touchAfterMs: 60 * 1000,  // a last-used time this fresh is left as it is
    trimDelayMs: 1000,        // images arrive in bursts: one trim after each
    trimTimer: 0,
    trimmed: false,  // whether this instance has trimmed yet (the cap may have changed)

    open: function() {
      return self.caches ? caches.open(kiosqueImageCache.name) : Promise.reject(new Error('no Cache Storage'));
    },

    capBytes: function() {
      var bytes = Number((Module['kiosqueConfig'] || {})['imageCacheBytes']);
      return bytes >= 0 ? bytes : kiosqueImageCache.defaultBytes;
    },

    entry: function(blob) {
      return new Response(blob, {headers: {
        'Content-Type': blob.type, 'X-Kiosque-Bytes': String(blob.size), 'X-Kiosque-Used': String(Date.now())}});
    },

    // The image's bytes: from the cache, else from the network (kept).
    blob: function(url) {
      return kiosqueImageCache.open().then(function(cache) {
        return cache.match(url).then(function(hit) {
          if (!hit) return kiosqueImageCache.fetchAndKeep(cache, url);
          if (!kiosqueImageCache.trimmed) kiosqueImageCache.scheduleTrim();
          return hit.blob().then(function(blob) {
            var used = Number(hit.headers.get('X-Kiosque-Used')) || 0;
            if (Date.now() - used > kiosqueImageCache.touchAfterMs) kiosqueImageCache.keep(cache, url, blob);
            return blob;
          });
        }, function() { return kiosqueImageCache.fetchAndKeep(cache, url); });
      }, function() { return kiosqueImageCache.fetch(url); });
    },

    fetch: function(url) {
      return fetch(url, {credentials: 'omit'}).then(function(response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.blob();
      });
    },

    fetchAndKeep: function(cache, url) {
      return kiosqueImageCache.fetch(url).then(function(blob) {
        // One image larger than half the cache is not worth what it evicts.
        if (blob.size <= kiosqueImageCache.capBytes() / 2) kiosqueImageCache.keep(cache, url, blob);
        return blob;
      });
    },

    // Puts (or puts again, as used now) an image; a trim follows, even after
    // one that may have deleted it meanwhile.
    keep: function(cache, url, blob) {
      cache.put(url, kiosqueImageCache.entry(blob)).then(kiosqueImageCache.scheduleTrim, function() {});
    },

    scheduleTrim: function() {
      if (kiosqueImageCache.trimTimer) return;
      kiosqueImageCache.trimTimer = setTimeout(function() {
        kiosqueImageCache.trimTimer = 0;
        kiosqueImageCache.trimmed = true;
        kiosqueImageCache.open().then(kiosqueImageCache.trim).catch(function() {});
      }, kiosqueImageCache.trimDelayMs);
    },

    // Deletes the least recently used entries until the rest fit the cap.
    trim: function(cache) {
      return cache.keys().then(function(requests) {
        return Promise.all(requests.map(function(request) {
          return cache.match(request).then(function(response) {
            var headers = response ? response.headers : new Headers();
            return {request: request, bytes: Number(headers.get('X-Kiosque-Bytes')) || 0,
                    used: Number(headers.get('X-Kiosque-Used')) || 0};
          });
        }));
      }).then(function(entries) {
        entries.sort(function(a, b) { return b.used - a.used; });  // most recent first
        var cap = kiosqueImageCache.capBytes();
        var total = 0;
        return Promise.all(entries.filter(function(entry) {
          total += entry.bytes;
          return total > cap;
        }).map(function(entry) { return cache.delete(entry.request); }));
      });
    },
  },

  kiosque_js_load_image__deps: ['$GL', '$kiosqueImageCache', '$callUserCallback'],
  kiosque_js_load_image: function(requestId, urlPtr, texture) {
    var url = UTF8ToString(urlPtr);
    // Skipped if the module has aborted meanwhile.
    function finish(width, height) {
      callUserCallback(function() { _kiosque_image_arrived(requestId, width, height); });
    }
    function upload(bitmap) {
      var gl = GLctx;
      var glTexture = GL.textures[texture];
      var width = bitmap.width, height = bitmap.height;
      if (glTexture) {  // a texture deleted meanwhile (evicted) is simply dropped
        var previous = gl.getParameter(gl.TEXTURE_BINDING_2D);
        gl.bindTexture(gl.TEXTURE_2D, glTexture);
        gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
        gl.generateMipmap(gl.TEXTURE_2D);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
        gl.bindTexture(gl.TEXTURE_2D, previous);
        Module['kiosqueImagesShown'] = (Module['kiosqueImagesShown'] || 0) + 1;
      }
      bitmap.close();
      finish(width, height);
    }
    kiosqueImageCache.blob(url)
      .then(function(blob) { return createImageBitmap(blob); })
      // Two-argument then(): `finish` runs exactly once.
      .then(upload, function() { finish(0, 0); });
  },
});
