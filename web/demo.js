// The demo page: points the reader at ?feed= (and ?categories=), or at the
// bundled sample feed, and exposes it as window.kiosque for tests and the
// console. Runs before kiosque.js upgrades the element (both are deferred,
// in order), so attributes are set before the widget starts.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const reader = document.getElementById('reader');
  const feed = params.get('feed');
  reader.setAttribute('feed', feed || 'sample/posts.json');
  if (params.has('categories')) reader.setAttribute('categories', params.get('categories'));
  else if (!feed) reader.setAttribute('categories', 'sample/categories.json');
  for (const name of ['section', 'theme', 'lang', 'accent', 'interval']) {
    if (params.has(name)) reader.setAttribute(name, params.get(name));
  }
  window.kiosque = reader;
})();
