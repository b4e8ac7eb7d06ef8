// Kiosque demo page, end to end in headless chromium: the widget loads the
// sample WordPress feed, shows its sections and headlines, opens an article,
// draws something, stays quiet when idle, and reports a missing feed.
// Expectations come from build/site/sample/*.json, read here in node, never
// from what the test itself just told the widget. Run: node --test tests/browser/
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  assertSiteBuilt,
  captureCanvas,
  openDemo,
  pixelDifference,
  readSiteJson,
  readState,
  useSiteAndBrowser,
  waitForIdle,
  waitForReady,
  waitForState,
} from './harness.mjs';

// The widget may put an all-sections tab first.
const ALL_SECTIONS_SLUG = 'a-la-une';

// --- what the sample feed says ------------------------------------------------

const NAMED_ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  ndash: '–', mdash: '—', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç',
};

// WordPress sends names and titles as HTML; the widget shows plain text. This
// is just enough HTML-to-text to compare the two: tags dropped, entities
// decoded, every kind of space collapsed to one.
function htmlToText(html) {
  return String(html)
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (entity, name) => NAMED_ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/\s+/gu, ' ')
    .trim();
}

function loadSampleFeed() {
  const posts = readSiteJson('sample/posts.json');
  const categories = readSiteJson('sample/categories.json');
  assert.ok(Array.isArray(posts) && Array.isArray(categories),
    'sample/posts.json and sample/categories.json should be WordPress REST arrays');
  const byId = new Map(categories.map((category) => [String(category.id), category]));
  return { posts, categories, byId };
}

// Top-level sections in document order, as the widget should list them.
function topSections({ categories }) {
  return categories
    .filter((category) => Number(category.parent ?? 0) === 0)
    .map((category) => ({ slug: category.slug, name: htmlToText(category.name) }));
}

// Slug of the top-level ancestor of a category (itself when top-level).
function topSlugOf(feed, categoryId) {
  let category = feed.byId.get(String(categoryId));
  for (let hops = 0; category && Number(category.parent ?? 0) !== 0 && hops < 64; hops += 1) {
    category = feed.byId.get(String(category.parent));
  }
  return category?.slug;
}

// Posts of a top-level section: those with a category that is the section or
// below it. The all-sections tab holds every post.
function postsOfSection(feed, slug) {
  if (slug === ALL_SECTIONS_SLUG) return feed.posts;
  return feed.posts.filter((post) => (post.categories ?? []).some((id) => topSlugOf(feed, id) === slug));
}

function postTitle(post) {
  return htmlToText(post.title?.rendered ?? post.title ?? '');
}

const idsOf = (headlines) => headlines.map((headline) => String(headline.id));

// Every headline shown must be a post of `slug`, with that post's title, once.
function assertHeadlinesBelongTo(feed, slug, headlines) {
  assert.ok(headlines.length > 0, `section "${slug}" shows no headlines`);
  const expected = new Map(postsOfSection(feed, slug).map((post) => [String(post.id), post]));
  for (const headline of headlines) {
    const post = expected.get(String(headline.id));
    assert.ok(post, `headline ${headline.id} "${headline.title}" is not a post of section "${slug}"`);
    assert.equal(htmlToText(headline.title), postTitle(post), `title of headline ${headline.id}`);
  }
  const ids = idsOf(headlines);
  assert.equal(new Set(ids).size, ids.length, `section "${slug}" lists a headline twice: ${ids}`);
}

// --- canvas checks ------------------------------------------------------------

// A cleared canvas has 1 colour and a luminance deviation of 0. Anti-aliased
// text alone brings dozens of colours and a deviation of several units.
const MIN_DISTINCT_COLOURS = 16;
const MIN_LUMINANCE_STDDEV = 3;

function assertNotBlank(stats, what) {
  const summary = JSON.stringify(stats);
  assert.ok(stats.width > 0 && stats.height > 0, `${what}: canvas has no size (${summary})`);
  assert.ok(stats.distinctColours >= MIN_DISTINCT_COLOURS, `${what}: too few colours, canvas looks blank (${summary})`);
  assert.ok(stats.luminanceStdDev >= MIN_LUMINANCE_STDDEV, `${what}: too uniform, canvas looks blank (${summary})`);
}

