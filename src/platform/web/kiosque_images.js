// Kiosque web platform: images, the JavaScript half of web_images.cpp.
// The browser fetches and decodes; the bitmap goes straight into the GL
// texture the C++ side created, with mipmaps for clean downscaling.

mergeInto(LibraryManager.library, {
  kiosque_js_load_image__deps: ['$GL'],
  kiosque_js_load_image: function(requestId, urlPtr, texture) {
    var url = UTF8ToString(urlPtr);
    function finish(width, height) { _kiosque_image_arrived(requestId, width, height); }
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
      }
      bitmap.close();
      finish(width, height);
    }
    fetch(url, {credentials: 'omit'})
      .then(function(response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.blob();
      })
      .then(function(blob) { return createImageBitmap(blob); })
      // Two-argument then(): `finish` runs exactly once.
      .then(upload, function() { finish(0, 0); });
  },
});
