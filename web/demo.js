// The demo page: points the reader at ?feed= (and ?categories=), or at the
// bundled sample feed, exposes it as window.kiosque for tests and the
// console, and keeps the reader's place in the URL fragment, so that a
// reload or a shared link returns to the same article and the browser's
// back button walks back. Runs before kiosque.js upgrades the element (both
// are deferred, in order), so attributes are set before the widget starts.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  const reader = document.getElementById('reader');
  const feed = params.get('feed');
  reader.setAttribute('feed', feed || 'sample/posts.json');
  if (params.has('categories')) reader.setAttribute('categories', params.get('categories'));
  else if (!feed) reader.setAttribute('categories', 'sample/categories.json');
  for (const name of ['section', 'theme', 'lang', 'accent', 'interval', 'refresh',
    'show-carousel-seconds', 'show-article-seconds', 'show-stories', 'idle-seconds']) {
    if (params.has(name)) reader.setAttribute(name, params.get(name));
  }
  window.kiosque = reader;

  // The fragment the page shows, so that our own updates are not read back.
  // Until the feed is in and that place restored, the widget's own moves
  // (its first home view) must not overwrite it.
  let shownRoute = location.hash || '#/';
  let restored = false;
  reader.addEventListener('kiosque-ready', () => {
    if (shownRoute !== '#/') reader.navigate(shownRoute);
    restored = true;
  });
  reader.addEventListener('kiosque-navigate', (event) => {
    const route = event.detail.route;
    if (!restored || route === shownRoute) return;
    history.pushState(null, '', route);  // one step for the back button
    shownRoute = route;
  });
  window.addEventListener('popstate', () => {
    shownRoute = location.hash || '#/';
    reader.navigate(shownRoute);
  });
})();
