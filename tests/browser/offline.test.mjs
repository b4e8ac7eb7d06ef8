// Kiosque as an unattended kiosk against a misbehaving feed server, in
// headless chromium: an in-process server (127.0.0.1, port 0) serves the
// site and a JSON Feed at /feed.json that, on command, answers 404, 500,
// 503 with Retry-After, stalls, cuts its body, sends invalid JSON, JSON of
// the wrong shape, an empty list, 20 MB of stories, half its stories, or
// 33 MiB of white space (read as it streams, never whole in the wasm heap,
// with and without Content-Length). Also a
// feed on a host that does not resolve (*.invalid), the browser offline, and
// a 30-second stall under the default refresh (test clock). Each time the
// last good stories stay on screen with an honest status, the feed kept in
// the browser is still the last good one, and the widget
// recovers when the feed is good again. Also: refreshes are conditional
// (the server counts its 304s), failures back off, the browser going back
// online retries at once, and a reload with the feed down shows the feed
// kept from the last visit. The widget runs with refresh=1 (one second)
// to keep the suite short. Also a 40 MB WordPress posts array at
// /posts.json, held half-sent: its first headlines show before its end,
// the wasm heap stays far below its size, and a reload with the server
// down shows it again from the browser's store. Run: node --test tests/browser/
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { pauseClockSoon, readSiteJson, useSiteAndBrowser, waitForReady, waitForState } from './harness.mjs';

const FEED = readSiteJson('sample/jsonfeed.json');
const ALL_IDS = FEED.items.map((item) => String(item.id));
const HUGE_BYTES = 33 << 20;

// About 20 MB of JSON Feed: the sample's stories many times over, each with
// its own id and a long body.
function bigFeed() {
  const body = `<p>${'Un paragraphe de vingt mots pour remplir le flux, comme le ferait un long article. '.repeat(60)}</p>`;
  const items = [];
  for (let n = 0; items.length * body.length < 20e6; n += 1) {
    const item = FEED.items[n % FEED.items.length];
    items.push({ ...item, id: `big-${n}`, url: `${item.url}?copy=${n}`, content_html: body });
  }
  return JSON.stringify({ ...FEED, items });
}

// About 40 MB of WordPress posts, most of it Yoast's <head> markup that the
// reader drops, as real _embed responses are mostly metadata.
const BIG_POSTS = 2000;
function bigPosts() {
  const head = `<meta property="og:description" content="${'Une description. '.repeat(1200)}">`;
  const posts = [];
  for (let n = 1; n <= BIG_POSTS; n += 1) {
    posts.push({ id: n, date_gmt: '2024-03-01T10:00:00', link: `https://news.example/article-${n}`,
      title: { rendered: `Article ${n}` }, content: { rendered: `<p>Texte de l'article ${n}.</p>` },
      yoast_head: head });
  }
  return JSON.stringify(posts);
}

// The feed kept in the browser for `feedUrl` (kiosque_storage.js): the ids
// of its stories, or null.
const keptIds = (page, feedUrl) => page.evaluate(async (url) => {
  const response = await (await caches.open('kiosque-feeds-v2')).match(url);
  return response ? (await response.json()).items.map((item) => String(item.id)) : null;
}, feedUrl);

// Saving is asynchronous: the kept feed follows shortly after the screen.
async function waitForKept(page, feedUrl, ids) {
  const deadline = Date.now() + 10_000;
  let kept;
  while (Date.now() < deadline) {
    kept = await keptIds(page, feedUrl);
    if (JSON.stringify(kept) === JSON.stringify(ids)) return;
    await sleep(100);
  }
  assert.deepEqual(kept, ids, 'the kept feed');
}

// --- the misbehaving feed server ---------------------------------------------------