// --- tests --------------------------------------------------------------------

// Checked before any test is declared: without a site, one clear failure
// ("run make web first") beats ten cancelled tests.
assertSiteBuilt();

let server;
let browser;
useSiteAndBrowser((started) => ({ server, browser } = started));

describe('demo page with the sample feed', () => {
  let demo;
  let feed;
  let readyState;

  before(async () => {
    feed = loadSampleFeed();
    // Carousel autoplay off: this group checks that nothing moves by itself
    // when nobody touches the widget. The carousel has its own tests.
    demo = await openDemo(browser, server.url, '?interval=0');
  });

  after(async () => {
    await demo?.page.close();
  });

  it('loads the page, its widget API and its canvas', async () => {
    assert.equal(demo.response.status(), 200);
    // The loader may define window.kiosque only once its script has run.
    await demo.page.waitForFunction(() => window.kiosque);
    const api = await demo.page.evaluate(() => ({
      state: typeof window.kiosque?.state,
      selectSection: typeof window.kiosque?.selectSection,
      openArticle: typeof window.kiosque?.openArticle,
      back: typeof window.kiosque?.back,
    }));
    assert.deepEqual(api, { state: 'function', selectSection: 'function', openArticle: 'function', back: 'function' });
    const box = await demo.page.locator('canvas').boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `canvas is not laid out: ${JSON.stringify(box)}`);
  });

  it('becomes ready on the home view without an error', { timeout: 40_000 }, async () => {
    readyState = await waitForReady(demo.page);
    assert.equal(readyState.error, null, `widget reports an error: ${readyState.error}`);
    assert.equal(readyState.ready, true);
    assert.equal(readyState.view, 'home');
    assert.equal(readyState.article, null);
    assert.ok(readyState.framesRendered > 0, `no frame drawn while loading: ${readyState.framesRendered}`);
  });

  it('draws no frames while nothing moves', { timeout: 10_000 }, async () => {
    assert.ok(readyState?.ready, 'widget never became ready');
    await sleep(1_500); // let images and the first layouts settle
    const before = (await readState(demo.page)).framesRendered;
    await sleep(2_000);
    const after = (await readState(demo.page)).framesRendered;
    assert.equal(after, before, `widget drew ${after - before} frames in 2 idle seconds`);
  });

  it("lists the sample feed's top-level sections in document order", async () => {
    const state = await readState(demo.page);
    const shown = state.sections.map(({ slug, name }) => ({ slug, name }));
    const withoutAllTab = shown[0]?.slug === ALL_SECTIONS_SLUG ? shown.slice(1) : shown;
    assert.deepEqual(withoutAllTab, topSections(feed));
    assert.ok(shown.some((section) => section.slug === state.section),
      `current section "${state.section}" is not among the tabs`);
    assertHeadlinesBelongTo(feed, state.section, state.headlines);
  });

  it("selecting a section shows that section's headlines and redraws", async () => {
    const before = await readState(demo.page);
    const target = pickOtherSection(feed, before);
    await demo.page.evaluate((slug) => window.kiosque.selectSection(slug), target);
    await waitForState(demo.page, (state) => state.section === target, { what: `section "${target}"` });
    await waitForIdle(demo.page);
    const after = await readState(demo.page);
    assert.notDeepEqual(idsOf(after.headlines), idsOf(before.headlines), 'headlines did not change');
    assertHeadlinesBelongTo(feed, target, after.headlines);
    assert.ok(after.framesRendered > before.framesRendered,
      `no frame drawn after selecting "${target}" (${before.framesRendered} -> ${after.framesRendered})`);
  });

  it('opens an article and comes back to the same section', async () => {
    await waitForIdle(demo.page);
    const home = await readState(demo.page);
    assert.ok(home.headlines.length > 0, 'no headline to open');
    const homePicture = await captureCanvas(demo.page, 'home-before-article');
    const articleId = home.headlines[home.headlines.length > 1 ? 1 : 0].id;

    await demo.page.evaluate((id) => window.kiosque.openArticle(id), articleId);
    const reading = await waitForState(demo.page, (state) => state.view === 'article', { what: 'the article view' });
    assert.equal(String(reading.article), String(articleId));
    await waitForIdle(demo.page);
    const articlePicture = await captureCanvas(demo.page, 'article');
    const changed = pixelDifference(homePicture.image, articlePicture.image);
    assert.ok(changed > 0.05, `the canvas barely changed when the article opened (${(changed * 100).toFixed(1)}% of pixels)`);

    await demo.page.evaluate(() => window.kiosque.back());
    const back = await waitForState(demo.page, (state) => state.view === 'home', { what: 'the home view after back()' });
    assert.equal(back.article, null);
    assert.equal(back.section, home.section);
    assert.deepEqual(idsOf(back.headlines), idsOf(home.headlines));
  });

  it('draws a non-blank canvas', async () => {
    await waitForIdle(demo.page);
    const { stats } = await captureCanvas(demo.page, 'home');
    assertNotBlank(stats, 'home view');
  });

  // Last on purpose: it judges everything the tests above made the page do.
  it('logged no console errors and threw no page errors', () => {
    assert.deepEqual(demo.problems.pageErrors, [], 'page errors');
    assert.deepEqual(demo.problems.consoleErrors, [], 'console errors');
    assert.deepEqual(demo.problems.failedRequests, [], 'failed requests');
  });
});

