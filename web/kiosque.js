// Kiosque loader: the one script a page includes.
//
//   <script src="https://cdn.example/kiosque/kiosque.js" defer></script>
//   <kiosque-reader feed="https://site.example/wp-json/wp/v2/posts?_embed"
//                   section="monde" theme="light" lang="fr"></kiosque-reader>
//
// Defines the <kiosque-reader> element. Each element gets its own canvas in
// its own shadow root and its own instance of the wasm module; the .wasm file
// is downloaded and compiled once per page and shared. Files are found next
// to this script, so the folder can be hosted under any path (scripts/dist.mjs
// rewrites BUILD_FILES below with content-hashed names and their SRI hashes).
//
// A good guest on the partner's page: sized by its container at the device
// pixel ratio, styles only inside its shadow root, the page's keys, clicks
// and scrolling left alone unless the reader is using the widget, nothing
// evaluated (works under a strict Content-Security-Policy), and nothing
// drawn while it is off screen.
//
// The canvas is invisible to assistive technology, so the shadow root also
// holds a visually hidden DOM mirror of the screen (class Mirror): the
// sections as a tablist, the headlines as links, the open article as a
// heading and paragraphs. Keyboard focus moves through the mirror; the
// canvas is told which control has it, to draw its focus ring there.
//
// Offline (README, "Embedding"): an element with the `offline` attribute
// (the demo page's and kiosk.html's have it; embed.html?offline sets it)
// registers the service worker (web/sw.js) from the folder of this script,
// once the widget has started; a page from another origin than that folder
// cannot, and does not. Without the attribute, nothing is registered on a
// partner's page. `image-cache` caps the images kept (kiosque_images.js).
// A kiosk page left running looks for a new version every 6 hours and
// reloads into it while its show runs (see "The service worker" below).
//
// If the wasm module aborts (a trap, abort(), memory exhausted), the element
// starts a new one on a new canvas, which shows the feed kept from the last
// visit at once (see "Restarts after a crash" below); each restart fires
// kiosque-restart and counts in state().restarts. Until the new module has
// drawn, the dead one's last frame stays on screen and state().restarting
// (and the mirror's status) says so. A restarted module that has not said
// ready (or failed to load) within a minute counts as a failed restart too,
// and state().restartStalled says so. Restarts back off and stop after too
// many in an hour, with a kiosque-error.
//
// Element API (README, "JavaScript API"):
//   el.state()                plain object: ready, loading, view, section,
//                             sections, headlines, article, error, framesRendered,
//                             restarts, restarting, restartStalled, imagesShown
//   el.selectSection(slug)    el.openArticle(id)    el.back()    el.refresh()
//   el.navigate('#/monde/article/42')
// Events (bubbling, composed): kiosque-ready, kiosque-section,
// kiosque-article, kiosque-outbound (cancelable), kiosque-navigate,
// kiosque-copied, kiosque-error, kiosque-restart.
(function () {
  'use strict';

  // --- Where the files are ---------------------------------------------------

  const SCRIPT_URL = document.currentScript ? document.currentScript.src : location.href;
  const BASE_URL = new URL('.', SCRIPT_URL).href;
  // Paths relative to this script; `integrity` (SRI) once scripts/dist.mjs
  // has replaced the object between the markers. Keep the markers.
  const BUILD_FILES = /*<build-files>*/ {
    glue: { path: 'kiosque-wasm.js' },
    wasm: { path: 'kiosque-wasm.wasm' },
    assets: { path: './' },
  } /*</build-files>*/;
  const fileUrl = (file) => new URL(file.path, BASE_URL).href;

  // The kiosk show's timing, attribute -> configuration key (widget_config.h).
  const SHOW_ATTRIBUTES = { 'show-carousel-seconds': 'showCarouselSeconds',
    'show-article-seconds': 'showArticleSeconds', 'show-stories': 'showStories', 'idle-seconds': 'idleSeconds' };
  const ATTRIBUTES = ['feed', 'categories', 'section', 'theme', 'accent', 'lang', 'interval', 'kiosk',
    'link-params', 'height', 'refresh', 'offline', 'image-cache', ...Object.keys(SHOW_ATTRIBUTES)];
  const DEFAULT_HEIGHT = '520px';

  // --- One download of the glue and the wasm for the whole page -------------

  let factoryPromise = null;
  function loadFactory() {
    if (!factoryPromise) {
      factoryPromise = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = fileUrl(BUILD_FILES.glue);
        if (BUILD_FILES.glue.integrity) {
          script.integrity = BUILD_FILES.glue.integrity;
          script.crossOrigin = 'anonymous';
        }
        script.onload = () => {
          performance.mark('kiosque-glue-loaded');
          resolve(window.createKiosqueModule);
        };
        script.onerror = () => reject(new Error('could not load ' + script.src));
        document.head.appendChild(script);
      });
    }
    return factoryPromise;
  }

  let wasmPromise = null;
  function compileWasm() {
    if (!wasmPromise) {
      const url = fileUrl(BUILD_FILES.wasm);
      const options = BUILD_FILES.wasm.integrity ? { integrity: BUILD_FILES.wasm.integrity } : {};
      // Streaming compilation overlaps download and compile; it needs the
      // server to say application/wasm, so fall back when it does not.
      wasmPromise = WebAssembly.compileStreaming(fetch(url, options))
        .catch(() => fetch(url, options).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)))
        .then((module) => {
          performance.mark('kiosque-wasm-compiled');
          return module;
        });
    }
    return wasmPromise;
  }

  // --- The first requests, started before the wasm has arrived ---------------

  // The widget's first requests do not wait for the glue and the wasm to
  // download and start: the element asks for the feed, its categories and
  // the interface's font faces at once, and the module's first fetch of each
  // URL (kiosque_js_fetch in kiosque_bridge.js) takes the response over
  // instead of asking again. The module's first feed request goes without
  // validators (feed_loader.cpp), as these do; the options are the bridge's.
  // Keep in step with the faces of a first visit in src/views/fonts.cpp.
  const FIRST_VISIT_FONTS = ['fonts/NotoSans-Regular.ttf', 'fonts/NotoSans-Bold.ttf', 'fonts/NotoSerif-Bold.ttf'];

  // URL -> {response: Promise<Response>, controller: AbortController}.
  function startFirstRequests(config) {
    const urls = [config.feed, config.categories, ...FIRST_VISIT_FONTS.map((font) => new URL(font, config.assetBase).href)];
    const requests = new Map();
    for (const url of urls) {
      if (!url || requests.has(url)) continue;
      const controller = new AbortController();
      const response = fetch(url, { credentials: 'omit', signal: controller.signal });
      response.catch(() => {});  // the module sees the failure when it takes the request over
      requests.set(url, { response, controller });
    }
    return requests;
  }

  // --- The service worker: asked for, registered once per page --------------

  let workerRegistered = false;
  function registerServiceWorker() {
    // A worker must come from the page's own origin, and Cache Storage needs
    // a secure context: elsewhere the widget runs online only, as before.
    if (workerRegistered || !('serviceWorker' in navigator) || !window.isSecureContext) return;
    if (new URL(BASE_URL).origin !== location.origin) return;
    workerRegistered = true;
    navigator.serviceWorker.register(new URL('sw.js', BASE_URL).href, { scope: BASE_URL })
      .then(watchForUpdates)
      .catch((error) => console.warn('[kiosque] service worker:', error.message || error));
  }

  // A kiosk runs for days without a reload, so a new version would never
  // reach it: the registration looks for a new sw.js every UPDATE_CHECK_MS
  // (±10%: screens started together do not ask together). A new worker takes
  // over by itself (it skips waiting and claims the page); a page with a
  // kiosk element then reloads at a quiet moment, when every kiosk's show is
  // running (not paused by a person), checked every QUIET_CHECK_MS. Other
  // pages get the new version on their next visit.
  const UPDATE_CHECK_MS = 6 * 60 * 60 * 1000;
  const QUIET_CHECK_MS = 10 * 1000;

  function watchForUpdates(registration) {
    const checkLater = () => setTimeout(() => {
      registration.update().catch(() => {}).finally(checkLater);  // offline: next time
    }, UPDATE_CHECK_MS * (0.9 + 0.2 * Math.random()));
    checkLater();
    // The first worker's claim changes the controller too: only a replaced one is new.
    let controlled = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (controlled) reloadKioskWhenQuiet();
      controlled = true;
    });
  }

  function reloadKioskWhenQuiet() {
    const shows = [...connectedReaders].filter((reader) => reader._config().kiosk).map((reader) => reader.state().show);
    if (shows.length === 0) return;
    if (shows.every((show) => show && !show.paused)) location.reload();
    else setTimeout(reloadKioskWhenQuiet, QUIET_CHECK_MS);
  }

  // --- Restarts after a crash -------------------------------------------------

  // The n-th crash within the hour waits 2^(n-1) seconds before the restart;
  // past MAX_RESTARTS_PER_HOUR the element gives up and says so.
  const RESTART_WINDOW_MS = 60 * 60 * 1000;
  const MAX_RESTARTS_PER_HOUR = 5;
  const restartDelayMs = (recentCrashes) => 1000 * 2 ** (recentCrashes - 1);
  // A restarted module says ready, or that the feed could not be loaded,
  // within seconds (feed requests time out after 30 s at most): one that has
  // said neither after this long hangs (an instantiation or a request that
  // never ends) and would keep the old frame on screen for ever.
  const RESTART_READY_TIMEOUT_MS = 60 * 1000;

  // --- The page's preferences, shared by every element ----------------------

  const connectedReaders = new Set();
  const darkScheme = matchMedia('(prefers-color-scheme: dark)');
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  for (const query of [darkScheme, reducedMotion]) {
    query.addEventListener('change', () => connectedReaders.forEach((reader) => reader._configChanged()));
  }

  // --- Words of the mirror ---------------------------------------------------

  const WORDS = {
    fr: {
      widget: 'Kiosque, actualités', sections: 'Rubriques', headlines: 'Titres', back: 'Retour aux titres',
      readOnSite: 'Lire sur le site', copyLink: 'Copier le lien', by: 'Par ', image: 'Image', carousel: 'En ce moment',
      slide: (n, count) => `${n} sur ${count}`, loading: 'Chargement des actualités…',
      loadFailed: 'Impossible de charger les actualités : ', updateFailed: 'Mise à jour impossible : ',
      offline: 'Hors ligne', updatedAt: (time) => ` · mis à jour à ${time}`,
      gaveUp: (count) => `arrêté après ${count} pannes en une heure`, restarting: 'Redémarrage…',
      restartStalled: (seconds) => `le redémarrage précédent n’a pas abouti en ${seconds} s`,
      newTab: ' (nouvel onglet)', colon: ' : ', locale: 'fr-FR',
      loadingMore: 'Chargement des articles suivants…', moreFailed: 'La suite n’a pas pu être chargée : ',
      retryMore: 'La suite n’a pas pu être chargée. Réessayer',
    },
    en: {
      widget: 'Kiosque, news', sections: 'Sections', headlines: 'Headlines', back: 'Back to the headlines',
      readOnSite: 'Read on the site', copyLink: 'Copy link', by: 'By ', image: 'Image', carousel: 'Now',
      slide: (n, count) => `${n} of ${count}`, loading: 'Loading the news…',
      loadFailed: 'Could not load the news: ', updateFailed: 'Could not update: ',
      offline: 'Offline', updatedAt: (time) => ` · updated at ${time}`,
      gaveUp: (count) => `stopped after ${count} crashes in an hour`, restarting: 'Restarting…',
      restartStalled: (seconds) => `the last restart did not finish in ${seconds} s`,
      newTab: ' (new tab)', colon: ': ', locale: 'en-GB',
      loadingMore: 'Loading more stories…', moreFailed: 'More stories could not be loaded: ',
      retryMore: 'More stories could not be loaded. Try again',
    },
  };
  const wordsFor = (lang) => (String(lang || '').toLowerCase().startsWith('en') ? WORDS.en : WORDS.fr);

  // --- Outgoing links --------------------------------------------------------

  function httpUrl(text) {
    try {
      const url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
    } catch {
      return null;
    }
  }

  // The publisher's URL with the partner's link-params ("utm_source=x&...")
  // added; a parameter the URL already has is left as the publisher set it.
  // Returns null for anything but http(s).
  function outboundUrl(text, linkParams) {
    const url = httpUrl(text);
    if (!url) return null;
    const added = [];
    for (const [key, value] of new URLSearchParams(linkParams || '')) {
      if (!url.searchParams.has(key)) added.push(encodeURIComponent(key) + '=' + encodeURIComponent(value));
    }
    if (added.length) url.search = (url.search ? url.search + '&' : '?') + added.join('&');
    return url.href;
  }

  // --- Small DOM helpers: text only, never markup ---------------------------

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  function setAttributes(node, attributes) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === false) node.removeAttribute(name);
      else if (node.getAttribute(name) !== String(value)) node.setAttribute(name, String(value));
    }
  }

  // Puts `nodes` in `parent` in that order, moving only what is out of place
  // so that a focused node keeps its focus; removes the rest.
  function placeChildren(parent, nodes) {
    let cursor = parent.firstChild;
    for (const node of nodes) {
      if (node === cursor) cursor = cursor.nextSibling;
      else parent.insertBefore(node, cursor);
    }
    while (cursor) {
      const next = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
  }

  // --- Styles (constructed sheets: allowed under a strict style-src) --------

  const STYLE = `
    :host { display: block; position: relative; contain: strict; overflow: hidden; }
    :host([hidden]) { display: none; }
    canvas { display: block; width: 100%; height: 100%; outline: none; touch-action: none; }
    canvas:not(.drawn) { visibility: hidden; }
    canvas.stale { position: absolute; inset: 0; pointer-events: none; }
    canvas:focus-visible { box-shadow: inset 0 0 0 2px var(--kiosque-focus, #c41e2a); }
    .mirror { position: absolute; top: 0; left: 0; width: 1px; height: 1px; margin: -1px; padding: 0;
              border: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`;
  let sharedSheet = null;
  function sharedStyleSheet() {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLE);
    }
    return sharedSheet;
  }

  // "480" -> "480px"; any CSS length ("30rem", "60vh") as is; else null.
  function cssHeight(value) {
    if (value === null) return null;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text)) return text + 'px';
    return CSS.supports('height', text) ? text : null;
  }

  // ===========================================================================
  // The DOM mirror: what is on the canvas, for assistive technology
  // ===========================================================================

  // Builds and updates the hidden DOM in the shadow root from state() and
  // the open article, and turns what the reader does in it into commands.
  // `commands`: selectSection(slug), openArticle(id), back(), focusControl(kind,
  // id), outbound(url, event), copy(url), scrollBy(pixels), retryPaging().
  //
  // Each control carries data-control and data-id, named as state().controls
  // names the same control on the canvas ("tab" "monde", "headline" "42",
  // "slide" "0", "back" "", "open-site" "42", "more-retry" ""), so that the
  // canvas can ring it.
  class Mirror {
    constructor(commands) {
      this.commands = commands;
      this.words = WORDS.fr;
      this.linkParams = '';
      this.articleKey = null;  // what the article DOM was built from
      this.focusAfterRender = null;  // {kind: 'article'} or {kind: 'headline', id}
      this.tabs = new Map();  // slug -> <button role=tab>
      this.headlines = new Map();  // id -> <li>
      this.headlinesBeforeRetry = 0;  // where the page asked again by the "more-retry" button begins

      this.root = element('div', { class: 'mirror' });
      this.status = element('p', { role: 'status' });
      this.tablist = element('div', { role: 'tablist' });
      this.panel = element('div', { role: 'tabpanel', id: 'kiosque-panel' });
      this.carousel = element('div', { role: 'region', 'aria-roledescription': 'carrousel', hidden: '' });
      this.carouselSlide = element('div', { role: 'group', 'aria-roledescription': 'diapositive' });
      this.carousel.append(this.carouselSlide);
      this.list = element('ul');
      this.more = element('button', { type: 'button', 'data-control': 'more-retry', 'data-id': '', hidden: '' });
      this.article = element('article', { hidden: '' });
      this.panel.append(this.carousel, this.list, this.more, this.article);
      this.root.append(this.status, this.tablist, this.panel);

      this.root.addEventListener('click', (event) => this.onClick(event));
      this.root.addEventListener('auxclick', (event) => this.onClick(event));
      this.root.addEventListener('keydown', (event) => this.onKeyDown(event));
      this.root.addEventListener('focusin', (event) => this.onFocusIn(event));
      this.root.addEventListener('focusout', (event) => this.onFocusOut(event));
    }

    setOptions({ lang, linkParams }) {
      this.words = wordsFor(lang);
      this.linkParams = linkParams || '';
      this.root.lang = this.words === WORDS.en ? 'en' : 'fr';
      this.articleKey = null;  // link hrefs and words are in the article DOM
      this.headlinesKey = null;  // and in the headlines' links
    }

    // --- rendering ---

    render(state, articleJson) {
      const words = this.words;
      this.renderStatus(state);
      this.tablist.setAttribute('aria-label', words.sections);
      this.renderTabs(state);
      const home = state.view !== 'article';
      this.list.hidden = !home;
      this.carousel.hidden = !home || !this.renderCarousel(state);
      if (home) this.renderHeadlines(state);
      this.renderMore(state, home);
      this.renderArticle(home ? null : articleJson);
      this.applyPendingFocus();
    }

    renderStatus(state) {
      const words = this.words;
      let text = '';
      if (state.ready && state.offline) {
        const time = state.updatedAt && new Date(state.updatedAt).toLocaleTimeString(words.locale,
          { hour: '2-digit', minute: '2-digit' });
        text = words.offline + (time ? words.updatedAt(time) : '');
      } else if (state.error) text = (state.ready ? words.updateFailed : words.loadFailed) + state.error;
      else if (state.restarting) {
        text = words.restarting + (state.restartStalled ? ` (${words.restartStalled(RESTART_READY_TIMEOUT_MS / 1000)})` : '');
      }
      else if (!state.ready) text = words.loading;
      // The next page of headlines (the canvas shows a row at the list's end).
      else if (state.paging.state === 'loading') text = words.loadingMore;
      else if (state.paging.state === 'failed') text = words.moreFailed + state.paging.error;
      setText(this.status, text);
    }

    renderTabs(state) {
      const focused = this.root.getRootNode().activeElement;
      const wanted = [];
      state.sections.forEach((section, index) => {
        let tab = this.tabs.get(section.slug);
        if (!tab) {
          tab = element('button', { type: 'button', role: 'tab', 'aria-controls': 'kiosque-panel',
            'data-control': 'tab', 'data-id': section.slug });
          this.tabs.set(section.slug, tab);
        }
        const selected = section.slug === state.section;
        setText(tab, section.name);
        setAttributes(tab, { id: `kiosque-tab-${index}`, 'aria-selected': selected });
        wanted.push(tab);
      });
      for (const [slug, tab] of this.tabs) if (!wanted.includes(tab)) this.tabs.delete(slug);
      // Roving tabindex: one Tab stop for the strip, on the tab being
      // looked at (focused), else on the selected one.
      const rover = wanted.includes(focused) ? focused : wanted.find((tab) => tab.getAttribute('aria-selected') === 'true');
      for (const tab of wanted) tab.tabIndex = tab === (rover || wanted[0]) ? 0 : -1;
      placeChildren(this.tablist, wanted);
      const selected = wanted.find((tab) => tab.getAttribute('aria-selected') === 'true');
      setAttributes(this.panel, { 'aria-labelledby': selected ? selected.id : null });
    }

    // The carousel's current slide, when the canvas shows the carousel: its
    // "slide" control says which (the slides are the section's first
    // headlines), its dots how many. Returns whether there is one to show.
    renderCarousel(state) {
      const controls = state.controls || [];
      const slide = controls.find((control) => control.kind === 'slide');
      const index = slide ? Number(slide.id) : -1;
      const headline = state.headlines[index];
      if (!headline) return false;
      const count = Math.max(index + 1, controls.filter((control) => control.kind === 'carousel-dot').length);
      this.carousel.setAttribute('aria-label', this.words.carousel);
      this.carouselSlide.setAttribute('aria-label', this.words.slide(index + 1, count));
      const link = this.headlineLink(headline, 'slide', String(index), this.carouselSlide.firstChild);
      if (link !== this.carouselSlide.firstChild) placeChildren(this.carouselSlide, [link]);
      return true;
    }

    // Every headline of the section is a link (thousands in a large feed):
    // rebuilt only when the list changed, not when a carousel slide or a
    // focus did, and in time linear in its length.
    renderHeadlines(state) {
      const section = state.sections.find((item) => item.slug === state.section);
      this.list.setAttribute('aria-label', this.words.headlines + (section ? this.words.colon + section.name : ''));
      const key = state.headlines.map((headline) => `${headline.id}\u0000${headline.title}\u0000${headline.url}`).join('\u0001');
      if (key === this.headlinesKey) return;
      this.headlinesKey = key;
      const wanted = state.headlines.map((headline, index) => {
        const id = String(headline.id);
        let item = this.headlines.get(id);
        if (!item) {
          item = element('li');
          this.headlines.set(id, item);
        }
        const link = this.headlineLink(headline, 'headline', id, item.firstChild);
        if (link !== item.firstChild) placeChildren(item, [link]);
        return item;
      });
      const kept = new Set(wanted);
      for (const [id, item] of this.headlines) if (!kept.has(item)) this.headlines.delete(id);
      placeChildren(this.list, wanted);
    }

    // After the headlines, when their next page failed: a button that asks
    // again, as the row the canvas draws there does. A focused button stays
    // (disabled) while the page asked again is on its way, so that the focus
    // is not lost; once the page is in, the focus goes to its first headline.
    renderMore(state, home) {
      const paging = state.paging || {};
      const focused = this.root.getRootNode().activeElement === this.more;
      const failed = home && paging.state === 'failed';
      const waiting = home && paging.state === 'loading' && focused;
      if (home && focused && !failed && !waiting) {
        const next = state.headlines[this.headlinesBeforeRetry] || state.headlines[state.headlines.length - 1];
        if (next) this.focusAfterRender = { kind: 'headline', id: next.id };
      }
      this.more.hidden = !failed && !waiting;
      setText(this.more, failed ? this.words.retryMore : this.words.loadingMore);
      setAttributes(this.more, { 'aria-disabled': failed ? null : 'true' });
    }

    // A real link to the publisher's page; activating it plainly opens the
    // article in the widget, as a click on the canvas does. `reuse` is the
    // link already there for this headline, updated in place.
    headlineLink(headline, kind, id, reuse) {
      const href = outboundUrl(headline.url, this.linkParams);
      const link = reuse && reuse.tagName === (href ? 'A' : 'BUTTON') ? reuse : element(href ? 'a' : 'button');
      if (href) setAttributes(link, { href, target: '_blank', rel: 'noopener' });
      else link.type = 'button';
      setAttributes(link, { 'data-control': kind, 'data-id': id, 'data-article': String(headline.id) });
      setText(link, headline.title);
      return link;
    }

    renderArticle(article) {
      const key = article ? JSON.stringify(article) : null;
      if (key === this.articleKey) return;
      this.articleKey = key;
      this.article.hidden = !article;
      if (!article) {
        this.article.replaceChildren();
        return;
      }
      const words = this.words;
      const title = element('h2', { id: 'kiosque-article-title', tabindex: '-1' }, article.title);
      this.article.setAttribute('aria-labelledby', title.id);
      const parts = [element('button', { type: 'button', 'data-control': 'back', 'data-id': '' }, words.back)];
      if (article.breadcrumb.length) parts.push(element('p', null, article.breadcrumb.join(' › ')));
      parts.push(title);
      if (article.summary) parts.push(element('p', null, article.summary));
      const byline = [];
      if (article.authors.length) byline.push(words.by + article.authors.join(', '));
      if (article.published) {
        const date = new Date(article.published * 1000);
        byline.push(element('time', { datetime: date.toISOString() },
          date.toLocaleDateString(words.locale, { day: 'numeric', month: 'long', year: 'numeric' })));
      }
      if (byline.length) parts.push(element('p', null, ...byline.flatMap((part, i) => (i ? [' · ', part] : [part]))));
      parts.push(...this.articleBody(article.blocks));
      const href = outboundUrl(article.url, this.linkParams);
      if (href) {
        parts.push(element('p', null,
          element('a', { href, target: '_blank', rel: 'noopener', 'data-control': 'open-site', 'data-id': article.id },
            words.readOnSite, element('span', null, words.newTab)),
          ' ',
          element('button', { type: 'button', 'data-control': 'copy-link', 'data-id': article.id, 'data-url': article.url },
            words.copyLink)));
      }
      this.article.replaceChildren(...parts);
    }

    // Blocks to elements; consecutive list items become nested lists.
    articleBody(blocks) {
      const out = [];
      const linkCounter = { next: 0 };
      let lists = [];  // open lists, outermost first: {depth, ordered, node, lastItem}
      for (const block of blocks) {
        if (block.type !== 'list_item') lists = [];
        switch (block.type) {
          case 'heading':
            // The article title is an h2: its sub-headings start at h3.
            out.push(this.runs(element(`h${Math.min(6, Math.max(3, (block.level | 0) + 1))}`), block.runs, linkCounter));
            break;
          case 'quote':
            out.push(element('blockquote', null, this.runs(element('p'), block.runs, linkCounter)));
            break;
          case 'preformatted':
            out.push(this.runs(element('pre'), block.runs, linkCounter));
            break;
          case 'separator':
            out.push(element('hr'));
            break;
          case 'image':
            if (block.alt || block.caption) {
              out.push(element('figure', null,
                block.alt ? element('p', null, this.words.image + this.words.colon + block.alt) : null,
                block.caption ? element('figcaption', null, block.caption) : null));
            }
            break;
          case 'list_item': {
            const depth = Math.max(1, block.depth | 0);
            while (lists.length && (lists[lists.length - 1].depth > depth ||
                   (lists[lists.length - 1].depth === depth && lists[lists.length - 1].ordered !== block.ordered))) lists.pop();
            if (!lists.length || lists[lists.length - 1].depth < depth) {
              const list = { depth, ordered: Boolean(block.ordered), node: element(block.ordered ? 'ol' : 'ul'), lastItem: null };
              const parent = lists.length ? lists[lists.length - 1] : null;
              if (parent) (parent.lastItem || parent.node).append(list.node);
              else out.push(list.node);
              lists.push(list);
            }
            const list = lists[lists.length - 1];
            const item = this.runs(element('li'), block.runs, linkCounter);
            if (block.ordered && block.ordinal) item.value = block.ordinal;
            list.node.append(item);
            list.lastItem = item;
            break;
          }
          default:
            out.push(this.runs(element('p'), block.runs, linkCounter));
        }
      }
      return out;
    }

    runs(parent, runs, linkCounter) {
      for (const run of runs || []) {
        if (run.text === '\n') {
          parent.append(element('br'));
          continue;
        }
        let node = document.createTextNode(run.text);
        if (run.italic) node = element('em', null, node);
        if (run.bold) node = element('strong', null, node);
        const href = run.link ? outboundUrl(run.link, this.linkParams) : null;
        if (href) {
          node = element('a', {
            href, target: '_blank', rel: 'noopener', 'data-control': 'article-link', 'data-id': linkCounter.next++,
          }, node);
        }
        parent.append(node);
      }
      return parent;
    }

    applyPendingFocus() {
      const pending = this.focusAfterRender;
      if (!pending) return;
      let target = null;
      if (pending.kind === 'article' && !this.article.hidden) target = this.article.querySelector('h2');
      if (pending.kind === 'headline' && this.article.hidden) {
        const item = this.headlines.get(String(pending.id));
        target = (item && item.firstChild) || this.tablist.querySelector('[tabindex="0"]');
      }
      if (!target) return;  // the view has not changed yet: wait for the next render
      this.focusAfterRender = null;
      target.focus({ preventScroll: true });
    }

    // --- what the reader does in the mirror ---

    onClick(event) {
      const control = event.target.closest('[data-control]');
      if (!control || !this.root.contains(control)) return;
      const kind = control.dataset.control;
      if (event.type === 'auxclick') {
        // A middle click opens a link in a new tab; buttons ignore it.
        if (event.button === 1 && control.tagName === 'A') this.commands.outbound(control.href, event);
        return;
      }
      const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
      if (kind === 'tab') {
        this.commands.selectSection(control.dataset.id);
      } else if ((kind === 'headline' || kind === 'slide') && plain) {
        // The widget's own way to read: the article, in place. A new tab
        // (modifier keys, middle click) stays the browser's business.
        event.preventDefault();
        this.focusAfterRender = { kind: 'article' };
        if (!this.commands.openArticle(control.dataset.article)) this.focusAfterRender = null;
      } else if (kind === 'back') {
        this.goBack();
      } else if (kind === 'copy-link') {
        this.commands.copy(control.dataset.url);
      } else if (kind === 'more-retry') {
        if (control.getAttribute('aria-disabled') === 'true') return;
        this.headlinesBeforeRetry = this.list.children.length;
        this.commands.retryPaging();
      } else if (control.tagName === 'A') {
        this.commands.outbound(control.href, event);
      }
    }

    goBack() {
      const id = this.articleKey ? JSON.parse(this.articleKey).id : null;
      this.focusAfterRender = { kind: 'headline', id };
      this.commands.back();
    }

    onKeyDown(event) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const tab = event.target.closest('[role="tab"]');
      if (tab && this.moveAmongTabs(tab, event.key)) {
        event.preventDefault();
        return;
      }
      if (this.article.hidden || !this.article.contains(event.target)) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        this.goBack();
        return;
      }
      // The article scrolls on the canvas, not in the hidden mirror: reading
      // keys scroll it there. At either end they are the page's again.
      const onButton = event.target.closest('button');
      const page = this.root.getRootNode().host.clientHeight * 0.85;
      const amounts = {
        ArrowDown: 40, ArrowUp: -40, PageDown: page, PageUp: -page, Home: -1e6, End: 1e6,
        ' ': onButton ? 0 : (event.shiftKey ? -page : page),
      };
      const amount = amounts[event.key];
      if (amount && this.commands.scrollBy(amount)) event.preventDefault();
    }

    // Arrow keys, Home and End move between tabs (activation is Enter or
    // Space, the button's own). Returns whether the key was one of those.
    moveAmongTabs(tab, key) {
      const tabs = [...this.tablist.children];
      const at = tabs.indexOf(tab);
      const target = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[key];
      if (target === undefined) return false;
      const next = tabs[(target + tabs.length) % tabs.length];
      for (const other of tabs) other.tabIndex = other === next ? 0 : -1;
      next.focus();
      return true;
    }

    onFocusIn(event) {
      const control = event.target.closest('[data-control]');
      if (control) this.commands.focusControl(control.dataset.control, control.dataset.id);
      else this.commands.focusControl('', '');
    }

    onFocusOut(event) {
      if (!event.relatedTarget || !this.root.contains(event.relatedTarget)) this.commands.focusControl('', '');
    }
  }

  // ===========================================================================
  // The element
  // ===========================================================================

  const EMPTY_STATE = Object.freeze({
    ready: false, loading: false, view: 'home', section: null, sections: [], headlines: [],
    article: null, framesRendered: 0, error: null, restarts: 0,
  });

  class KiosqueReader extends HTMLElement {
    static get observedAttributes() { return ATTRIBUTES; }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      // The height rule is this element's own: the height attribute changes it.
      this._heightSheet = new CSSStyleSheet();
      this._heightSheet.replaceSync(`:host { height: var(--kiosque-height, ${DEFAULT_HEIGHT}); }`);
      root.adoptedStyleSheets = [sharedStyleSheet(), this._heightSheet];
      this._canvas = this._newCanvas();
      this._mirror = new Mirror({
        selectSection: (slug) => this.selectSection(slug),
        openArticle: (id) => this.openArticle(id),
        back: () => this.back(),
        focusControl: (kind, id) => this._focusControl(kind, id),
        copy: (url) => this._copyLink(url),
        outbound: (url, event) => { if (!this._emit('outbound', { url }, true)) event.preventDefault(); },
        scrollBy: (pixels) => this._scrollCanvas(pixels),
        retryPaging: () => this._module?._kiosque_retry_paging(),
      });
      root.append(this._canvas, this._mirror.root);
      this._module = null;
      this._generation = 0;  // which module is the live one: a dead one's callbacks are ignored
      this._crashTimes = [];  // Date.now() of recent aborts
      this._restarts = 0;
      this._gaveUp = null;  // the error message once restarts stopped
      this._staleCanvas = null;  // the crashed module's, on screen until the new one draws
      this._restartDeadline = null;  // the timer after which a silent restart has failed
      this._restartStalled = false;  // the restart under way follows one that never said ready
      this._observing = false;
      this._started = false;
      this._sentConfig = null;  // the JSON the module was last configured with
      this._configQueued = false;
      this._mirrorQueued = false;
      this._focusedControl = null;
      this._applyHeight();
      this._mirror.setOptions(this._mirrorOptions());
      this._mirror.render(EMPTY_STATE, null);
    }

    connectedCallback() {
      connectedReaders.add(this);
      if (this._started) return;
      this._started = true;
      this._start().catch((error) => this._emit('error', { message: String(error.message || error) }));
    }

    disconnectedCallback() {
      connectedReaders.delete(this);
    }

    attributeChangedCallback(name, previous, value) {
      if (previous === value) return;
      if (name === 'height') this._applyHeight();
      if (name === 'offline' && this._module) this._registerWorkerIfAsked();
      if (name === 'link-params' || name === 'lang') {
        this._mirror.setOptions(this._mirrorOptions());
        this._scheduleMirror();
      }
      if (name !== 'height' && name !== 'link-params') this._configChanged();
    }

    // --- configuration ---

    // The wasm's configuration (see src/core/widget_config.h) from the
    // attributes and the page's preferences.
    _config() {
      const attribute = (name) => (this.hasAttribute(name) ? this.getAttribute(name).trim() : null);
      const config = { assetBase: fileUrl(BUILD_FILES.assets) };
      for (const name of ['feed', 'categories']) {
        const value = attribute(name);
        if (value) config[name] = new URL(value, document.baseURI).href;
      }
      for (const name of ['section', 'accent', 'lang', 'refresh']) {  // refresh: seconds, read by the wasm
        const value = attribute(name);
        if (value) config[name] = value;
      }
      const theme = (attribute('theme') || 'light').toLowerCase();
      config.theme = theme === 'auto' ? (darkScheme.matches ? 'dark' : 'light') : theme;
      const interval = Number(attribute('interval'));
      if (attribute('interval') && Number.isFinite(interval) && interval >= 0) config.interval = interval;  // 0: no autoplay
      const kiosk = attribute('kiosk');
      config.kiosk = kiosk !== null && kiosk !== 'false';
      for (const [name, key] of Object.entries(SHOW_ATTRIBUTES)) {  // numbers as text, read by the wasm
        const value = attribute(name);
        if (value) config[key] = value;
      }
      config.reducedMotion = reducedMotion.matches;
      const imageCache = Number(attribute('image-cache'));  // MiB, read by kiosque_images.js
      if (attribute('image-cache') && Number.isFinite(imageCache) && imageCache >= 0) config.imageCacheBytes = imageCache * 1048576;
      return config;
    }

    _configChanged() {
      if (!this._module || this._configQueued) return;
      // Several attributes set in a row make one reconfiguration.
      this._configQueued = true;
      queueMicrotask(() => {
        this._configQueued = false;
        this._sendConfig();
      });
    }

    _sendConfig() {
      const json = JSON.stringify(this._config());
      if (json === this._sentConfig) return;
      this._sentConfig = json;
      if (this._module) this._module.kiosqueConfig = JSON.parse(json);  // what its JavaScript halves read
      this._callWithText('configure', json);
    }

    _mirrorOptions() {
      return { lang: this.getAttribute('lang') || 'fr', linkParams: this.getAttribute('link-params') || '' };
    }

    _applyHeight() {
      const height = cssHeight(this.getAttribute('height')) || DEFAULT_HEIGHT;
      // Through the CSSOM, never as text: a value cannot leave the rule.
      this._heightSheet.cssRules[0].style.setProperty('height', `var(--kiosque-height, ${height})`);
    }

    // --- start-up ---

    _newCanvas() {
      const canvas = document.createElement('canvas');
      // Pointer users click it (and then its keys work); keyboard and
      // screen reader users go through the mirror, which says the same.
      canvas.tabIndex = -1;
      canvas.setAttribute('aria-hidden', 'true');
      return canvas;
    }

    async _start() {
      const config = this._config();
      // The glue and the wasm first: over HTTP/1.1 a host gets six
      // connections, and the wasm is the longest download.
      const moduleFiles = Promise.all([loadFactory(), compileWasm()]);
      const firstRequests = startFirstRequests(config);
      try {
        await this._startModule(config, moduleFiles, firstRequests);
      } finally {
        // What the module did not ask for as it started (it failed, or the
        // configuration changed meanwhile) is not downloaded for nothing.
        firstRequests.forEach((request) => request.controller.abort());
      }
    }

    async _startModule(config, moduleFiles, firstRequests) {
      const [factory, wasm] = await moduleFiles;
      this._sentConfig = JSON.stringify(config);
      const generation = ++this._generation;
      const canvas = this._canvas;
      const module = await factory({
        canvas,
        kiosqueConfig: config,
        kiosqueFirstRequests: firstRequests,
        onAbort: (reason) => this._aborted(generation, reason),
        // A module given up on (a restart that never said ready) may still
        // talk: not heard. "drawn": its first frame. Until then the canvas is
        // hidden: a blank one would be composited (software compositing reads
        // a WebGL canvas back, ~0.1 s at 2880×1800) just when the feed and
        // fonts arrive.
        onKiosqueEvent: (type, detail) => {
          if (generation !== this._generation) return;
          if (type === 'drawn') this._moduleDrew(canvas);
          else this._onModuleEvent(type, detail);
        },
        onKiosqueOutbound: (url) => { if (generation === this._generation) this._openOutbound(url); },
        instantiateWasm: (imports, receive) => {
          WebAssembly.instantiate(wasm, imports).then((instance) => {
            performance.mark('kiosque-instantiated');
            receive(instance, wasm);
          });
          return {};
        },
        printErr: (text) => console.warn('[kiosque]', text),
      });
      if (generation !== this._generation) return;  // it aborted while starting
      this._module = module;
      if (!this._observing) {
        this._observing = true;
        this._observeSize();
        this._observeVisibility();
      }
      this._resize();
      this._updateVisibility();
      this._sendConfig();  // attributes changed while the module was starting
      this._scheduleMirror();
      this._registerWorkerIfAsked();
    }

    _registerWorkerIfAsked() {
      const offline = this.getAttribute('offline');
      if (offline !== null && offline !== 'false') registerServiceWorker();
    }

    // The module aborted: its memory may be corrupt, so nothing of it is
    // called again.
    _aborted(generation, reason) {
      if (generation === this._generation) this._moduleFailed(String(reason));
    }

    // The live module aborted, or a restart never said ready (`reason`): it
    // is given up on. A new module on a new canvas (the old one's WebGL
    // context goes with it) starts over from the feed kept in the browser,
    // after a delay that grows with the failures of the last hour.
    _moduleFailed(reason) {
      this._generation += 1;
      this._module = null;
      clearTimeout(this._restartDeadline);
      const now = Date.now();
      this._crashTimes = this._crashTimes.filter((time) => now - time < RESTART_WINDOW_MS).concat(now);
      const fresh = this._newCanvas();
      if (this._staleCanvas) {
        // It failed while restarting: the frame on screen is still the one
        // from before, over this module's canvas, which was never seen.
        this._canvas.remove();
      } else {
        // The dead module's last frame stays on screen over the new canvas
        // (a WebGL canvas keeps what it showed) until the new module has drawn.
        this._staleCanvas = this._canvas;
        this._staleCanvas.classList.add('stale');
      }
      this._staleCanvas.before(fresh);
      this._canvas = fresh;
      if (this._crashTimes.length > MAX_RESTARTS_PER_HOUR) {
        this._dropStaleCanvas();  // no new module to wait for: the mirror says why
        const words = wordsFor(this.getAttribute('lang'));
        this._gaveUp = words.gaveUp(this._crashTimes.length) + words.colon + reason;
        this._emit('error', { message: this._gaveUp });
        this._scheduleMirror();
        return;
      }
      const delay = restartDelayMs(this._crashTimes.length);
      this._restarts += 1;
      this._emit('restart', { reason, restarts: this._restarts, delay });
      this._scheduleMirror();
      setTimeout(() => {
        if (!this.isConnected) {
          this._started = false;  // connectedCallback starts it when the element is back
          return;
        }
        this._restartDeadline = setTimeout(() => {
          this._restartStalled = true;
          this._moduleFailed(`restart timed out: not ready after ${RESTART_READY_TIMEOUT_MS / 1000} s`);
        }, RESTART_READY_TIMEOUT_MS);
        this._start().catch((error) => this._emit('error', { message: String(error.message || error) }));
      }, delay);
    }

    _dropStaleCanvas() {
      this._staleCanvas?.remove();
      this._staleCanvas = null;
    }

    // A module's first frame is on its canvas: the canvas shows from now on,
    // and the crashed module's picture, if any, goes (with the mirror's
    // "Redémarrage…"), in the same task, so that nothing blank comes between.
    _moduleDrew(canvas) {
      canvas.classList.add('drawn');
      if (!this._staleCanvas) return;
      this._dropStaleCanvas();
      this._scheduleMirror();
    }

    // The canvas's backing store follows its CSS box times the device pixel
    // ratio, whenever either changes.
    // Observed on the element (the canvas fills it), which outlives a canvas
    // replaced after a crash.
    _observeSize() {
      new ResizeObserver(() => this._resize()).observe(this);
      const watchRatio = () => {
        matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
          .addEventListener('change', () => { this._resize(); watchRatio(); }, { once: true });
      };
      watchRatio();
    }

    _resize() {
      if (!this._module) return;
      const box = this._canvas.getBoundingClientRect();
      this._module._kiosque_resize(box.width, box.height, window.devicePixelRatio || 1);
    }

    // --- from the wasm ---

    _onModuleEvent(type, detail) {
      // "change": the reader's state moved; only the mirror needs to know.
      if (type !== 'change') this._emit(type, detail);
      if (type === 'ready' || type === 'error') {
        clearTimeout(this._restartDeadline);  // the restart, if any, has come through
        this._restartStalled = false;
      }
      this._scheduleMirror();
    }

    // The wasm calls in mid-frame: the mirror reads the state afterwards.
    _scheduleMirror() {
      if (this._mirrorQueued) return;
      this._mirrorQueued = true;
      queueMicrotask(() => {
        this._mirrorQueued = false;
        const state = this._mirrorState();
        const article = this._module && state.view === 'article'
          ? JSON.parse(this._module.UTF8ToString(this._module._kiosque_article_json()))
          : null;
        this._mirror.render(state, article);
      });
    }

    // A publisher link clicked on the canvas.
    _openOutbound(url) {
      const target = outboundUrl(url, this.getAttribute('link-params'));
      if (!target || !this._emit('outbound', { url: target }, true)) return;
      window.open(target, '_blank', 'noopener');
    }

    // Returns false when a listener cancelled a cancelable event.
    _emit(type, detail, cancelable = false) {
      return this.dispatchEvent(new CustomEvent('kiosque-' + type, { detail, bubbles: true, composed: true, cancelable }));
    }

    // --- to the wasm ---

    // Calls kiosque_<name> with each text as a UTF-8 string on the wasm heap.
    _callWithText(name, ...texts) {
      const module = this._module;
      if (!module) return 0;
      const pointers = texts.map((text) => {
        const size = module.lengthBytesUTF8(text) + 1;
        const pointer = module._malloc(size);
        module.stringToUTF8(text, pointer, size);
        return pointer;
      });
      const result = module['_kiosque_' + name](...pointers);
      for (const pointer of pointers) module._free(pointer);
      return result;
    }

    // The mirror's focus moved: the canvas rings the same control, and
    // scrolls a headline into view first if need be.
    _focusControl(kind, id) {
      this._focusedControl = { kind, id };
      this._callWithText('focus_control', kind, id);
      if (kind === 'headline') this._revealHeadline(id);
    }

    // Scrolls the canvas's home until the headline `id` is drawn whole, a
    // wheel step at a time over a control that is on screen (so over the
    // list, whatever the layout). A headline that is a carousel slide is
    // shown on the carousel instead (the wasm turns to it): that one only
    // needs the carousel on screen. Gives up when the focus moves on.
    async _revealHeadline(id) {
      const canvasHeight = this._canvas.getBoundingClientRect().height;
      for (let attempt = 0; attempt < 12; attempt += 1) {
        const focused = this._focusedControl;
        if (!focused || focused.kind !== 'headline' || focused.id !== id) return;
        const state = this.state();
        const controls = state.controls || [];
        const rows = controls.filter((control) => control.kind === 'headline' || control.kind === 'slide');
        if (!rows.length) return;
        const order = state.headlines.map((headline) => String(headline.id));
        const slideCount = controls.filter((control) => control.kind === 'carousel-dot').length;
        const wanted = order.indexOf(id);
        const target = wanted < slideCount
          ? controls.find((control) => control.kind === 'slide')
          : rows.find((row) => row.kind === 'headline' && row.id === id);
        const fullHeight = Math.max(...rows.filter((row) => row.kind === target?.kind).map((row) => row.height), 0);
        let pixels;
        if (target && target.height >= fullHeight - 1) return;  // drawn whole
        if (target) {
          // Cut by an edge of the list: the top one if it is the highest row.
          const topmost = rows.every((row) => row.y >= target.y);
          pixels = (topmost ? -1 : 1) * (fullHeight - target.height + 8);
        } else {
          const shown = rows.map((row) => (row.kind === 'slide' ? 0 : order.indexOf(row.id)));
          pixels = (wanted > Math.max(...shown) ? 1 : -1) * canvasHeight / 3;
        }
        const over = rows[rows.length - 1];
        if (!this._scrollCanvas(pixels, { x: over.x + over.width / 2, y: over.y + over.height / 2 })) return;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    }

    // Scrolls what the canvas shows as the wheel would, through the same
    // input path (so the widget's own limits apply), at `at` (CSS pixels in
    // the canvas; its middle by default). Returns whether it scrolled: at
    // an end, the page keeps the key.
    _scrollCanvas(pixels, at) {
      if (!this._module) return false;
      const box = this._canvas.getBoundingClientRect();
      const point = at || { x: box.width / 2, y: box.height * 0.6 };
      const wheel = new WheelEvent('wheel', {
        deltaY: pixels, deltaMode: 0, cancelable: true, clientX: box.left + point.x, clientY: box.top + point.y,
      });
      const scrolled = !this._canvas.dispatchEvent(wheel);
      // The wheel put the pointer over the canvas: take it away once the
      // frame has used it, so that nothing stays hovered.
      if (scrolled) requestAnimationFrame(() => this._canvas.dispatchEvent(new MouseEvent('mouseleave')));
      return scrolled;
    }

    // "Copy link" in the mirror, as on the canvas: same events.
    _copyLink(url) {
      navigator.clipboard.writeText(url).then(() => this._emit('copied', { text: url }),
        (error) => this._emit('error', { message: 'clipboard: ' + String((error && error.message) || error) }));
    }

    // The carousel turns only while the widget can be seen: on screen, in a
    // page that is not hidden. Off screen it draws nothing at all.
    _observeVisibility() {
      this._onScreen = true;
      new IntersectionObserver((entries) => {
        this._onScreen = entries[entries.length - 1].isIntersecting;
        this._updateVisibility();
      }).observe(this);
      document.addEventListener('visibilitychange', () => this._updateVisibility());
    }

    _updateVisibility() {
      if (this._module) this._module._kiosque_set_visible(this._onScreen && document.visibilityState !== 'hidden' ? 1 : 0);
    }

    // state() for the mirror: the headlines (thousands in a large feed) are
    // asked for again only when the reader's revision moved, not at each
    // carousel slide.
    _mirrorState() {
      if (!this._module) return this.state();
      const state = this._stateOf(0);
      if (this._mirrorHeadlinesOf !== this._module || state.revision !== this._mirrorRevision) {
        this._mirrorHeadlines = this._stateOf(1).headlines;
        this._mirrorHeadlinesOf = this._module;  // a restarted module counts again from 0
        this._mirrorRevision = state.revision;
      }
      state.headlines = this._mirrorHeadlines;
      return state;
    }

    _stateOf(everyHeadline) {
      const state = JSON.parse(this._module.UTF8ToString(this._module._kiosque_state_json(everyHeadline)));
      state.restarts = this._restarts;
      state.restarting = Boolean(this._staleCanvas);
      state.restartStalled = this._restartStalled;
      state.imagesShown = this._module.kiosqueImagesShown || 0;
      return state;
    }

    // --- public API ---

    state() {
      const restarting = Boolean(this._staleCanvas);
      if (!this._module) {
        return { ...EMPTY_STATE, error: this._gaveUp, restarts: this._restarts, restarting, restartStalled: this._restartStalled };
      }
      return this._stateOf(1);
    }
    selectSection(slug) { return Boolean(this._callWithText('select_section', String(slug))); }
    openArticle(id) { return Boolean(this._callWithText('open_article', String(id))); }
    back() { if (this._module) this._module._kiosque_back(); }
    // Goes to a place written as a URL fragment, as in state().route and the
    // kiosque-navigate event: "#/monde/article/42". False when it is not in the feed.
    navigate(route) { return Boolean(this._callWithText('navigate', String(route))); }
    refresh() {
      if (!this._module) return false;
      this._module._kiosque_refresh();
      return true;
    }
  }

  if (!customElements.get('kiosque-reader')) customElements.define('kiosque-reader', KiosqueReader);
})();
