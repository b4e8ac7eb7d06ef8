// Kiosque iframe embed (embed.html): one <kiosque-reader> configured from the
// query string, talking to the page that frames it through postMessage.
//
//   embed.html?feed=URL&section=monde&theme=dark&lang=fr&height=600
//             &link-params=utm_source%3Dpartner&origin=https://partner.example
//
// Every attribute of the element is a parameter of the same name. Messages
// to the parent, all {source: 'kiosque', type, ...}:
//   {type: 'height', height}                the content height in CSS pixels,
//                                            on load and on every change
//   {type: 'event', name, detail}           kiosque-ready, -section, -article,
//                                            -outbound, -error, as on the element
// `origin` limits who may receive them; without it they go to any parent:
// nothing in them is private (a height, public headlines).
//
// Runs before kiosque.js upgrades the element (both deferred, in order), so
// the attributes are there when the widget starts.
(function () {
  'use strict';
  const ATTRIBUTES = ['feed', 'categories', 'section', 'theme', 'accent', 'lang', 'interval', 'kiosk',
    'link-params', 'height', 'offline'];
  const EVENTS = ['kiosque-ready', 'kiosque-section', 'kiosque-article', 'kiosque-outbound', 'kiosque-error'];

  const params = new URLSearchParams(location.search);
  const reader = document.getElementById('reader');
  for (const name of ATTRIBUTES) if (params.has(name)) reader.setAttribute(name, params.get(name));
  if (params.has('lang')) document.documentElement.lang = params.get('lang');
  window.kiosque = reader;

  const parentOrigin = params.get('origin') || '*';
  function tell(message) {
    if (window.parent !== window) window.parent.postMessage({ source: 'kiosque', ...message }, parentOrigin);
  }

  let lastHeight = -1;
  function tellHeight() {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    tell({ type: 'height', height });
  }
  new ResizeObserver(tellHeight).observe(document.documentElement);
  tellHeight();

  for (const name of EVENTS) {
    // structuredClone-safe: the details are plain JSON objects.
    reader.addEventListener(name, (event) => tell({ type: 'event', name, detail: event.detail }));
  }
})();
