// Kiosque on partner sites, end to end in headless chromium: two widgets on
// one page (web/partner.html) running independently from one wasm download;
// the host page's typing, focus and scrolling left alone; a strict
// Content-Security-Policy; feeds on another origin with and without CORS;
// attributes changed at run time; the DOM events and their payloads; the
// hidden DOM mirror against state(); a keyboard-only walk; an axe-core
// audit; the iframe variant's messages; and `make dist` served from another
// path prefix, with its SRI hashes enforced. Run: node --test tests/browser/
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { buildDist } from '../../scripts/dist.mjs';
import { startServer, strictContentSecurityPolicy } from '../../scripts/serve.mjs';
import {
  SITE_DIR,
  assertSiteBuilt,
  auditAccessibility,
  captureCanvas,
  captureWidget,
  differenceIn,
  openDemo,
  readSiteJson,
  readState,
  readWidgetEvents,
  readWidgetState,
  recordWidgetEvents,
  useSiteAndBrowser,
  waitForReady,
  waitForState,
  waitForWidgetReady,
  waitForWidgetState,
} from './harness.mjs';

const MONDE = '#reader-monde';  // sidebar: WordPress sample, "monde", light, French
const ENGLISH = '#reader-en';  // below the story: JSON Feed sample, dark, English
const MONDE_LINK_PARAMS = { utm_source: 'gazette', utm_medium: 'widget', utm_campaign: 'sidebar' };
const PUBLISHER_ORIGIN = 'https://www.lejournal.example';

// --- what the mirror says, read in the page ------------------------------------

// The hidden DOM mirror of one widget, as plain data.
function readMirror(page, selector) {
  return page.evaluate((s) => {
    const root = document.querySelector(s).shadowRoot.querySelector('.mirror');
    const visible = (node) => node && !node.closest('[hidden]');
    const article = root.querySelector('article');
    return {
      lang: root.lang,
      status: root.querySelector('[role="status"]').textContent,
      tablistLabel: root.querySelector('[role="tablist"]').getAttribute('aria-label'),
      tabs: [...root.querySelectorAll('[role="tab"]')].map((tab) => ({
        name: tab.textContent, selected: tab.getAttribute('aria-selected') === 'true', tabIndex: tab.tabIndex,
      })),
      panelLabelledBy: root.querySelector('[role="tabpanel"]').getAttribute('aria-labelledby'),
      headlines: visible(root.querySelector('ul'))
        ? [...root.querySelectorAll('ul > li > [data-control="headline"]')].map((link) => ({
          title: link.textContent, href: link.getAttribute('href'), target: link.target, rel: link.rel,
          id: link.dataset.article }))
        : [],
      carousel: visible(root.querySelector('[aria-roledescription="carrousel"]')) ? {
        label: root.querySelector('[aria-roledescription="carrousel"]').getAttribute('aria-label'),
        slide: root.querySelector('[aria-roledescription="diapositive"]').getAttribute('aria-label'),
        title: root.querySelector('[data-control="slide"]').textContent,
      } : null,
      article: visible(article) ? {
        title: article.querySelector('h2')?.textContent,
        paragraphs: article.querySelectorAll('p').length,
        back: article.querySelector('[data-control="back"]')?.textContent,
        readOnSite: article.querySelector('[data-control="open-site"]')?.getAttribute('href'),
        copyLink: article.querySelector('[data-control="copy-link"]')?.textContent,
      } : null,
    };
  }, selector);
}

// The element that has the keyboard focus, looking into shadow roots:
// {host: id of the widget or null, text, control, article}.
function readFocus(page) {
  return page.evaluate(() => {
    let node = document.activeElement;
    let host = null;
    while (node && node.shadowRoot && node.shadowRoot.activeElement) {
      host = node.id;
      node = node.shadowRoot.activeElement;
    }
    return { host, id: node?.id ?? null, tag: node?.tagName, text: node?.textContent ?? '',
      control: node?.dataset?.control ?? null, article: node?.dataset?.article ?? null };
  });
}

// Luminance (0-255) of an image's most frequent colour: the theme's
// background, whatever picture the carousel happens to show.
function backgroundLuminance({ width, height, channels, pixels }) {
  const counts = new Map();
  for (let i = 0; i < width * height * channels; i += channels) {
    const colour = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const [colour] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return 0.2126 * (colour >> 16) + 0.7152 * ((colour >> 8) & 0xff) + 0.0722 * (colour & 0xff);
}

// Lets the widget draw what it was just told (a few frames; the carousel
// keeps it from ever being idle for long).
const settle = () => sleep(400);

// Fraction of the pixels inside `rect` (CSS pixels, device pixel ratio 1)
// that differ between two captures of the same canvas.
function paramsOf(href) {
  return Object.fromEntries(new URL(href).searchParams);
}

// --- what the sample feeds say -------------------------------------------------

const samplePostIds = () => readSiteJson('sample/posts.json').map((post) => String(post.id));
const sampleJsonFeedIds = () => readSiteJson('sample/jsonfeed.json').items.map((item) => String(item.id));

// --- servers and browser ---------------------------------------------------------

assertSiteBuilt();

let site;
let feedWithCors;  // the same files on another origin (another port), as a WordPress would send them
let feedWithoutCors;
let browser;
useSiteAndBrowser((started) => ({ server: site, browser } = started));

before(async () => {
  [feedWithCors, feedWithoutCors] = await Promise.all([
    startServer({ root: SITE_DIR, port: 0, cors: true }),
    startServer({ root: SITE_DIR, port: 0, cors: false }),
  ]);
});

after(async () => {
  await Promise.all([feedWithCors?.close(), feedWithoutCors?.close()]);
});

// A page of the site with its problems collected and the widgets' events
// recorded; `prepare(page)` runs before it loads (routes, init scripts).
async function openPage(pathAndQuery, { prepare, viewport } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 800 } });
  const opened = await openDemo(context, site.url, 'about:blank');
  await recordWidgetEvents(opened.page);
  if (prepare) await prepare(opened.page);
  opened.response = await opened.page.goto(new URL(pathAndQuery, site.url).href, { waitUntil: 'load' });
  opened.close = () => context.close();
  return opened;
}