// The element asks for the feed, its categories and the interface's fonts
// before the glue and the wasm have arrived, and the module takes those
// responses over: nothing is downloaded twice.
describe('demo page start-up requests', () => {
  let page;
  const requested = [];

  before(async () => {
    page = await browser.newPage();
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(server.url, { waitUntil: 'load' });
    await waitForReady(page);
  });

  after(async () => {
    await page?.close();
  });

  it('fetches the feed, its categories and each font face once, the feed before the module starts', async () => {
    const count = (suffix) => requested.filter((path) => path.endsWith(suffix)).length;
    for (const file of ['/sample/posts.json', '/sample/categories.json', '/fonts/NotoSans-Regular.ttf',
      '/fonts/NotoSans-Bold.ttf', '/fonts/NotoSerif-Bold.ttf']) {
      assert.equal(count(file), 1, `${file} requested ${count(file)} times: ${requested.join(' ')}`);
    }
    assert.equal(requested.filter((path) => path.includes('/fonts/')).length, 3, `fonts: ${requested.join(' ')}`);
    const { feedAsked, moduleStarted } = await page.evaluate(() => ({
      feedAsked: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/sample/posts.json'))?.startTime,
      moduleStarted: performance.getEntriesByName('kiosque-start')[0]?.startTime,
    }));
    assert.ok(feedAsked < moduleStarted, `the feed was asked for at ${feedAsked} ms, the module started at ${moduleStarted} ms`);
  });
});

// A section other than the current one whose posts are not exactly those
// shown, so that selecting it must change the headlines.
function pickOtherSection(feed, state) {
  const shown = idsOf(state.headlines).sort().join();
  const candidate = state.sections.find(({ slug }) => {
    if (slug === state.section) return false;
    const ids = postsOfSection(feed, slug).map((post) => String(post.id));
    return ids.length > 0 && ids.sort().join() !== shown;
  });
  assert.ok(candidate, `no other non-empty section to select among ${JSON.stringify(state.sections)}`);
  return candidate.slug;
}

describe('demo page with a feed that does not exist', () => {
  let demo;

  before(async () => {
    demo = await openDemo(browser, server.url, '?feed=missing.json');
  });

  after(async () => {
    await demo?.page.close();
  });

  it('reports a readable error in state() and throws nothing', { timeout: 40_000 }, async (t) => {
    const state = await waitForReady(demo.page);
    assert.equal(typeof state.error, 'string', `state().error is ${JSON.stringify(state.error)}`);
    assert.match(state.error, /404|introuvable|not found/i);
    assert.deepEqual(demo.problems.pageErrors, [], 'page errors');
    // The failed fetch itself is logged by chromium; worth seeing, not a failure.
    if (demo.problems.consoleErrors.length) t.diagnostic(`console: ${demo.problems.consoleErrors.join(' | ')}`);
  });

  it('draws the error message on the canvas', async () => {
    await waitForIdle(demo.page);
    const { stats } = await captureCanvas(demo.page, 'missing-feed');
    assertNotBlank(stats, 'error view');
    assert.deepEqual(demo.problems.pageErrors, [], 'page errors');
  });
});
