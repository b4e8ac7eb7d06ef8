// Kiosque loader: the one script a page includes.
//
//   <script src="https://cdn.example/kiosque/kiosque.js" defer></script>
//   <kiosque-reader feed="https://site.example/wp-json/wp/v2/posts?_embed"></kiosque-reader>
//
// Defines the <kiosque-reader> element. Each element gets its own canvas in
// its own shadow root and its own instance of the wasm module; the .wasm file
// is downloaded and compiled once per page and shared. Files are found next
// to this script, so the folder can be hosted under any path.
//
// Element API (see the README, "JavaScript API"):
//   el.state()                plain object: ready, view, section, sections,
//                             headlines, article, error, framesRendered
//   el.selectSection(slug)    el.openArticle(id)    el.back()
// Events (bubbling, composed): kiosque-ready, kiosque-section,
// kiosque-article, kiosque-error.
(function () {
  'use strict';

  const SCRIPT_URL = document.currentScript ? document.currentScript.src : location.href;
  const BASE_URL = new URL('.', SCRIPT_URL).href;
  const ATTRIBUTES = ['feed', 'categories', 'section', 'theme', 'accent', 'lang'];

  // --- One download of the glue and the wasm for the whole page -----------

  let factoryPromise = null;
  function loadFactory() {
    if (!factoryPromise) {
      factoryPromise = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = BASE_URL + 'kiosque-wasm.js';
        script.onload = () => resolve(window.createKiosqueModule);
        script.onerror = () => reject(new Error('could not load ' + script.src));
        document.head.appendChild(script);
      });
    }
    return factoryPromise;
  }

  let wasmPromise = null;
  function compileWasm() {
    if (!wasmPromise) {
      const url = BASE_URL + 'kiosque-wasm.wasm';
      // Streaming compilation overlaps download and compile; it needs the
      // server to say application/wasm, so fall back when it does not.
      wasmPromise = WebAssembly.compileStreaming(fetch(url))
        .catch(() => fetch(url).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));
    }
    return wasmPromise;
  }

  const STYLE = `
    :host { display: block; position: relative; height: var(--kiosque-height, 520px);
            contain: strict; overflow: hidden; }
    canvas { display: block; width: 100%; height: 100%; outline: none; touch-action: pan-y; }
    canvas:focus-visible { box-shadow: inset 0 0 0 2px var(--kiosque-focus, #c41e2a); }`;

  const EMPTY_STATE = Object.freeze({
    ready: false, view: 'home', section: null, sections: [], headlines: [],
    article: null, framesRendered: 0, error: null,
  });

  class KiosqueReader extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      // A constructed sheet, not a <style> element: allowed under a strict
      // style-src Content-Security-Policy.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
      this._canvas = document.createElement('canvas');
      this._canvas.tabIndex = 0;
      this._canvas.setAttribute('aria-label', 'Kiosque');
      root.appendChild(this._canvas);
      this._module = null;
      this._started = false;
    }

    connectedCallback() {
      if (this._started) return;
      this._started = true;
      this._start().catch((error) => this._emit('error', { message: String(error.message || error) }));
    }

    async _start() {
      const [factory, wasm] = await Promise.all([loadFactory(), compileWasm()]);
      const config = { assetBase: BASE_URL };
      for (const name of ATTRIBUTES) if (this.hasAttribute(name)) config[name] = this.getAttribute(name);
      if (config.feed) config.feed = new URL(config.feed, document.baseURI).href;
      if (config.categories) config.categories = new URL(config.categories, document.baseURI).href;
      const module = await factory({
        canvas: this._canvas,
        kiosqueConfig: config,
        onKiosqueEvent: (type, detail) => this._emit(type, detail),
        instantiateWasm: (imports, receive) => {
          WebAssembly.instantiate(wasm, imports).then((instance) => receive(instance, wasm));
          return {};
        },
        printErr: (text) => console.warn('[kiosque]', text),
      });
      this._module = module;
      this._observeSize();
    }

    // The canvas's backing store follows its CSS box times the device pixel
    // ratio, whenever either changes.
    _observeSize() {
      const update = () => {
        const box = this._canvas.getBoundingClientRect();
        this._module._kiosque_resize(box.width, box.height, window.devicePixelRatio || 1);
      };
      new ResizeObserver(update).observe(this._canvas);
      const watchRatio = () => {
        matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
          .addEventListener('change', () => { update(); watchRatio(); }, { once: true });
      };
      watchRatio();
      update();
    }

    _emit(type, detail) {
      this.dispatchEvent(new CustomEvent('kiosque-' + type, { detail, bubbles: true, composed: true }));
    }

    _call(name, text) {
      const module = this._module;
      if (!module) return false;
      const size = module.lengthBytesUTF8(text) + 1;
      const pointer = module._malloc(size);
      module.stringToUTF8(text, pointer, size);
      const result = module['_kiosque_' + name](pointer);
      module._free(pointer);
      return Boolean(result);
    }

    state() {
      if (!this._module) return { ...EMPTY_STATE };
      return JSON.parse(this._module.UTF8ToString(this._module._kiosque_state_json()));
    }
    selectSection(slug) { return this._call('select_section', String(slug)); }
    openArticle(id) { return this._call('open_article', String(id)); }
    back() { if (this._module) this._module._kiosque_back(); }
  }

  if (!customElements.get('kiosque-reader')) customElements.define('kiosque-reader', KiosqueReader);
})();