// =============================================================================

describe('partner page: two widgets, one wasm download', () => {
  let partner;
  const downloads = [];

  before(async () => {
    partner = await openPage('partner.html', {
      prepare: (page) => page.on('request', (request) => downloads.push(new URL(request.url()).pathname)),
    });
  });

  after(async () => {
    await partner?.close();
  });

  it('both widgets become ready on their own feeds and sections', { timeout: 60_000 }, async () => {
    const [monde, english] = await Promise.all([
      waitForWidgetReady(partner.page, MONDE), waitForWidgetReady(partner.page, ENGLISH)]);
    assert.equal(monde.error, null, `${MONDE}: ${monde.error}`);
    assert.equal(english.error, null, `${ENGLISH}: ${english.error}`);
    assert.equal(monde.section, 'monde');
    assert.equal(english.section, 'a-la-une');
    const posts = new Set(samplePostIds());
    const items = new Set(sampleJsonFeedIds());
    assert.ok(monde.headlines.every(({ id }) => posts.has(String(id))), 'sidebar shows posts of the WordPress sample');
    assert.ok(english.headlines.every(({ id }) => items.has(String(id))), 'lower widget shows items of the JSON Feed sample');
    assert.ok(english.headlines.length > monde.headlines.length, 'all sections vs one: the lists should differ');
  });

  it('downloads the glue and the wasm once for both', () => {
    const count = (name) => downloads.filter((pathname) => pathname.endsWith(name)).length;
    assert.equal(count('/kiosque-wasm.wasm'), 1, `wasm requests: ${downloads.join(' ')}`);
    assert.equal(count('/kiosque-wasm.js'), 1, `glue requests: ${downloads.join(' ')}`);
  });

  it('gives each widget its own canvas in its own shadow root, sized at the device pixel ratio', async () => {
    const boxes = await partner.page.evaluate(() => [...document.querySelectorAll('kiosque-reader')].map((reader) => {
      const canvas = reader.shadowRoot.querySelector('canvas');
      const box = canvas.getBoundingClientRect();
      return { id: reader.id, inLightDom: document.querySelectorAll('canvas').length, width: canvas.width,
        height: canvas.height, cssWidth: box.width, cssHeight: box.height, ratio: devicePixelRatio,
        hostHeight: reader.getBoundingClientRect().height };
    }));
    assert.equal(boxes.length, 2);
    for (const box of boxes) {
      assert.equal(box.inLightDom, 0, 'no canvas outside the shadow roots');
      assert.equal(box.width, Math.round(box.cssWidth * box.ratio), `${box.id} backing store width`);
      assert.equal(box.height, Math.round(box.cssHeight * box.ratio), `${box.id} backing store height`);
    }
    // Heights come from each element's height attribute (560 and 420).
    assert.deepEqual(boxes.map((box) => Math.round(box.hostHeight)).sort(), [420, 560]);
  });

  it('draws each widget in its own theme', async () => {
    await settle();
    const light = await captureWidget(partner.page, MONDE, 'partner-monde');
    const dark = await captureWidget(partner.page, ENGLISH, 'partner-en');
    assert.ok(light.stats.distinctColours > 16 && dark.stats.distinctColours > 16, 'both canvases drawn');
    assert.ok(backgroundLuminance(light.image) > 200, `light background ${backgroundLuminance(light.image)}`);
    assert.ok(backgroundLuminance(dark.image) < 60, `dark background ${backgroundLuminance(dark.image)}`);
  });

  it('fires ready with its section, bubbling and composed, once per widget', async () => {
    const ready = (await readWidgetEvents(partner.page)).filter((event) => event.name === 'kiosque-ready');
    assert.deepEqual(ready.map((event) => event.target).sort(), ['reader-en', 'reader-monde']);
    for (const event of ready) {
      assert.ok(event.bubbles && event.composed, `${event.target}: ready must bubble out of the shadow root`);
      assert.equal(event.detail.section, event.target === 'reader-monde' ? 'monde' : 'a-la-une');
    }
  });

  it('keeps the widgets independent: commands to one leave the other as it was', async () => {
    const mondeBefore = await readWidgetState(partner.page, MONDE);
    const english = await readWidgetState(partner.page, ENGLISH);
    const target = english.sections.find((section) => section.slug !== english.section && section.slug !== 'a-la-une');
    assert.ok(await partner.page.evaluate(([s, slug]) => document.querySelector(s).selectSection(slug), [ENGLISH, target.slug]));
    await waitForWidgetState(partner.page, ENGLISH, (state) => state.section === target.slug, { what: target.slug });
    const headline = english.headlines[0];
    assert.equal(await partner.page.evaluate(([s, id]) => document.querySelector(s).openArticle(id), [MONDE, 'no-such-id']), false);
    const mondeAfter = await readWidgetState(partner.page, MONDE);
    assert.equal(mondeAfter.section, mondeBefore.section);
    assert.equal(mondeAfter.view, 'home');
    assert.deepEqual(mondeAfter.headlines, mondeBefore.headlines);
    assert.ok(headline, 'the English widget has headlines');
  });

  it('fires section and article events with the right payloads', async () => {
    const state = await readWidgetState(partner.page, MONDE);
    const before = (await readWidgetEvents(partner.page)).length;
    const headline = state.headlines[1];
    await partner.page.evaluate(([s, id]) => document.querySelector(s).openArticle(id), [MONDE, headline.id]);
    await waitForWidgetState(partner.page, MONDE, (s) => s.view === 'article', { what: 'the article' });
    await partner.page.evaluate((s) => document.querySelector(s).back(), MONDE);
    await partner.page.evaluate((s) => document.querySelector(s).selectSection('chroniques'), MONDE);
    await waitForWidgetState(partner.page, MONDE, (s) => s.section === 'chroniques', { what: 'chroniques' });
    const events = (await readWidgetEvents(partner.page)).slice(before).filter((event) => event.target === 'reader-monde');
    const article = events.find((event) => event.name === 'kiosque-article');
    assert.deepEqual(article?.detail, { id: headline.id, title: headline.title, url: headline.url });
    const section = events.find((event) => event.name === 'kiosque-section');
    assert.deepEqual(section?.detail, { section: 'chroniques' });
    assert.ok(events.every((event) => event.bubbles && event.composed));
    await partner.page.evaluate((s) => document.querySelector(s).selectSection('monde'), MONDE);
  });

  it('mirrors the tabs and headlines of state() in its shadow root, links with link-params', async () => {
    for (const selector of [MONDE, ENGLISH]) {
      await partner.page.evaluate((s) => document.querySelector(s).back(), selector);
      const state = await waitForWidgetState(partner.page, selector, (s) => s.view === 'home');
      await sleep(50);  // the mirror follows in a microtask
      const mirror = await readMirror(partner.page, selector);
      assert.deepEqual(mirror.tabs.map((tab) => tab.name), state.sections.map((section) => section.name));
      assert.deepEqual(mirror.tabs.filter((tab) => tab.selected).map((tab) => tab.name),
        state.sections.filter((section) => section.slug === state.section).map((section) => section.name));
      assert.equal(mirror.tabs.filter((tab) => tab.tabIndex === 0).length, 1, 'one Tab stop in the tab strip');
      assert.ok(mirror.panelLabelledBy, 'the tab panel is labelled by its tab');
      assert.deepEqual(mirror.headlines.map((headline) => headline.title), state.headlines.map((headline) => headline.title));
      // The carousel region names the slide the canvas shows.
      const slide = state.controls.find((control) => control.kind === 'slide');
      if (slide) {
        assert.equal(mirror.carousel?.title, state.headlines[Number(slide.id)].title, 'current slide');
        assert.match(mirror.carousel.slide, new RegExp(`^${Number(slide.id) + 1} (sur|of) \\d+$`));
      } else {
        assert.equal(mirror.carousel, null, 'no carousel on the canvas, none in the mirror');
      }
      assert.deepEqual(mirror.headlines.map((headline) => headline.id), state.headlines.map((headline) => String(headline.id)));
      state.headlines.forEach((headline, index) => {
        const href = mirror.headlines[index].href;
        const url = new URL(href);
        assert.equal(url.origin + url.pathname, new URL(headline.url).origin + new URL(headline.url).pathname);
        assert.equal(url.searchParams.get('utm_source'), 'gazette', `link-params on ${href}`);
        assert.equal(mirror.headlines[index].target, '_blank');
        assert.match(mirror.headlines[index].rel, /noopener/);
      });
    }
    assert.equal((await readMirror(partner.page, ENGLISH)).lang, 'en');
    assert.equal((await readMirror(partner.page, MONDE)).tablistLabel, 'Rubriques');
  });

  it('mirrors the open article as a heading and paragraphs', async () => {
    const state = await readWidgetState(partner.page, MONDE);
    const headline = state.headlines[0];
    await partner.page.evaluate(([s, id]) => document.querySelector(s).openArticle(id), [MONDE, headline.id]);
    await waitForWidgetState(partner.page, MONDE, (s) => s.view === 'article');
    await sleep(50);
    const mirror = await readMirror(partner.page, MONDE);
    assert.equal(mirror.headlines.length, 0, 'the headline list is hidden while reading');
    assert.equal(mirror.article?.title, headline.title);
    assert.ok(mirror.article.paragraphs >= 3, `only ${mirror.article.paragraphs} paragraphs`);
    assert.equal(mirror.article.back, 'Retour aux titres');
    assert.deepEqual(paramsOf(mirror.article.readOnSite), { ...paramsOf(headline.url), ...MONDE_LINK_PARAMS });
  });

  it('opens publisher links in a new tab without opener, after a cancelable kiosque-outbound', async () => {
    const context = partner.page.context();
    await context.route(`${PUBLISHER_ORIGIN}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>publisher</title><p>article</p>' }));
    const before = (await readWidgetEvents(partner.page)).length;
    // The mirror is visually hidden: its link is reached as a keyboard user would.
    const popupPromise = partner.page.waitForEvent('popup');
    await partner.page.locator(`${MONDE} [data-control="open-site"]`).focus();
    await partner.page.keyboard.press('Enter');
    const popup = await popupPromise;
    await popup.waitForLoadState();
    const opened = new URL(popup.url());
    assert.equal(opened.origin, PUBLISHER_ORIGIN);
    assert.deepEqual(Object.fromEntries(Object.entries(paramsOf(popup.url())).filter(([key]) => key.startsWith('utm_'))),
      MONDE_LINK_PARAMS);
    assert.equal(await popup.evaluate(() => window.opener), null, 'the publisher page must not reach the partner page');
    await popup.close();
    const outbound = (await readWidgetEvents(partner.page)).slice(before).find((event) => event.name === 'kiosque-outbound');
    assert.equal(outbound?.detail.url, popup.url());
    assert.ok(outbound.cancelable, 'kiosque-outbound is cancelable');

    // A partner that cancels the event keeps the reader on the page.
    await partner.page.evaluate(() => document.addEventListener('kiosque-outbound', (event) => event.preventDefault(), { once: true }));
    let popups = 0;
    partner.page.on('popup', () => { popups += 1; });
    await partner.page.locator(`${MONDE} [data-control="open-site"]`).focus();
    await partner.page.keyboard.press('Enter');
    await sleep(500);
    assert.equal(popups, 0, 'a cancelled kiosque-outbound opened a tab');
    await partner.page.evaluate((s) => document.querySelector(s).back(), MONDE);
  });

  it("leaves the host's textarea alone: typing, Backspace and Tab", async () => {
    const page = partner.page;
    const statesBefore = await Promise.all([readWidgetState(page, MONDE), readWidgetState(page, ENGLISH)]);
    await page.locator('#comment').click();
    await page.keyboard.type('Bonjour à tous');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('vous');
    await page.keyboard.press('Enter');
    await page.keyboard.type('(fin)');
    assert.equal(await page.locator('#comment').inputValue(), 'Bonjour à vous\n(fin)');
    await page.keyboard.press('Tab');
    assert.equal((await readFocus(page)).id, 'send-comment', 'Tab left the textarea for the next control');
    await page.locator('#search-box').click();
    await page.keyboard.type('prt de pêche');
    for (let i = 0; i < 11; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('o');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('#search-box').inputValue(), 'port de pêch ');
    const statesAfter = await Promise.all([readWidgetState(page, MONDE), readWidgetState(page, ENGLISH)]);
    statesAfter.forEach((state, index) => {
      assert.equal(state.section, statesBefore[index].section);
      assert.equal(state.view, statesBefore[index].view);
    });
  });

  it('lets the page scroll when the wheel is over a widget that cannot scroll that way', async () => {
    const page = partner.page;
    // The widget's top 100 px below the top of the window, the page scrolled.
    await page.evaluate((s) => window.scrollTo(0, document.querySelector(s).getBoundingClientRect().top + window.scrollY - 100), ENGLISH);
    await sleep(100);
    const box = await page.locator(ENGLISH).boundingBox();
    const scrolledTo = await page.evaluate(() => window.scrollY);
    assert.ok(scrolledTo > 0, 'the page should be scrolled down for this test');
    // At the top of its list, the widget cannot scroll up: the page must.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.7);
    await page.mouse.wheel(0, -150);
    await page.waitForFunction((y) => window.scrollY < y, scrolledTo, { timeout: 3_000 })
      .catch(() => assert.fail(`page did not scroll up through the widget (scrollY stayed ${scrolledTo})`));
  });

  it('draws nothing while it is off screen, and comes back when scrolled to', async () => {
    const page = partner.page;
    await page.evaluate(() => window.scrollTo(0, 0));
    // The window is 800 px tall: the lower widget starts well below it.
    assert.ok(await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top > innerHeight, ENGLISH));
    await sleep(500);
    const hidden = (await readWidgetState(page, ENGLISH)).framesRendered;
    await sleep(1_500);
    assert.equal((await readWidgetState(page, ENGLISH)).framesRendered, hidden, 'frames drawn off screen');
    await page.locator(ENGLISH).scrollIntoViewIfNeeded();
    await waitForWidgetState(page, ENGLISH, (state) => state.framesRendered > hidden, { what: 'a frame once on screen' });
  });

  it('passes an axe-core audit without serious or critical violations, home and article', async () => {
    const page = partner.page;
    await page.evaluate(() => window.scrollTo(0, 0));
    const home = await auditAccessibility(page);
    assert.deepEqual(home, [], `home: ${JSON.stringify(home, null, 1)}`);
    const state = await readWidgetState(page, MONDE);
    await page.evaluate(([s, id]) => document.querySelector(s).openArticle(id), [MONDE, state.headlines[0].id]);
    await waitForWidgetState(page, MONDE, (s) => s.view === 'article');
    await sleep(50);
    const article = await auditAccessibility(page);
    assert.deepEqual(article, [], `article: ${JSON.stringify(article, null, 1)}`);
    await page.evaluate((s) => document.querySelector(s).back(), MONDE);
  });

  it('logged no console errors and threw no page errors', () => {
    assert.deepEqual(partner.problems.pageErrors, [], 'page errors');
    assert.deepEqual(partner.problems.consoleErrors, [], 'console errors');
    assert.deepEqual(partner.problems.failedRequests, [], 'failed requests');
  });
});

// =============================================================================

describe('keyboard only: tabs, an article and back', () => {
  let partner;

  before(async () => {
    partner = await openPage('partner.html');
    await waitForWidgetReady(partner.page, MONDE);
    await waitForWidgetReady(partner.page, ENGLISH);
  });

  after(async () => {
    await partner?.close();
  });

  it('walks the sidebar widget with Tab, arrows, Enter and Escape', { timeout: 30_000 }, async () => {
    const page = partner.page;
    const { keyboard } = page;
    // The sidebar comes after the comment form in the page's order.
    await page.locator('#send-comment').focus();
    await sleep(300);
    const unfocused = await captureWidget(page, MONDE, 'keyboard-before');
    await keyboard.press('Tab');
    let focus = await readFocus(page);
    assert.equal(focus.host, 'reader-monde', 'Tab enters the widget');
    assert.equal(focus.control, 'tab');
    assert.equal(focus.text, 'Monde', 'the selected tab is the Tab stop');

    // The canvas rings the focused tab, and holds its carousel still.
    await sleep(300);
    const ringed = await captureWidget(page, MONDE, 'keyboard-ring');
    // A narrow sidebar shows one section menu button in place of the tabs.
    const { controls } = await readWidgetState(page, MONDE);
    const tabRect = controls.find((c) => c.kind === 'tab' && c.id === 'monde') ??
      controls.find((c) => c.kind === 'section-menu');
    assert.ok(tabRect, `the canvas shows neither the Monde tab nor the section menu: ${JSON.stringify(controls)}`);
    const around = { x: tabRect.x - 4, y: tabRect.y - 4, width: tabRect.width + 8, height: tabRect.height + 8 };
    assert.ok(differenceIn(unfocused.image, ringed.image, around) > 0.1,
      `no focus ring drawn around the tab at ${JSON.stringify(tabRect)}`);
    const still = (await readWidgetState(page, MONDE)).framesRendered;
    await sleep(1_200);
    assert.equal((await readWidgetState(page, MONDE)).framesRendered, still, 'the carousel moved while focus was in the widget');

    const sections = (await readWidgetState(page, MONDE)).sections;
    const next = sections[sections.findIndex((section) => section.slug === 'monde') + 1];
    await keyboard.press('ArrowRight');
    focus = await readFocus(page);
    assert.equal(focus.text, next.name, 'ArrowRight moves to the next tab');
    assert.equal((await readWidgetState(page, MONDE)).section, 'monde', 'moving is not choosing');
    await keyboard.press('Enter');
    let state = await waitForWidgetState(page, MONDE, (s) => s.section === next.slug, { what: `section ${next.slug}` });
    assert.equal((await readFocus(page)).text, next.name, 'focus stays on the chosen tab');

    await keyboard.press('Tab');
    focus = await readFocus(page);
    assert.equal(focus.host, 'reader-monde');
    assert.ok(focus.control === 'headline' || focus.control === 'slide', `Tab after the tabs reached ${JSON.stringify(focus)}`);
    const opened = focus.article;
    const title = state.headlines.find((headline) => String(headline.id) === opened)?.title;
    await keyboard.press('Enter');
    state = await waitForWidgetState(page, MONDE, (s) => s.view === 'article', { what: 'the article' });
    assert.equal(String(state.article), opened);
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.tagName === 'H2', null, { timeout: 3_000 });
    assert.equal((await readFocus(page)).text, title, 'focus moves to the article title');

    // Reading keys scroll the article on the canvas, and leave the page where it is.
    const pageY = await page.evaluate(() => window.scrollY);
    // Controls are those of the last frame drawn: the article's may follow its state by a frame.
    const backAtTop = (await waitForWidgetState(page, MONDE, (s) => s.controls.some((c) => c.kind === 'back'),
      { what: 'the Back control drawn at the top of the article' })).controls.find((c) => c.kind === 'back');
    await keyboard.press('PageDown');
    await waitForWidgetState(page, MONDE, (s) => {
      const back = s.controls.find((c) => c.kind === 'back');
      return !back || back.y < backAtTop.y - 20;
    }, { what: 'the article scrolled down by PageDown' });
    assert.equal(await page.evaluate(() => window.scrollY), pageY, 'PageDown scrolled the page too');
    await keyboard.press('Home');
    await waitForWidgetState(page, MONDE, (s) => s.controls.find((c) => c.kind === 'back')?.y === backAtTop.y,
      { what: 'the article back at its top after Home' });

    // Back with the mirror's button (before the title), then with Escape.
    await keyboard.press('Shift+Tab');
    assert.equal((await readFocus(page)).control, 'back');
    await keyboard.press('Enter');
    await waitForWidgetState(page, MONDE, (s) => s.view === 'home', { what: 'home after Back' });
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.dataset?.article, null, { timeout: 3_000 });
    assert.equal((await readFocus(page)).article, opened, 'focus returns to the headline it left from');

    await keyboard.press('Enter');
    await waitForWidgetState(page, MONDE, (s) => s.view === 'article', { what: 'the article again' });
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.tagName === 'H2', null, { timeout: 3_000 });
    await keyboard.press('Escape');
    await waitForWidgetState(page, MONDE, (s) => s.view === 'home', { what: 'home after Escape' });
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.dataset?.article, null, { timeout: 3_000 });
    assert.equal((await readFocus(page)).article, opened);

    // Never a trap: Shift+Tab from the tabs goes back to the page, and the
    // ring goes with the focus.
    await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('[role="tab"][tabindex="0"]').focus(), MONDE);
    await keyboard.press('Shift+Tab');
    assert.equal((await readFocus(page)).id, 'send-comment');
    await sleep(300);
    const last = await readWidgetState(page, MONDE);
    const left = await captureWidget(page, MONDE, 'keyboard-after');
    const tab = last.controls.find((c) => c.kind === 'tab' && c.id === last.section) ??
      last.controls.find((c) => c.kind === 'section-menu');
    // Just above the tab: the strip's background, unless a ring is drawn there.
    const ringBand = { x: tab.x - 4, y: tab.y - 4, width: tab.width + 8, height: 4 };
    assert.ok(differenceIn(left.image, unfocused.image, ringBand) < 0.05, 'the ring left with the focus');
  });
});

// =============================================================================

describe('strict Content-Security-Policy, feed on another origin', () => {
  let strictSite;
  let csp;
  const violations = [];

  before(async () => {
    const feedOrigin = new URL(feedWithCors.url).origin;
    const policy = strictContentSecurityPolicy({ connect: [feedOrigin], images: [feedOrigin] });
    strictSite = await startServer({ root: SITE_DIR, port: 0, headers: { '/csp.html': { 'Content-Security-Policy': policy } } });
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const feed = new URL('sample/posts.json', feedWithCors.url).href;
    const categories = new URL('sample/categories.json', feedWithCors.url).href;
    csp = await openDemo(context, strictSite.url, 'about:blank');
    await csp.page.exposeFunction('__reportViolation', (text) => violations.push(text));
    await csp.page.addInitScript(() => document.addEventListener('securitypolicyviolation',
      (event) => window.__reportViolation(`${event.violatedDirective} ${event.blockedURI}`)));
    csp.response = await csp.page.goto(`${strictSite.url}csp.html?feed=${encodeURIComponent(feed)}&categories=${encodeURIComponent(categories)}`);
    csp.close = () => context.close();
  });

  after(async () => {
    await csp?.close();
    await strictSite?.close();
  });

  it('is served under the policy', () => {
    assert.match(csp.response.headers()['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval'/);
  });

  it('loads, becomes ready and draws, with no policy violation', { timeout: 40_000 }, async () => {
    const state = await waitForReady(csp.page);
    assert.equal(state.error, null, `error: ${state.error}`);
    assert.ok(state.headlines.length > 0);
    await settle();
    const { stats } = await captureCanvas(csp.page, 'csp');
    assert.ok(stats.distinctColours > 16, `canvas looks blank under CSP: ${JSON.stringify(stats)}`);
    await sleep(1_000);  // images from the feed's origin
    assert.deepEqual(violations, [], 'Content-Security-Policy violations');
    assert.deepEqual(csp.problems.pageErrors, []);
    assert.deepEqual(csp.problems.consoleErrors, []);
  });

  it('ships glue that neither evaluates strings nor builds functions', async () => {
    const glue = await readFile(path.join(SITE_DIR, 'kiosque-wasm.js'), 'utf8');
    const loader = await readFile(path.join(SITE_DIR, 'kiosque.js'), 'utf8');
    for (const [name, source] of [['kiosque-wasm.js', glue], ['kiosque.js', loader]]) {
      assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"]/, `${name} evaluates code`);
      assert.doesNotMatch(source, /\.innerHTML\s*=|insertAdjacentHTML|document\.write/, `${name} writes markup`);
    }
  });
});

// =============================================================================

describe('feed on another origin', () => {
  it('is read when its server allows CORS', { timeout: 40_000 }, async () => {
    const feed = new URL('sample/posts.json', feedWithCors.url).href;
    const categories = new URL('sample/categories.json', feedWithCors.url).href;
    const demo = await openPage(`index.html?feed=${encodeURIComponent(feed)}&categories=${encodeURIComponent(categories)}`);
    try {
      const state = await waitForReady(demo.page);
      assert.equal(state.error, null);
      const posts = new Set(samplePostIds());
      assert.ok(state.headlines.length > 0 && state.headlines.every(({ id }) => posts.has(String(id))));
      assert.ok(state.sections.some((section) => section.slug === 'monde'), 'sections from the cross-origin categories');
      assert.deepEqual(demo.problems.failedRequests, []);
    } finally {
      await demo.close();
    }
  });

  it('gives a readable message naming CORS when its server does not allow it', { timeout: 40_000 }, async () => {
    const feed = new URL('sample/posts.json', feedWithoutCors.url).href;
    const demo = await openPage(`index.html?feed=${encodeURIComponent(feed)}`);
    try {
      const state = await waitForReady(demo.page);
      assert.equal(state.ready, false);
      assert.match(state.error ?? '', /CORS/);
      assert.ok(state.error.includes(feed), `the message should name the feed: ${state.error}`);
      const error = (await readWidgetEvents(demo.page)).find((event) => event.name === 'kiosque-error');
      assert.equal(error?.detail.message, state.error);
      await sleep(50);
      const mirror = await readMirror(demo.page, '#reader');
      assert.ok(mirror.status.includes(state.error), `the mirror announces the error: "${mirror.status}"`);
      assert.deepEqual(demo.problems.pageErrors, []);
    } finally {
      await demo.close();
    }
  });
});

// =============================================================================

describe('attributes changed at run time, and refresh()', () => {
  let demo;
  let feedFetches = 0;
  let retitled = null;  // when set, the served sample feed's first title becomes this

  before(async () => {
    demo = await openPage('index.html', {
      prepare: (page) => page.route('**/sample/posts.json', async (route) => {
        feedFetches += 1;
        // A retitled feed is a new version: the file's validators must not
        // reach the server, or it would rightly answer 304 Not Modified.
        const { 'if-none-match': _etag, 'if-modified-since': _date, ...headers } = route.request().headers();
        const response = await route.fetch({ headers });
        const posts = await response.json();
        if (retitled) posts[0].title.rendered = retitled;
        await route.fulfill({ response, json: posts });
      }),
    });
    await waitForReady(demo.page);
  });

  after(async () => {
    await demo?.close();
  });

  // Sets (or, with null, removes) attributes in one go, as a script would.
  const setAttributes = (changes) => demo.page.evaluate((entries) => {
    for (const [name, value] of entries) {
      if (value === null) window.kiosque.removeAttribute(name);
      else window.kiosque.setAttribute(name, value);
    }
  }, Object.entries(changes));
  const setAttribute = (name, value) => setAttributes({ [name]: value });

  const background = async (name) => backgroundLuminance((await captureCanvas(demo.page, name)).image);

  it('theme: redraws dark, and light again', async () => {
    await settle();
    assert.ok(await background('attribute-light') > 200, 'starts light');
    await setAttribute('theme', 'dark');
    await settle();
    assert.ok(await background('attribute-dark') < 60, 'dark after theme="dark"');
    await setAttribute('theme', 'light');
    await settle();
    assert.ok(await background('attribute-light-again') > 200, 'light again after theme="light"');
  });

  it('theme="auto" follows prefers-color-scheme', async () => {
    await demo.page.emulateMedia({ colorScheme: 'dark' });
    await setAttribute('theme', 'auto');
    await settle();
    assert.ok(await background('attribute-auto-dark') < 60, 'auto under a dark scheme');
    await demo.page.emulateMedia({ colorScheme: 'light' });
    await settle();
    assert.ok(await background('attribute-auto-light') > 200, 'auto follows the scheme when it changes');
    await setAttribute('theme', null);
  });

  it('section: selects it', async () => {
    await setAttribute('section', 'sports');
    const state = await waitForState(demo.page, (s) => s.section === 'sports', { what: 'section sports' });
    assert.ok(state.headlines.length > 0);
  });

  it('lang: the mirror speaks English', async () => {
    await setAttribute('lang', 'en');
    await sleep(100);
    const mirror = await readMirror(demo.page, '#reader');
    assert.equal(mirror.lang, 'en');
    assert.equal(mirror.tablistLabel, 'Sections');
    await setAttribute('lang', 'fr');
  });

  it('link-params: the mirror links carry them', async () => {
    await setAttribute('link-params', 'utm_source=test&ref=kiosque');
    await sleep(100);
    const { headlines } = await readMirror(demo.page, '#reader');
    assert.ok(headlines.length > 0);
    for (const headline of headlines) {
      assert.equal(paramsOf(headline.href).utm_source, 'test');
      assert.equal(paramsOf(headline.href).ref, 'kiosque');
    }
  });

  it('refresh(): fetches the feed again and shows what changed', async () => {
    const before = feedFetches;
    retitled = 'Titre mis à jour par le rafraîchissement';
    assert.equal(await demo.page.evaluate(() => window.kiosque.refresh()), true);
    await setAttribute('section', null);
    await demo.page.evaluate(() => window.kiosque.selectSection('a-la-une'));
    const state = await waitForState(demo.page, (s) => s.headlines.some((h) => h.title === retitled),
      { what: 'the new title' });
    assert.equal(feedFetches, before + 1);
    assert.equal(state.error, null);
    await sleep(50);
    assert.ok((await readMirror(demo.page, '#reader')).headlines.some((h) => h.title === retitled), 'mirror updated');
    retitled = null;
  });

  it('feed: starts over on the new feed, and says ready again', { timeout: 30_000 }, async () => {
    const readyBefore = (await readWidgetEvents(demo.page)).filter((event) => event.name === 'kiosque-ready').length;
    await setAttributes({ feed: 'sample/jsonfeed.json', categories: null });
    const items = new Set(sampleJsonFeedIds());
    const state = await waitForState(demo.page,
      (s) => s.ready && s.headlines.length > 0 && s.headlines.every(({ id }) => items.has(String(id))),
      { what: 'the JSON Feed headlines', timeout: 20_000 });
    assert.equal(state.error, null);
    const ready = (await readWidgetEvents(demo.page)).filter((event) => event.name === 'kiosque-ready');
    assert.equal(ready.length, readyBefore + 1);
  });

  it('height: sizes a box that has no height of its own', async () => {
    // The demo sets --kiosque-height: 100%; without it the attribute applies.
    await demo.page.evaluate(() => {
      window.kiosque.style.setProperty('--kiosque-height', 'initial');
      window.kiosque.setAttribute('height', '333');
    });
    // The canvas's backing store follows (device pixel ratio 1 here).
    await demo.page.waitForFunction(() => window.kiosque.shadowRoot.querySelector('canvas').height === 333, null,
      { timeout: 3_000 }).catch(() => assert.fail('the canvas did not follow the new height'));
    assert.equal(Math.round(await demo.page.evaluate(() => window.kiosque.getBoundingClientRect().height)), 333);
  });

  it('logged no page errors', () => {
    assert.deepEqual(demo.problems.pageErrors, []);
    assert.deepEqual(demo.problems.consoleErrors, []);
  });
});

// =============================================================================

describe('iframe variant: embed.html', () => {
  let hostRoot;
  let hostServer;  // the partner's page, on another origin than the frame

  before(async () => {
    hostRoot = await mkdtemp(path.join(tmpdir(), 'kiosque-frame-host-'));
    const frameUrl = `${site.url}embed.html?feed=sample/posts.json&categories=sample/categories.json` +
      '&section=monde&height=450&theme=dark';
    // What a partner writes: collect the frame's messages, size the frame.
    await writeFile(path.join(hostRoot, 'host.html'), `<!doctype html><html lang="fr"><title>host</title><script>
      window.messages = [];
      addEventListener('message', (event) => {
        const frame = document.querySelector('iframe');
        if (!event.data || event.data.source !== 'kiosque') return;
        window.messages.push({ ...event.data, fromFrame: event.source === frame.contentWindow });
        if (event.data.type === 'height') frame.style.height = event.data.height + 'px';
      });
    </script><iframe title="Kiosque" src="${frameUrl}" style="width: 600px; height: 100px; border: 0"></iframe>`);
    hostServer = await startServer({ root: hostRoot, port: 0 });
  });

  after(async () => {
    await hostServer?.close();
    if (hostRoot) await rm(hostRoot, { recursive: true, force: true });
  });

  it('tells a cross-origin parent its height and the widget events', { timeout: 40_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(new URL('host.html', hostServer.url).href);
      const messages = await page.waitForFunction(
        () => window.messages.some((m) => m.type === 'event' && m.name === 'kiosque-ready') && window.messages,
        null, { timeout: 30_000 }).then((handle) => handle.jsonValue());
      const heights = messages.filter((m) => m.type === 'height');
      assert.ok(heights.length >= 1, 'a height message');
      assert.equal(heights.at(-1).height, 450);
      assert.ok(messages.every((m) => m.fromFrame), 'messages come from the frame');
      const ready = messages.find((m) => m.name === 'kiosque-ready');
      assert.deepEqual(ready.detail, { section: 'monde' });
      const frameBox = await page.locator('iframe').boundingBox();
      assert.equal(Math.round(frameBox.height), 450, 'the host sized its frame from the message');
    } finally {
      await context.close();
    }
  });
});

// =============================================================================

describe('make dist: hashed files with SRI, served from another path prefix', () => {
  let root;
  let server;

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'kiosque-dist-'));
    const prefix = '/static/widgets/kiosque/v1/';
    await buildDist({ site: SITE_DIR, out: path.join(root, prefix), base: prefix });
    const snippet = await readFile(path.join(root, prefix, 'SNIPPET.html'), 'utf8');
    const scriptTag = snippet.match(/<script src=[^>]*><\/script>/s)?.[0];
    assert.ok(scriptTag, 'SNIPPET.html holds the script tag');
    await mkdir(path.join(root, 'news'), { recursive: true });
    await cp(path.join(SITE_DIR, 'sample'), path.join(root, 'news/sample'), { recursive: true });
    await writeFile(path.join(root, 'news/index.html'), `<!doctype html><html lang="fr"><title>Host</title>
      ${scriptTag}
      <kiosque-reader id="reader" feed="sample/posts.json" categories="sample/categories.json" section="monde"></kiosque-reader>`);
    server = await startServer({ root, port: 0 });
  });

  after(async () => {
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function openHost(prepare) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const opened = await openDemo(context, server.url, 'about:blank');
    await recordWidgetEvents(opened.page);
    const requests = [];
    opened.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    if (prepare) await prepare(opened.page);
    await opened.page.goto(new URL('news/index.html', server.url).href);
    return { ...opened, requests, close: () => context.close() };
  }

  it('loads every widget file from its own folder, checked by SRI', { timeout: 40_000 }, async () => {
    const host = await openHost();
    try {
      const state = await waitForWidgetReady(host.page, '#reader');
      assert.equal(state.error, null, state.error);
      assert.equal(state.section, 'monde');
      const widgetFiles = host.requests.filter((pathname) => /kiosque|\.ttf$/.test(pathname));
      assert.ok(widgetFiles.some((p) => /kiosque-wasm\.[0-9a-f]{10}\.wasm$/.test(p)), widgetFiles.join(' '));
      assert.ok(widgetFiles.some((p) => /\.ttf$/.test(p)), 'fonts fetched');
      assert.ok(widgetFiles.every((p) => p.startsWith('/static/widgets/kiosque/v1/')), widgetFiles.join(' '));
      const integrity = await host.page.evaluate(() =>
        [...document.scripts].map((script) => script.integrity).filter(Boolean).length);
      assert.ok(integrity >= 2, 'the loader and the glue carry integrity attributes');
      assert.deepEqual(host.problems.failedRequests, []);
      assert.deepEqual(host.problems.pageErrors, []);
    } finally {
      await host.close();
    }
  });

  it('refuses a wasm file that does not match its hash', { timeout: 30_000 }, async () => {
    const host = await openHost((page) => page.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 0xff;
      await route.fulfill({ response, body });
    }));
    try {
      await host.page.waitForFunction(() => (window.__kiosqueEvents ?? []).some((e) => e.name === 'kiosque-error'),
        null, { timeout: 20_000 });
      const state = await readWidgetState(host.page, '#reader');
      assert.equal(state.ready, false);
      assert.equal(state.framesRendered, 0);
    } finally {
      await host.close();
    }
  });
});