// Serves /feed.json as `server.mode` says, and proxies everything else to
// the site, so that the feed is on the page's own origin (conditional
// headers go out as they would to the publisher's own site).
function startFeedServer(siteUrl) {
  const state = { mode: 'good', requests: [], notModified: 0, postsMode: 'good', postsSent: false };
  // /posts.json sends its first 2 MB, then the rest once the test says.
  let releasePosts;
  const postsReleased = new Promise((resolve) => { releasePosts = resolve; });
  const posts = Buffer.from(bigPosts());
  const documents = {
    good: { etag: '"full"', body: JSON.stringify(FEED) },
    half: { etag: '"half"', body: JSON.stringify({ ...FEED, items: FEED.items.slice(0, FEED.items.length / 2) }) },
    big: { etag: '"big"', body: bigFeed() },
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/posts.json') {
      if (state.postsMode !== 'good') {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        return res.end('{}');
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(posts.length) });
      res.write(posts.subarray(0, 2 << 20));
      return postsReleased.then(() => {
        state.postsSent = true;
        res.end(posts.subarray(2 << 20));
      });
    }
    if (url.pathname !== '/feed.json') {
      const upstream = httpRequest(new URL(req.url, siteUrl), { headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      return upstream.end();
    }
    state.requests.push({ at: Date.now(), mode: state.mode, ifNoneMatch: req.headers['if-none-match'] });
    const json = { 'Content-Type': 'application/feed+json' };
    switch (state.mode) {
      case 'good':
      case 'half':
      case 'big': {
        const { etag, body } = documents[state.mode];
        if (req.headers['if-none-match'] === etag) {
          state.notModified++;
          res.writeHead(304, { ETag: etag });
          return res.end();
        }
        res.writeHead(200, { ...json, ETag: etag, 'Cache-Control': 'no-cache' });
        return res.end(body);
      }
      case '404': case '500':
        res.writeHead(Number(state.mode), json);
        return res.end('{"code":"error"}');
      case '503':
        res.writeHead(503, { ...json, 'Retry-After': '3' });
        return res.end('{}');
      case 'stall':
        return;  // never answers; the widget gives up
      case 'truncated':
        res.writeHead(200, { ...json, 'Content-Length': String(documents.good.body.length) });
        res.write(documents.good.body.slice(0, 500));
        return setTimeout(() => res.destroy(), 50);
      case 'invalid':
        res.writeHead(200, json);
        return res.end(documents.good.body.slice(0, -20));
      case 'shape':
        res.writeHead(200, json);
        return res.end('{"hello": ["world"]}');
      case 'huge':  // 33 MiB streamed through the parser: an empty document
      case 'huge-unsized': {  // the same without Content-Length
        const body = Buffer.alloc(HUGE_BYTES, 0x20);  // JSON white space
        res.writeHead(200, state.mode === 'huge' ? { ...json, 'Content-Length': String(HUGE_BYTES) } : json);
        return res.end(body);
      }
      case 'empty':
        res.writeHead(200, json);
        return res.end(JSON.stringify({ ...FEED, items: [] }));
      default:
        throw new Error('unknown mode ' + state.mode);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const sockets = new Set();
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        state,
        releasePosts,
        postsBytes: posts.length,
        close: () => new Promise((done) => {
          sockets.forEach((socket) => socket.destroy());
          server.close(done);
        }),
      });
    });
  });
}

// --- the suite -------------------------------------------------------------------

