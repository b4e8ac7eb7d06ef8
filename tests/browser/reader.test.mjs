// The reader as a person uses it, in headless chromium: at phone, tablet and
// desktop sizes and at device pixel ratios 1 and 2; the carousel's autoplay,
// pause under the pointer and swipe; opening an article by clicking its
// headline, and leaving it by the back control, Escape and the browser's
// back button; the URL fragment restoring an article on reload; a publisher
// link opening a new page; the clipboard; the next page of the feed loading
// when the headline list is scrolled to its end (a WordPress server in the
// test serves the sample feed in pages). Clicks land where state().controls
// says the control is drawn, as a person's would.
// Run: node --test tests/browser/ (after make site)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  SITE_DIR,
  captureCanvas,
  collectProblems,
  differenceIn,
  readSiteJson,
  readState,
  useSiteAndBrowser,
  waitForReady,
  waitForState,
} from './harness.mjs';

const SIZES = [
  { width: 360, height: 640 },
  { width: 800, height: 600 },
  { width: 1440, height: 900 },
];

let server;
let browser;
useSiteAndBrowser((started) => ({ server, browser } = started));

async function openReader({ width = 800, height = 600, scale = 1, query = '', hash = '' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = collectProblems(page);
  await page.goto(new URL(query + hash, server.url).href, { waitUntil: 'load' });
  await waitForReady(page);
  return { context, page, problems };
}

// Chromium's own touch input (CDP), as a phone would send it.
async function touchDrag(page, from, to, steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
    await sleep(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

// A phone: 360×640, touch input.
async function openPhone(query) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(new URL(query, server.url).href);
  await waitForReady(page);
  return { context, page };
}

function control(state, kind, id) {
  return state.controls.find((c) => c.kind === kind && (id === undefined || c.id === String(id)));
}

// Clicks the middle of a control as drawn in the last frame.
async function clickControl(page, kind, id) {
  // A view just opened has its controls once its first frame is drawn (an
  // article's first waits for the faces of its text).
  const state = await waitForState(page, (s) => Boolean(control(s, kind, id)), { what: `${kind} ${id ?? ''} on screen` });
  const target = control(state, kind, id);
  const box = await page.locator('kiosque-reader canvas').boundingBox();
  await page.mouse.click(box.x + target.x + target.width / 2, box.y + target.y + target.height / 2);
  return target;
}

async function slideIndex(page) {
  const slide = control(await readState(page), 'slide');
  return slide ? Number(slide.id) : -1;
}

describe('the reader at each size and pixel ratio', () => {
  for (const size of SIZES) {
    for (const scale of [1, 2]) {
      const name = `${size.width}x${size.height}@${scale}x`;
      it(`reads well at ${name}: home and article drawn, layout for the width`, { timeout: 120_000 }, async () => {
        const { context, page, problems } = await openReader({ ...size, scale, query: '?interval=0' });
        try {
          await waitForState(page, (s) => s.controls.some((c) => c.kind === 'headline'), { what: 'headlines drawn' });
          const home = await readState(page);
          const { stats: homeStats } = await captureCanvas(page, `reader-${name}-home`);
          assert.ok(homeStats.distinctColours > 200, `home looks blank at ${name}: ${homeStats.distinctColours} colours`);

          const tabs = home.controls.filter((c) => c.kind === 'tab');
          if (size.width < 420) {
            assert.ok(control(home, 'section-menu'), 'a narrow box folds the tabs into a menu');
            assert.equal(tabs.length, 0, 'and shows no tab strip');
          } else {
            assert.ok(tabs.length >= 4, `a tab strip at ${name}: ${tabs.length} tabs visible`);
          }
          const slide = control(home, 'slide');
          assert.ok(slide, `a carousel at ${name}`);
          const firstHeadline = home.controls.find((c) => c.kind === 'headline');
          if (size.width >= 900) {
            assert.ok(slide.x + slide.width <= firstHeadline.x, 'wide: the headlines stand beside the carousel');
          } else {
            assert.ok(firstHeadline.y >= slide.y + slide.height - 1, 'narrow: the headlines come below the carousel');
          }
          for (const c of home.controls) {
            assert.ok(c.x >= 0 && c.y >= 0 && c.x + c.width <= size.width + 0.5 && c.y + c.height <= size.height + 0.5,
              `${c.kind} ${c.id} is drawn outside the box: ${JSON.stringify(c)}`);
          }

          // A section chosen on the canvas: from the strip, or from the menu when narrow.
          const chooseSection = async (slug) => {
            if (size.width < 420) {
              await clickControl(page, 'section-menu');
              await waitForState(page, (s) => control(s, 'tab', slug), { what: 'the section menu open' });
              await captureCanvas(page, `reader-${name}-menu`);
            }
            await clickControl(page, 'tab', slug);
            return waitForState(page, (s) => s.section === slug, { what: `the section ${slug}` });
          };
          const monde = await chooseSection('monde');
          assert.notDeepEqual(monde.headlines, home.headlines, 'Monde lists its own stories');
          await chooseSection('a-la-une');
          await waitForState(page, (s) => control(s, 'headline', firstHeadline.id), { what: 'the first headline again' });

          await clickControl(page, 'headline', firstHeadline.id);
          await waitForState(page, (s) => s.view === 'article' && s.article === firstHeadline.id, { what: 'the article' });
          await sleep(300);
          const { stats: articleStats } = await captureCanvas(page, `reader-${name}-article`);
          assert.ok(articleStats.distinctColours > 100, `article looks blank at ${name}`);
          assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], [], 'no console or page errors');
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('the carousel', () => {
  it('advances by itself at the configured interval', { timeout: 30_000 }, async () => {
    const { context, page } = await openReader({ query: '?interval=1' });
    try {
      const first = await slideIndex(page);
      assert.equal(first, 0);
      await waitForState(page, (s) => control(s, 'slide')?.id === '1', { timeout: 4_000, what: 'the second slide' });
      await waitForState(page, (s) => control(s, 'slide')?.id === '2', { timeout: 4_000, what: 'the third slide' });
    } finally {
      await context.close();
    }
  });

  it('pauses under the pointer and resumes when it leaves', { timeout: 30_000 }, async () => {
    const { context, page } = await openReader({ query: '?interval=1' });
    try {
      const slide = control(await readState(page), 'slide');
      const box = await page.locator('kiosque-reader canvas').boundingBox();
      await page.mouse.move(box.x + slide.x + slide.width / 2, box.y + slide.y + slide.height * 0.75);
      const held = await slideIndex(page);
      await sleep(2_500);
      assert.equal(await slideIndex(page), held, 'the slide changed under the pointer');
      await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);
      await waitForState(page, (s) => control(s, 'slide')?.id !== String(held), { timeout: 4_000, what: 'the next slide' });
    } finally {
      await context.close();
    }
  });

  it('holds still while the canvas has the keyboard after a press on its arrows, and ←/→ drive it', { timeout: 30_000 }, async () => {
    const { context, page } = await openReader({ query: '?interval=1' });
    try {
      // Under the pointer it holds still already: the press is what counts.
      const box = await page.locator('kiosque-reader canvas').boundingBox();
      const next = control(await readState(page), 'carousel-next');
      await page.mouse.move(box.x + next.x + next.width / 2, box.y + next.y + next.height / 2);
      await sleep(300);
      const pressed = (await slideIndex(page) + 1) % 5;
      await clickControl(page, 'carousel-next');
      await waitForState(page, (s) => control(s, 'slide')?.id === String(pressed), { what: 'the next slide' });
      await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);  // off the carousel: no hover
      assert.equal(await page.evaluate(() =>
        document.querySelector('kiosque-reader').shadowRoot.activeElement?.tagName), 'CANVAS', 'the press focused the canvas');
      await sleep(2_500);
      assert.equal(await slideIndex(page), pressed, 'the slide changed while the canvas had the keyboard');
      await page.keyboard.press('ArrowRight');
      const keyed = (pressed + 1) % 5;
      await waitForState(page, (s) => control(s, 'slide')?.id === String(keyed), { what: 'ArrowRight to the next slide' });
      await page.evaluate(() => document.querySelector('kiosque-reader').shadowRoot.activeElement.blur());
      await waitForState(page, (s) => control(s, 'slide')?.id !== String(keyed), { timeout: 4_000, what: 'autoplay again after the blur' });
    } finally {
      await context.close();
    }
  });

  it('holds still under a finger', { timeout: 30_000 }, async () => {
    const { context, page } = await openPhone('?interval=1');
    try {
      const slide = control(await waitForState(page, (s) => control(s, 'slide'), { what: 'the carousel' }), 'slide');
      const box = await page.locator('kiosque-reader canvas').boundingBox();
      const at = { x: box.x + slide.x + slide.width / 2, y: box.y + slide.y + slide.height * 0.7 };
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
      const held = await slideIndex(page);
      await sleep(2_500);
      assert.equal(await slideIndex(page), held, 'the slide changed under the finger');
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
      await cdp.detach();
      await page.evaluate(() => document.querySelector('kiosque-reader').shadowRoot.activeElement?.blur());
      await waitForState(page, (s) => control(s, 'slide')?.id !== String(held), { timeout: 4_000, what: 'the next slide after the finger left' });
    } finally {
      await context.close();
    }
  });

  it('follows a finger swiping it', { timeout: 30_000 }, async () => {
    const { context, page } = await openPhone('?interval=0');
    try {
      const slide = control(await waitForState(page, (s) => control(s, 'slide'), { what: 'the carousel' }), 'slide');
      const box = await page.locator('kiosque-reader canvas').boundingBox();
      const from = { x: box.x + slide.x + slide.width * 0.8, y: box.y + slide.y + slide.height * 0.7 };
      await touchDrag(page, from, { x: from.x - slide.width * 0.5, y: from.y });
      await waitForState(page, (s) => control(s, 'slide')?.id === '1', { what: 'the next slide after a swipe left' });
      await touchDrag(page, { x: from.x - slide.width * 0.5, y: from.y }, from);
      await waitForState(page, (s) => control(s, 'slide')?.id === '0', { what: 'the previous slide after a swipe right' });
      assert.equal((await readState(page)).view, 'home', 'a swipe opens nothing');
    } finally {
      await context.close();
    }
  });

  it('follows a swipe and the arrows, and draws nothing while it waits', { timeout: 30_000 }, async () => {
    const { context, page } = await openReader({ query: '?interval=0' });
    try {
      const slide = control(await readState(page), 'slide');
      const box = await page.locator('kiosque-reader canvas').boundingBox();
      const y = box.y + slide.y + slide.height * 0.7;
      const x = box.x + slide.x + slide.width * 0.6;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let step = 1; step <= 6; step++) await page.mouse.move(x - step * 25, y);
      await page.mouse.up();
      await waitForState(page, (s) => control(s, 'slide')?.id === '1', { what: 'the swipe to the next slide' });
      assert.equal((await readState(page)).view, 'home', 'a swipe is not a click');
      await clickControl(page, 'carousel-previous');
      await waitForState(page, (s) => control(s, 'slide')?.id === '0', { what: 'the previous slide' });
      await clickControl(page, 'carousel-next');
      await waitForState(page, (s) => control(s, 'slide')?.id === '1', { what: 'the next slide' });
      // Autoplay off and nobody touching: no frames at all.
      await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);
      await sleep(1_000);
      const before = (await readState(page)).framesRendered;
      await sleep(2_000);
      assert.equal((await readState(page)).framesRendered, before, 'frames drawn while idle');
    } finally {
      await context.close();
    }
  });
});

describe('reading an article', () => {
  it('opens from its headline and leaves by back, Escape and the browser back button', { timeout: 40_000 }, async () => {
    const { context, page } = await openReader({ query: '?interval=0' });
    try {
      const home = await readState(page);
      const headline = home.controls.find((c) => c.kind === 'headline');
      await clickControl(page, 'headline', headline.id);
      await waitForState(page, (s) => s.article === headline.id, { what: 'the article' });
      assert.match(new URL(page.url()).hash, new RegExp(`/article/${headline.id}$`), 'the fragment names the article');

      await clickControl(page, 'back');
      await waitForState(page, (s) => s.view === 'home', { what: 'home after the back control' });

      await clickControl(page, 'headline', headline.id);
      await waitForState(page, (s) => s.article === headline.id, { what: 'the article again' });
      await page.keyboard.press('Escape');
      await waitForState(page, (s) => s.view === 'home', { what: 'home after Escape' });

      await clickControl(page, 'headline', headline.id);
      await waitForState(page, (s) => s.article === headline.id, { what: 'the article a third time' });
      await page.goBack();
      await waitForState(page, (s) => s.view === 'home', { what: 'home after the browser back button' });
    } finally {
      await context.close();
    }
  });

  it('comes back from a shared link or a reload to the same article', { timeout: 30_000 }, async () => {
    const probe = await openReader({ query: '?interval=0' });
    const monde = (await probe.page.evaluate(() => {
      window.kiosque.selectSection('monde');
      return window.kiosque.state();
    })).headlines[1];
    await probe.context.close();

    const { context, page } = await openReader({ query: '?interval=0', hash: `#/monde/article/${monde.id}` });
    try {
      const state = await waitForState(page, (s) => s.article === monde.id, { what: 'the linked article' });
      assert.equal(state.section, 'monde');
      assert.equal(state.route, `#/monde/article/${monde.id}`);
      await page.reload();
      await waitForReady(page);
      await waitForState(page, (s) => s.article === monde.id, { what: 'the article after a reload' });
    } finally {
      await context.close();
    }
  });

  it("opens the publisher's page in a new tab, and copies its link", { timeout: 30_000 }, async () => {
    const { context, page } = await openReader({ query: '?interval=0' });
    try {
      // The sample's publisher domain does not exist: answer for it here.
      await context.route('https://www.lejournal.example/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>publisher</title>' }));
      const article = (await readState(page)).headlines[0];
      await page.evaluate((id) => window.kiosque.openArticle(id), article.id);
      await waitForState(page, (s) => s.controls.some((c) => c.kind === 'open-site'), { what: 'the share controls' });

      const [popup] = await Promise.all([context.waitForEvent('page'), clickControl(page, 'open-site')]);
      await popup.waitForLoadState();
      assert.equal(popup.url(), article.url, 'the new tab shows the article on the publisher site');
      assert.equal(await popup.evaluate(() => window.opener), null, 'the new tab cannot reach back (noopener)');
      await popup.close();

      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await clickControl(page, 'copy-link');
      await page.waitForFunction((url) => navigator.clipboard.readText().then((text) => text === url), article.url);
    } finally {
      await context.close();
    }
  });
});

describe('links in an article, by keyboard', () => {
  it('Tab reaches a link in the body, rings it on the canvas, and Enter opens it in a new tab', { timeout: 40_000 }, async () => {
    const withLink = readSiteJson('sample/posts.json').find((post) => /href="https?:/.test(post.content.rendered));
    const href = withLink.content.rendered.match(/href="(https?:[^"]+)"/)[1];
    const { context, page } = await openReader({ query: '?interval=0', hash: `#/a-la-une/article/${withLink.id}` });
    try {
      await context.route(`${new URL(href).origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>linked</title>' }));
      await waitForState(page, (s) => s.article === String(withLink.id), { what: 'the article' });
      const focusedControl = () => page.evaluate(() =>
        document.querySelector('kiosque-reader').shadowRoot.activeElement?.dataset?.control ?? null);
      await page.evaluate(() =>
        document.querySelector('kiosque-reader').shadowRoot.querySelector('[data-control="back"]').focus());
      for (let presses = 0; presses < 20 && (await focusedControl()) !== 'article-link'; presses++) {
        await page.keyboard.press('Tab');
      }
      assert.equal(await focusedControl(), 'article-link', 'Tab reaches the link');
      // Scrolled into view on the canvas, and ringed there: the ring goes
      // when the focus moves to the (unringed) title, with nothing scrolled.
      const state = await waitForState(page, (s) => control(s, 'article-link', '0'), { what: 'the link drawn' });
      const link = control(state, 'article-link', '0');
      await sleep(300);
      const ringed = await captureCanvas(page, 'article-link-focused');
      await page.evaluate(() =>
        document.querySelector('kiosque-reader').shadowRoot.querySelector('h2').focus({ preventScroll: true }));
      await sleep(300);
      const plain = await captureCanvas(page, 'article-link-unfocused');
      assert.deepEqual(control(await readState(page), 'article-link', '0'), link, 'nothing scrolled');
      const ringBand = { x: link.x - 4, y: link.y - 4, width: link.width + 8, height: 4 };
      assert.ok(differenceIn(ringed.image, plain.image, ringBand) > 0.2, `no focus ring above the link at ${JSON.stringify(link)}`);
      await page.evaluate(() =>
        document.querySelector('kiosque-reader').shadowRoot.querySelector('[data-control="article-link"]').focus());
      const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
      await popup.waitForLoadState();
      assert.equal(popup.url(), href, 'the publisher link opens in a new tab');
      assert.equal((await readState(page)).view, 'article', 'the reader stays on the article');
      await popup.close();
      // A click on the link drawn on the canvas does the same.
      const [clicked] = await Promise.all([context.waitForEvent('page'), clickControl(page, 'article-link', '0')]);
      await clicked.waitForLoadState();
      assert.equal(clicked.url(), href, 'a click on the canvas opens the link too');
    } finally {
      await context.close();
    }
  });
});

describe('touch and text size', () => {
  it('a tap opens a headline; a vertical drag scrolls instead of opening', { timeout: 30_000 }, async () => {
    const { context, page } = await openPhone('?interval=0');
    try {
      const state = await waitForState(page, (s) => s.controls.some((c) => c.kind === 'headline'), { what: 'headlines' });
      const row = state.controls.find((c) => c.kind === 'headline');
      const box = await page.locator('kiosque-reader canvas').boundingBox();
      const middle = { x: box.x + row.x + row.width / 2, y: box.y + row.y + Math.min(row.height / 2, 20) };

      await touchDrag(page, middle, { x: middle.x, y: middle.y - 200 });
      await sleep(1_500);  // the glide settles
      const scrolled = await readState(page);
      assert.equal(scrolled.view, 'home', 'a drag over a headline must not open it');
      const moved = scrolled.controls.find((c) => c.kind === 'headline' && c.id === row.id);
      assert.ok(!moved || moved.y < row.y - 150, `the list followed the finger: ${row.y} -> ${moved?.y}`);

      const target = scrolled.controls.find((c) => c.kind === 'headline' && c.height > 40);
      await page.touchscreen.tap(box.x + target.x + target.width / 2, box.y + target.y + target.height / 2);
      await waitForState(page, (s) => s.article === target.id, { what: 'the tapped article' });
    } finally {
      await context.close();
    }
  });

  it('A+ enlarges the article text and is remembered on the next visit', { timeout: 30_000 }, async () => {
    const { context, page } = await openReader({ width: 800, height: 900, query: '?interval=0' });
    try {
      const id = (await readState(page)).headlines[0].id;
      const copyLinkY = async () => {
        const state = await waitForState(page, (s) => s.controls.some((c) => c.kind === 'copy-link'), { what: 'share' });
        return state.controls.find((c) => c.kind === 'copy-link').y;
      };
      await page.evaluate((article) => window.kiosque.openArticle(article), id);
      const before = await copyLinkY();
      await clickControl(page, 'text-larger');
      await clickControl(page, 'text-larger');
      await waitForState(page, (s) => (s.controls.find((c) => c.kind === 'copy-link')?.y ?? 0) > before + 10,
        { what: 'larger title and standfirst pushing the share row down' });
      const enlarged = await copyLinkY();

      await page.goto(new URL(`?interval=0#/a-la-une/article/${id}`, server.url).href);
      await waitForReady(page);
      await waitForState(page, (s) => s.article === id, { what: 'the article after the visit' });
      await sleep(300);
      assert.equal(await copyLinkY(), enlarged, 'the text size was remembered');
    } finally {
      await context.close();
    }
  });
});

describe('feed paging', () => {
  const PER_PAGE = 12;
  const FEED_QUERY = `?interval=0&feed=${encodeURIComponent(`wp-json/wp/v2/posts?_embed&per_page=${PER_PAGE}`)}`;

  // A WordPress REST API in the test: the sample posts, newest first, PER_PAGE
  // at a time with X-WP-Total / X-WP-TotalPages, and 400
  // rest_post_invalid_page_number past the end. `answer(page)` may replace
  // the answer for a page ({status}), and `delayMs` holds each page back.
  async function servePaged(context, { answer = () => null, delayMs = 0 } = {}) {
    const posts = readSiteJson('sample/posts.json')
      .sort((a, b) => b.date_gmt.localeCompare(a.date_gmt));
    const categories = readSiteJson('sample/categories.json');
    const totalPages = Math.ceil(posts.length / PER_PAGE);
    const requested = [];
    await context.route('**/wp-json/wp/v2/**', async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith('/categories')) {
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(categories) });
      }
      // The sample's images are relative to the feed's address.
      const image = url.pathname.match(/\/images\/([^/]+)$/);
      if (image) return route.fulfill({ path: path.join(SITE_DIR, 'sample/images', image[1]) });
      const page = Number(url.searchParams.get('page') || 1);
      requested.push(page);
      if (page > 1 && delayMs) await sleep(delayMs);
      const special = answer(page);
      if (special) return route.fulfill({ status: special.status, contentType: 'application/json', body: '{"code":"error"}' });
      if (page > totalPages) {
        return route.fulfill({ status: 400, contentType: 'application/json', body: '{"code":"rest_post_invalid_page_number"}' });
      }
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'X-WP-Total': String(posts.length), 'X-WP-TotalPages': String(totalPages) },
        body: JSON.stringify(posts.slice((page - 1) * PER_PAGE, page * PER_PAGE)),
      });
    });
    return { posts, totalPages, requested };
  }

  async function openPaged(size, options) {
    const context = await browser.newContext({ viewport: size });
    const served = await servePaged(context, options);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems = collectProblems(page);
    await page.goto(new URL(FEED_QUERY, server.url).href, { waitUntil: 'load' });
    await waitForReady(page);
    await waitForState(page, (s) => s.controls.some((c) => c.kind === 'headline'), { what: 'headlines drawn' });
    return { context, page, problems, ...served };
  }

  // Wheels over the headline list until `predicate(state)` holds.
  async function scrollListUntil(page, predicate, what) {
    const box = await page.locator('kiosque-reader canvas').boundingBox();
    for (let step = 0; step < 60; step++) {
      const state = await readState(page);
      if (predicate(state)) return state;
      const row = state.controls.filter((c) => c.kind === 'headline').at(-1);
      await page.mouse.move(box.x + (row ? row.x + row.width / 2 : box.width / 2), box.y + (row ? row.y + row.height / 2 : box.height / 2));
      await page.mouse.wheel(0, 600);
      await sleep(150);
    }
    return waitForState(page, predicate, { timeout: 2_000, what });
  }

  it('loads the next pages at the end of the list, appended below, until the last one', { timeout: 90_000 }, async () => {
    const { context, page, problems, posts, totalPages, requested } = await openPaged({ width: 360, height: 640 }, { delayMs: 700 });
    try {
      const first = await readState(page);
      assert.equal(first.articles, PER_PAGE, 'page 1 only until the reader scrolls');
      assert.deepEqual(first.paging, { state: 'more', pages: 1, error: null });
      assert.deepEqual(requested, [1]);
      const firstIds = first.headlines.map((h) => h.id);

      const loading = await scrollListUntil(page, (s) => s.paging.state === 'loading', 'page 2 on its way');
      assert.equal(loading.articles, PER_PAGE);
      const { stats } = await captureCanvas(page, 'paging-360x640-loading');
      assert.ok(stats.distinctColours > 100, 'the list with its loading row is drawn');

      const second = await waitForState(page, (s) => s.paging.pages === 2, { what: 'page 2 appended' });
      assert.equal(second.articles, 2 * PER_PAGE);
      assert.deepEqual(second.headlines.slice(0, PER_PAGE).map((h) => h.id), firstIds, 'page 1 stays where it was');
      assert.deepEqual(second.headlines.slice(PER_PAGE).map((h) => h.id),
        posts.slice(PER_PAGE, 2 * PER_PAGE).map((p) => String(p.id)), 'page 2 below it, newest first');
      assert.equal(second.view, 'home');

      const last = await scrollListUntil(page, (s) => s.paging.state === 'ended', 'every page');
      assert.equal(last.articles, posts.length, 'every article once');
      assert.equal(new Set(last.headlines.map((h) => h.id)).size, posts.length, 'no duplicates');
      assert.equal(last.paging.pages, totalPages);
      assert.equal(Math.max(...requested), totalPages, 'no page asked past X-WP-TotalPages');
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    } finally {
      await context.close();
    }
  });

  it('a page that fails keeps the list, shows an error row, and loads when the row is pressed', { timeout: 60_000 }, async () => {
    let failing = true;
    const { context, page, requested } = await openPaged({ width: 800, height: 600 },
      { answer: (n) => (n === 2 && failing ? { status: 503 } : null) });
    try {
      const failed = await scrollListUntil(page, (s) => s.paging.state === 'failed', 'page 2 failing');
      assert.match(failed.paging.error, /503/);
      assert.equal(failed.error, null, 'the feed itself is fine');
      assert.equal(failed.articles, PER_PAGE, 'the list is kept');
      await page.waitForFunction(() => /503/.test(document.querySelector('kiosque-reader').shadowRoot
        .querySelector('[role="status"]').textContent), null, { timeout: 3_000 });  // said to screen readers too
      // The row came in under the last headline: the list scrolls to show it whole.
      await scrollListUntil(page, (s) => (control(s, 'more-retry')?.height ?? 0) > 40, 'the error row drawn');
      await captureCanvas(page, 'paging-800x600-error');
      // The row on screen does not make the widget ask again by itself.
      await sleep(1_000);
      assert.equal(requested.filter((n) => n === 2).length, 1, 'page 2 asked once');

      failing = false;
      await clickControl(page, 'more-retry');
      const loaded = await waitForState(page, (s) => s.paging.pages === 2, { what: 'page 2 after the retry' });
      assert.equal(loaded.articles, 2 * PER_PAGE);
      assert.equal(loaded.paging.error, null);
    } finally {
      await context.close();
    }
  });

  it('the error row is a control Tab reaches: brought on screen, ringed, and Enter loads the page', { timeout: 60_000 }, async () => {
    let failing = true;
    const { context, page, posts } = await openPaged({ width: 800, height: 600 },
      { answer: (n) => (n === 2 && failing ? { status: 503 } : null) });
    try {
      await scrollListUntil(page, (s) => s.paging.state === 'failed', 'page 2 failing');
      const inMirror = (selector) => page.evaluate((s) => {
        const target = document.querySelector('kiosque-reader').shadowRoot.querySelector(s);
        target.focus();
        return target.dataset.id;
      }, selector);
      const focused = () => page.evaluate(() => {
        const active = document.querySelector('kiosque-reader').shadowRoot.activeElement;
        return active ? { control: active.dataset.control, article: active.dataset.article ?? null } : null;
      });
      // From the last headline, the list scrolled back to its top under it.
      await inMirror('ul li:last-child [data-control="headline"]');
      const box = await page.locator('kiosque-reader canvas').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -20_000);
      await waitForState(page, (s) => !control(s, 'more-retry'), { what: 'the error row off screen' });
      await page.keyboard.press('Tab');
      assert.deepEqual(await focused(), { control: 'more-retry', article: null }, 'Tab goes from the last headline to the error row');
      const shown = await waitForState(page, (s) => (control(s, 'more-retry')?.height ?? 0) > 40, { what: 'the row scrolled on screen' });
      await sleep(300);
      const ringed = await captureCanvas(page, 'paging-retry-focused');
      await page.evaluate(() => document.querySelector('kiosque-reader').shadowRoot.activeElement.blur());
      await sleep(300);
      const plain = await captureCanvas(page, 'paging-retry-unfocused');
      const row = control(shown, 'more-retry');
      assert.deepEqual(control(await readState(page), 'more-retry'), row, 'nothing scrolled');
      const ringBand = { x: row.x - 4, y: row.y - 4, width: row.width + 8, height: 4 };
      assert.ok(differenceIn(ringed.image, plain.image, ringBand) > 0.2, `no focus ring above the row at ${JSON.stringify(row)}`);

      failing = false;
      await inMirror('[data-control="more-retry"]');
      await page.keyboard.press('Enter');
      const loaded = await waitForState(page, (s) => s.paging.pages === 2, { what: 'page 2 after Enter' });
      assert.equal(loaded.articles, 2 * PER_PAGE);
      // The focus goes on to the first story the page brought.
      const firstNew = String(posts[PER_PAGE].id);
      await page.waitForFunction((id) => document.querySelector('kiosque-reader').shadowRoot.activeElement?.dataset?.article === id,
        firstNew, { timeout: 3_000 });
      assert.equal(await page.evaluate(() => document.querySelector('kiosque-reader').shadowRoot.querySelector('[data-control="more-retry"]').hidden), true);
    } finally {
      await context.close();
    }
  });
});