describe('offline kiosk: a misbehaving feed server', () => {
  let site, feedServer, browser, context, page, mirrorStatus, feedUrl;
  useSiteAndBrowser((started) => ({ server: site, browser } = started));

  before(async () => {
    feedServer = await startFeedServer(site.url);
    // One context for the suite: a second visit must find what the first kept.
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    feedUrl = new URL('/feed.json', feedServer.url).href;
    await page.goto(new URL('?feed=/feed.json&refresh=1', feedServer.url).href);
    mirrorStatus = () => page.evaluate(() =>
      window.kiosque.shadowRoot.querySelector('.mirror [role="status"]').textContent);
    const state = await waitForReady(page);
    assert.equal(state.error, null);
  });

  after(async () => {
    await feedServer?.close();
  });

  const setMode = (mode) => { feedServer.state.mode = mode; };
  const good = (what) => waitForState(page, (s) => s.ready && !s.error && !s.offline && s.headlines.length === ALL_IDS.length,
    { timeout: 15_000, what });

  it('refreshes with conditional requests the server answers 304, keeping the open article', { timeout: 20_000 }, async () => {
    assert.equal((await page.evaluate(() => window.kiosque.openArticle(String(window.kiosque.state().headlines[2].id)))), true);
    const opened = (await page.evaluate(() => window.kiosque.state())).article;
    const first = (await page.evaluate(() => window.kiosque.state())).updatedAt;
    assert.ok(first && !Number.isNaN(Date.parse(first)), `updatedAt is an ISO time: ${first}`);
    const before = feedServer.state.notModified;
    await waitForState(page, () => feedServer.state.notModified >= before + 2, { timeout: 8_000, what: 'two 304s' });
    const state = await page.evaluate(() => window.kiosque.state());
    assert.equal(state.error, null);
    assert.equal(state.article, opened);
    assert.ok(feedServer.state.requests.at(-1).ifNoneMatch === '"full"');
  });

  for (const [mode, message] of [
    ['404', /404/], ['500', /HTTP 500/], ['invalid', /erreur de syntaxe JSON à l'octet \d+/], ['shape', /ni une liste d'articles WordPress ni un JSON Feed/], ['empty', /vide/], ['truncated', /incomplète/],
    ['huge', /document vide/], ['huge-unsized', /document vide/],
  ]) {
    it(`keeps the last good stories through ${mode}, says so, and recovers`, { timeout: 25_000 }, async () => {
      const article = (await page.evaluate(() => window.kiosque.state())).article;
      setMode(mode);
      const failing = await waitForState(page, (s) => Boolean(s.error) || s.offline, { timeout: 10_000, what: `an error for ${mode}` });
      assert.ok(failing.ready);
      if (!failing.offline) assert.match(failing.error, message);
      assert.deepEqual(failing.headlines.map((h) => String(h.id)), ALL_IDS);
      assert.equal(failing.article, article, 'the open article stays open');
      assert.match(await mirrorStatus(), failing.offline ? /Hors ligne/ : /Mise à jour impossible/);
      if (mode.startsWith('huge')) {
        // Read as it streamed, never whole in the wasm heap, which stays far smaller.
        const heap = await page.evaluate(() => document.querySelector('kiosque-reader')._module.HEAPU8.length);
        assert.ok(heap < HUGE_BYTES, `wasm heap ${heap} bytes after refusing ${HUGE_BYTES}`);
      }
      assert.deepEqual(await keptIds(page, feedUrl), ALL_IDS, 'the kept feed is still the last good one');
      setMode('good');
      const recovered = await good(`recovery after ${mode}`);
      assert.equal(recovered.article, article);
      assert.equal(await mirrorStatus(), '');
    });
  }

  it('honours Retry-After on 503 and backs off on repeated failures', { timeout: 30_000 }, async () => {
    const requests = feedServer.state.requests;
    setMode('503');
    await waitForState(page, () => requests.filter((r) => r.mode === '503').length >= 2, { timeout: 10_000, what: 'a retry after 503' });
    const [first503, second503] = requests.filter((r) => r.mode === '503');
    assert.ok(second503.at - first503.at >= 2_600, `retried ${second503.at - first503.at} ms after a 503 with Retry-After: 3`);
    setMode('good');
    await good('recovery after 503');

    const from = requests.length;
    setMode('500');
    await waitForState(page, () => requests.length >= from + 4, { timeout: 20_000, what: 'four failing requests' });
    setMode('good');
    await page.evaluate(() => window.kiosque.refresh());  // rather than wait out the next 8 s
    const times = requests.slice(from, from + 4).map((r) => r.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    // 1 s, 2 s, 4 s, each ±10% (and a little for the network).
    assert.ok(gaps[1] > gaps[0] * 1.4 && gaps[2] > gaps[1] * 1.4, `backoff gaps ${gaps.join(', ')} ms`);
    assert.ok(gaps[2] >= 3_400, `third gap ${gaps[2]} ms`);
    await good('recovery after the backoff');
  });

  it('gives up on a stalled server and recovers', { timeout: 30_000 }, async () => {
    setMode('stall');
    const stalled = await waitForState(page, (s) => Boolean(s.error), { timeout: 15_000, what: 'a timeout' });
    assert.match(stalled.error, /ne répond pas/);
    assert.equal(stalled.headlines.length, ALL_IDS.length);
    setMode('good');
    await good('recovery after a stall');
  });

  it('shows a 20 MB feed, keeps it, and goes back to the small one', { timeout: 90_000 }, async () => {
    setMode('big');
    const big = await waitForState(page, (s) => s.headlines.length > ALL_IDS.length || Boolean(s.error),
      { timeout: 60_000, what: 'the 20 MB feed' });
    assert.equal(big.error, null);
    assert.ok(big.headlines.length > 1000, `${big.headlines.length} headlines`);
    setMode('good');
    await waitForState(page, (s) => s.headlines.length === ALL_IDS.length && !s.error, { timeout: 30_000, what: 'the small feed again' });
    await waitForKept(page, feedUrl, ALL_IDS);
  });

  it('shows what remains when the feed loses half its stories', { timeout: 20_000 }, async () => {
    setMode('half');
    const half = await waitForState(page, (s) => s.headlines.length === ALL_IDS.length / 2, { timeout: 10_000, what: 'half the stories' });
    assert.equal(half.error, null);
    setMode('good');
    await good('all the stories back');
  });

  it('says the host cannot be reached when its name does not resolve, and recovers', { timeout: 40_000 }, async () => {
    // A real DNS failure (*.invalid never resolves), except while the test
    // lets the "publisher" answer in its place.
    const invalidFeed = 'http://news.kiosque.invalid/feed.json';
    let resolves = true;
    // page.route does not see what a service worker fetches: none here.
    const dnsContext = await browser.newContext({ serviceWorkers: 'block' });
    const dns = await dnsContext.newPage();
    await dns.route(invalidFeed, (route) => (resolves
      ? route.fulfill({ status: 200, contentType: 'application/feed+json', headers: { 'Access-Control-Allow-Origin': '*' }, body: JSON.stringify(FEED) })
      : route.continue()));
    await dns.goto(new URL(`?feed=${encodeURIComponent(invalidFeed)}&refresh=1`, feedServer.url).href);
    await waitForState(dns, (s) => s.ready && !s.error, { timeout: 30_000, what: 'the feed' });
    await waitForKept(dns, invalidFeed, ALL_IDS);
    resolves = false;
    const failing = await waitForState(dns, (s) => Boolean(s.error), { timeout: 10_000, what: 'a DNS failure' });
    assert.equal(failing.offline, false, 'the browser is online: the host is what is out of reach');
    assert.match(failing.error, /réseau indisponible ou accès refusé/);
    assert.deepEqual(failing.headlines.map((h) => String(h.id)), ALL_IDS);
    assert.match(await dns.evaluate(() => window.kiosque.shadowRoot.querySelector('.mirror [role="status"]').textContent),
      /^Mise à jour impossible : réseau indisponible/);
    assert.deepEqual(await keptIds(dns, invalidFeed), ALL_IDS);
    resolves = true;
    await waitForState(dns, (s) => s.ready && !s.error, { timeout: 15_000, what: 'recovery' });
    await dnsContext.close();
  });

  it('gives a server that stalls 30 seconds up under the default refresh, and retries after the backoff', { timeout: 60_000 }, async () => {
    // Its own context: a page's clock is its context's, and a paused clock
    // would hold every later page of the shared one.
    const clockedContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const clocked = await clockedContext.newPage();
    await clocked.clock.install();
    await clocked.goto(new URL('?feed=/feed.json', feedServer.url).href);  // refresh: 300 s, so 30 s of patience
    await waitForState(clocked, (s) => s.ready && !s.error && !s.loading, { timeout: 30_000, what: 'the feed' });
    // From here the page's time moves only when the test says, however
    // slowly a loaded machine runs the steps in between.
    await pauseClockSoon(clocked);
    setMode('stall');
    await clocked.evaluate(() => window.kiosque.refresh());
    await clocked.clock.fastForward(25_000);
    const waiting = await clocked.evaluate(() => window.kiosque.state());
    assert.equal(waiting.error, null, 'still waiting after 25 s');
    await clocked.clock.fastForward(6_000);
    const stalled = await waitForState(clocked, (s) => Boolean(s.error), { timeout: 10_000, what: 'the timeout' });
    assert.match(stalled.error, /ne répond pas/);
    assert.equal(stalled.headlines.length, ALL_IDS.length);
    setMode('good');
    await clocked.clock.fastForward(35_000);  // the first backoff: 30 s ±10%
    await waitForState(clocked, (s) => !s.error, { timeout: 10_000, what: 'recovery after the backoff' });
    await clockedContext.close();
  });

  it('says it is offline, with the age of what it shows, and retries as soon as the network is back', { timeout: 30_000 }, async () => {
    await context.setOffline(true);
    const offline = await waitForState(page, (s) => s.offline, { timeout: 10_000, what: 'offline' });
    assert.equal(offline.headlines.length, ALL_IDS.length);
    assert.match(await mirrorStatus(), /^Hors ligne · mis à jour à \d\d:\d\d$/);
    // Let the backoff grow past a few seconds, so that an immediate retry shows.
    await sleep(4_000);
    const before = feedServer.state.requests.length;
    const backAt = Date.now();
    await context.setOffline(false);
    await waitForState(page, (s) => !s.offline && !s.error, { timeout: 10_000, what: 'back online' });
    assert.ok(feedServer.state.requests.length > before);
    assert.ok(feedServer.state.requests[before].at - backAt < 1_500, 'retried at once');
    assert.equal(await mirrorStatus(), '');
  });

  it('shows the feed kept from the last visit when the feed is down at start, then recovers', { timeout: 30_000 }, async () => {
    const kept = (await page.evaluate(() => window.kiosque.state())).updatedAt;
    setMode('500');
    const second = await context.newPage();
    // The tab in front: a background tab's timers are throttled to Chrome's
    // CPU budget, which the start-up spends, so its 1 s refresh could wait.
    await second.bringToFront();
    await second.goto(new URL('?feed=/feed.json&refresh=1', feedServer.url).href);
    const state = await waitForState(second, (s) => s.ready && Boolean(s.error), { timeout: 15_000, what: 'the kept feed and an error' });
    assert.deepEqual(state.headlines.map((h) => String(h.id)), ALL_IDS);
    assert.match(state.error, /HTTP 500/);
    assert.ok(Date.parse(state.updatedAt) <= Date.parse(kept) + 2_000, `updatedAt ${state.updatedAt} is the kept feed's`);
    setMode('good');
    await waitForState(second, (s) => !s.error && s.updatedAt !== state.updatedAt, { timeout: 10_000, what: 'recovery' });
    await second.close();
  });

  it('kiosk.html runs the reader in kiosk mode on ?feed=, from the kept feed when the feed is down', { timeout: 30_000 }, async () => {
    setMode('500');
    const kiosk = await context.newPage();
    await kiosk.goto(new URL('kiosk.html?feed=/feed.json&refresh=1', feedServer.url).href);
    const state = await waitForState(kiosk, (s) => s.ready && Boolean(s.error), { timeout: 15_000, what: 'the kept feed' });
    assert.deepEqual(state.headlines.map((h) => String(h.id)), ALL_IDS);
    assert.equal(await kiosk.evaluate(() => window.kiosque.hasAttribute('kiosk')), true);
    setMode('good');
    await kiosk.close();
  });

  it('reads a 40 MB posts array as it arrives, in a heap far smaller, and keeps it for the next visit', { timeout: 120_000 }, async () => {
    assert.ok(feedServer.postsBytes > 40e6, `${feedServer.postsBytes} bytes of posts`);
    const wp = await context.newPage();
    await wp.bringToFront();
    await wp.goto(new URL('?feed=/posts.json&refresh=0', feedServer.url).href);
    const early = await waitForState(wp, (s) => s.ready, { timeout: 30_000, what: 'the first headlines' });
    assert.equal(feedServer.state.postsSent, false, 'shown before the end of the body was sent');
    assert.ok(early.articles >= 20 && early.articles < BIG_POSTS, `${early.articles} articles shown early`);
    assert.ok(early.headlines.every((headline) => /^Article \d+$/.test(headline.title)));
    feedServer.releasePosts();
    const all = await waitForState(wp, (s) => s.articles === BIG_POSTS && !s.loading, { timeout: 60_000, what: 'every post' });
    assert.equal(all.error, null);
    const heap = await wp.evaluate(() => document.querySelector('kiosque-reader')._module.HEAPU8.length);
    assert.ok(heap < feedServer.postsBytes / 2, `wasm heap ${heap} bytes after reading ${feedServer.postsBytes}`);
    // Kept by the browser (not through the heap): a reload with the server down shows it.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(await wp.evaluate(async () =>
      Boolean(await (await caches.open('kiosque-feeds-v2')).match(new URL('/posts.json', location.href).href))))) await sleep(200);
    feedServer.state.postsMode = 'down';
    await wp.reload();
    const kept = await waitForState(wp, (s) => s.ready && s.articles === BIG_POSTS && Boolean(s.error),
      { timeout: 60_000, what: 'the kept posts and the error' });
    assert.match(kept.error, /HTTP 500/);
    await wp.close();
  });
});
