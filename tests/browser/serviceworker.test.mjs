// Kiosque offline, in headless chromium: the service worker (web/sw.js), the
// image cache (kiosque_images.js) and the restart after a crash (kiosque.js).
//
// Served from a copy of build/site in a temporary folder, so that a test can
// ship a new version of a file. The feed is sample/live.json there (the
// sample JSON Feed under a name the worker does not precache), so that it
// comes from the network and, offline, from the reader's own kept feed.
//
//   - the first visit of the demo page installs the worker, which precaches
//     the app (the wasm as application/wasm);
//   - offline, a reload starts the reader from the worker's cache, shows the
//     kept feed with the offline banner and the images kept; back online, the
//     banner goes;
//   - a partner page has no worker, unless an element asks (`offline`);
//   - a new build is a new cache, and the old one goes; a kiosk page left
//     running checks for it every 6 hours (the page's clock fast-forwarded)
//     and reloads into it while its show runs, not while someone uses it;
//   - the CDN folder of `make dist` precaches its content-hashed files;
//   - a module that traps is restarted from the kept feed, with backoff, and
//     not for ever; while it waits, the box keeps the last frame and says so;
//     a restart that never says ready is given up on after a minute.
// Run: node --test tests/browser/serviceworker.test.mjs
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { buildDist } from '../../scripts/dist.mjs';
import { appFiles, stampFolder } from '../../scripts/service_worker.mjs';
import { startServer } from '../../scripts/serve.mjs';
import {
  SITE_DIR, assertSiteBuilt, collectProblems, decodePng, pauseClockSoon, pixelStats, readSiteJson, useSiteAndBrowser, waitForReady, waitForState,
} from './harness.mjs';

const FEED = readSiteJson('sample/jsonfeed.json');
const LIVE_FEED = 'sample/live.json';
const DEMO = `?feed=${LIVE_FEED}&refresh=0`;

// In the page: the worker's caches and their keys (paths), and its registrations.
const readWorker = (page) => page.evaluate(async () => {
  const caches = {};
  for (const name of await self.caches.keys()) {
    const cache = await self.caches.open(name);
    caches[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
  }
  const registrations = await navigator.serviceWorker.getRegistrations();
  return { caches, scopes: registrations.map((r) => r.scope), controlled: Boolean(navigator.serviceWorker.controller) };
});
// Evaluates `fn(arg)` in the page until it gives something truthy, and
// returns that (page.waitForFunction does not wait for a promise's value).
async function pollPage(page, fn, arg, { timeout = 10_000, what = 'the page' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(200);
  }
}
const imageCacheBytes = () => caches.open('kiosque-images-v1').then(async (cache) => {
  const responses = await Promise.all((await cache.keys()).map((request) => cache.match(request)));
  return responses.map((response) => Number(response.headers.get('X-Kiosque-Bytes')));
});
const appCaches = (worker) => Object.keys(worker.caches).filter((name) => name.startsWith('kiosque-app-'));
// A real trap: the module reads memory far outside its heap, through its
// own exported entry point given a wild pointer. Gives the error's class.
const trap = (page) => page.evaluate(() => {
  try {
    window.kiosque._module._kiosque_select_section(0x7ffffff0);
    return 'no trap';
  } catch (error) {
    return error.constructor.name;
  }
});
const mirrorStatus = (page) => page.evaluate(() => window.kiosque.shadowRoot.querySelector('.mirror [role="status"]').textContent);

describe('offline: service worker, image cache, restart after a crash', () => {
  let siteDir, server, browser, context, page, problems;

  before(async () => {
    assertSiteBuilt();
    siteDir = await mkdtemp(path.join(tmpdir(), 'kiosque-sw-'));
    await cp(SITE_DIR, siteDir, { recursive: true });
    await writeFile(path.join(siteDir, LIVE_FEED), JSON.stringify(FEED));
  });
  useSiteAndBrowser((started) => ({ server, browser } = started),
    { serve: () => startServer({ root: siteDir, port: 0, cors: true }) });

  before(async () => {
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    problems = collectProblems(page);
  });

  after(async () => {
    if (siteDir) await rm(siteDir, { recursive: true, force: true });
  });

  // The demo page, its clock the test's (running), its widget ready.
  async function openDemoOnTestClock() {
    const opened = await context.newPage();
    await opened.clock.install();
    await opened.goto(new URL(DEMO, server.url).href);
    await waitForState(opened, (s) => s.ready, { timeout: 30_000, what: 'ready' });
    return opened;
  }

  it('installs on the first visit of the demo page and precaches the app', { timeout: 60_000 }, async () => {
    await page.goto(new URL(DEMO, server.url).href);
    const state = await waitForReady(page);
    assert.equal(state.error, null);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const worker = await readWorker(page);
    assert.deepEqual(worker.scopes, [server.url]);
    const names = appCaches(worker);
    assert.equal(names.length, 1);
    const source = await readFile(path.join(siteDir, 'sw.js'), 'utf8');
    assert.ok(source.includes(`'${names[0].slice('kiosque-app-'.length)}'`) || source.includes(`"${names[0].slice('kiosque-app-'.length)}"`),
      `the cache ${names[0]} is named after the stamped version`);
    const cached = worker.caches[names[0]];
    for (const file of ['/index.html', '/kiosk.html', '/kiosque.js', '/kiosque-wasm.js', '/kiosque-wasm.wasm',
      '/fonts/NotoSans-Regular.ttf']) {
      assert.ok(cached.includes(file), `${file} is precached`);
    }
    assert.ok(!cached.some((file) => file.startsWith('/sample/')), `feeds and images are not: ${cached}`);
    const wasmType = await page.evaluate(async () => (await fetch('kiosque-wasm.wasm')).headers.get('Content-Type'));
    assert.equal(wasmType, 'application/wasm');
  });

  it('keeps the images it shows, under its cap', { timeout: 30_000 }, async () => {
    await waitForState(page, (s) => s.imagesShown >= 3, { timeout: 20_000, what: 'images drawn' });
    const sizes = await pollPage(page, async () => {
      const cache = await caches.open('kiosque-images-v1');
      const responses = await Promise.all((await cache.keys()).map((request) => cache.match(request)));
      const bytes = responses.map((response) => Number(response.headers.get('X-Kiosque-Bytes')));
      return bytes.length >= 3 && bytes;
    }, null, { what: 'three images kept' });
    assert.ok(sizes.every((bytes) => bytes > 1000), `sizes ${sizes.join(', ')}`);
  });

  it('reloads offline: the app from the worker, the kept feed and images, an honest banner', { timeout: 60_000 }, async () => {
    const before = await page.evaluate(() => window.kiosque.state());
    await context.setOffline(true);
    await page.reload();
    const state = await waitForState(page, (s) => s.ready && s.offline, { timeout: 30_000, what: 'the kept feed, offline' });
    assert.deepEqual(state.headlines.map((h) => h.id), before.headlines.map((h) => h.id));
    assert.match(await mirrorStatus(page), /^Hors ligne · mis à jour à \d\d:\d\d$/);
    await waitForState(page, (s) => s.imagesShown >= 3, { timeout: 20_000, what: 'the kept images drawn offline' });
    await context.setOffline(false);
    await waitForState(page, (s) => s.ready && !s.offline && !s.error, { timeout: 15_000, what: 'back online' });
    assert.equal(await mirrorStatus(page), '');
  });

  it('evicts the least recently used images past the image-cache cap', { timeout: 30_000 }, async () => {
    const keptBefore = (await page.evaluate(imageCacheBytes)).length;
    // 25 KiB: two of the sample images (about 11 KB each) at most.
    await writeFile(path.join(siteDir, 'capped.html'), `<!doctype html><title>capped</title>
      <script src="kiosque.js" defer></script>
      <kiosque-reader id="reader" feed="${LIVE_FEED}" refresh="0" image-cache="0.025"></kiosque-reader>
      <script>window.kiosque = document.getElementById('reader');</script>`);
    const capped = await context.newPage();
    await capped.goto(new URL('capped.html', server.url).href);
    await waitForState(capped, (s) => s.ready && s.imagesShown >= 3, { timeout: 20_000, what: 'images drawn' });
    let sizes;
    const deadline = Date.now() + 15_000;
    do {
      sizes = await capped.evaluate(imageCacheBytes);
      if (sizes.reduce((a, b) => a + b, 0) <= 0.025 * 1048576) break;
      await sleep(250);
    } while (Date.now() < deadline);
    assert.ok(sizes.reduce((a, b) => a + b, 0) <= 0.025 * 1048576, `kept ${sizes.join(', ')} bytes`);
    assert.ok(sizes.length >= 1 && sizes.length < keptBefore, `kept ${sizes.length} of ${keptBefore} images (${sizes.join(', ')} bytes)`);
    await capped.close();
  });

  it('is not registered on a partner page, unless an element asks for it', { timeout: 60_000 }, async () => {
    const partnerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const partner = await partnerContext.newPage();
    await partner.goto(new URL('partner.html', server.url).href);
    await partner.waitForFunction(() => document.getElementById('reader-monde').state().ready, null, { timeout: 30_000 });
    assert.deepEqual((await readWorker(partner)).scopes, []);
    await partner.evaluate(() => document.getElementById('reader-monde').setAttribute('offline', ''));
    await pollPage(partner, async () => (await navigator.serviceWorker.getRegistrations()).length === 1, null, { what: 'a registration' });
    assert.deepEqual((await readWorker(partner)).scopes, [server.url]);
    await partnerContext.close();
  });

  it('replaces the old cache when a new version is built', { timeout: 60_000 }, async () => {
    const oldNames = appCaches(await readWorker(page));
    await writeFile(path.join(siteDir, 'demo.css'), `${await readFile(path.join(siteDir, 'demo.css'), 'utf8')}\n/* v2 */\n`);
    // The same list as `make site` stamped (the live feed is no app file).
    const version = await stampFolder(siteDir, (await appFiles(siteDir)).filter((file) => file !== LIVE_FEED));
    assert.ok(!oldNames.includes(`kiosque-app-${version}`), 'a changed file is a new version');
    // Chromium holds an update check back for about a minute while a page
    // with a running widget is open: check from a plain page of the folder.
    const checker = await context.newPage();
    await page.close();
    await checker.goto(new URL('favicon.svg', server.url).href);
    await checker.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await pollPage(checker, async (wanted) => {
      const names = (await caches.keys()).filter((name) => name.startsWith('kiosque-app-'));
      return names.length === 1 && names[0] === wanted;
    }, `kiosque-app-${version}`, { timeout: 30_000, what: 'the new cache alone' });
    await checker.goto(new URL(DEMO, server.url).href);
    await waitForReady(checker);
    assert.match(await checker.evaluate(async () => (await fetch('demo.css')).text()), /\/\* v2 \*\//);
    await checker.close();
  });

  it('a kiosk left running looks for a new version every 6 hours and reloads into it while its show runs', { timeout: 120_000 }, async () => {
    const kiosk = await context.newPage();
    await kiosk.clock.install();
    await kiosk.goto(new URL(`kiosk.html?feed=${LIVE_FEED}&refresh=0`, server.url).href);
    await waitForReady(kiosk);
    await kiosk.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await sleep(500);  // the registration's promise settles: its update timer is set
    await writeFile(path.join(siteDir, 'demo.css'), `${await readFile(path.join(siteDir, 'demo.css'), 'utf8')}\n/* v3 */\n`);
    const version = await stampFolder(siteDir, (await appFiles(siteDir)).filter((file) => file !== LIVE_FEED));
    // Nothing before the check is due.
    await kiosk.clock.fastForward(60 * 60 * 1000);
    await sleep(1000);
    assert.ok(!(await kiosk.evaluate(() => caches.keys())).includes(`kiosque-app-${version}`), 'checked before 6 hours');
    const reloaded = kiosk.waitForEvent('load', { timeout: 90_000 });
    await kiosk.clock.fastForward(6 * 60 * 60 * 1000);
    await reloaded;
    await waitForReady(kiosk);
    assert.ok((await kiosk.evaluate(() => caches.keys())).includes(`kiosque-app-${version}`));
    assert.match(await kiosk.evaluate(async () => (await fetch('demo.css')).text()), /\/\* v3 \*\//);
    await kiosk.close();
  });

  it('a kiosk someone is using holds the update\'s reload back until its show resumes', { timeout: 120_000 }, async () => {
    const kiosk = await context.newPage();
    await kiosk.clock.install();
    // Idle for 12 hours: a pause that outlasts the update check (6 h ± 10%).
    await kiosk.goto(new URL(`kiosk.html?feed=${LIVE_FEED}&refresh=0&idle-seconds=43200`, server.url).href);
    await waitForReady(kiosk);
    await kiosk.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await sleep(500);  // the registration's promise settles: its update timer is set
    await kiosk.evaluate(() => {
      window.sameDocument = true;  // gone with a reload
      navigator.serviceWorker.addEventListener('controllerchange', () => { window.newWorker = true; });
    });
    await kiosk.locator('#reader canvas').focus();
    await kiosk.keyboard.press('Shift');  // someone is here
    await waitForState(kiosk, (s) => s.show?.paused, { what: 'the show paused by a key' });
    await writeFile(path.join(siteDir, 'demo.css'), `${await readFile(path.join(siteDir, 'demo.css'), 'utf8')}\n/* v4 */\n`);
    const version = await stampFolder(siteDir, (await appFiles(siteDir)).filter((file) => file !== LIVE_FEED));
    await kiosk.clock.fastForward(7 * 60 * 60 * 1000);
    await pollPage(kiosk, () => window.newWorker, null, { timeout: 30_000, what: 'the new worker in control' });
    assert.ok((await kiosk.evaluate(() => caches.keys())).includes(`kiosque-app-${version}`));
    // Minutes of quiet checks, every 10 s: the person is still there.
    for (let minute = 0; minute < 3; minute += 1) {
      await kiosk.clock.fastForward(60_000);
      await sleep(300);
    }
    assert.equal(await kiosk.evaluate(() => window.sameDocument), true, 'reloaded under the person\'s hands');
    assert.equal((await kiosk.evaluate(() => window.kiosque.state())).show.paused, true);
    // The idle time passes: the show resumes, and the next quiet check reloads into the new version.
    const reloaded = kiosk.waitForEvent('load', { timeout: 60_000 });
    let done = false;
    reloaded.then(() => { done = true; }, () => {});
    await kiosk.clock.fastForward(12 * 60 * 60 * 1000).catch(() => {});
    for (let attempt = 0; attempt < 30 && !done; attempt += 1) {
      await sleep(1000);
      if (!done) await kiosk.clock.fastForward(11_000).catch(() => {});  // the page may be reloading meanwhile
    }
    await reloaded;
    await waitForReady(kiosk);
    assert.match(await kiosk.evaluate(async () => (await fetch('demo.css')).text()), /\/\* v4 \*\//);
    await kiosk.close();
  });

  it('precaches the hashed files of the dist folder from embed.html?offline', { timeout: 60_000 }, async () => {
    const distDir = `${siteDir}-dist`;
    const { manifest } = await buildDist({ site: SITE_DIR, out: distDir });
    const distServer = await startServer({ root: distDir, port: 0 });
    const distContext = await browser.newContext();
    try {
      const embed = await distContext.newPage();
      const feed = new URL(LIVE_FEED, server.url).href;
      await embed.goto(new URL(`embed.html?offline&refresh=0&feed=${encodeURIComponent(feed)}`, distServer.url).href);
      await waitForState(embed, (s) => s.ready, { timeout: 30_000, what: 'the embed' });
      const names = await pollPage(embed, async () => {
        const keys = (await caches.keys()).filter((name) => name.startsWith('kiosque-app-'));
        return keys.length === 1 && navigator.serviceWorker.controller
          && (await (await caches.open(keys[0])).keys()).map((request) => new URL(request.url).pathname.slice(1)).sort();
      }, null, { timeout: 30_000, what: 'the worker installed' });
      const hashed = Object.keys(manifest).filter((name) => name !== 'SNIPPET.html' && name !== 'sw.js').sort();
      assert.deepEqual(names, hashed);
      assert.ok(names.some((name) => /^kiosque-wasm\.[0-9a-f]{10}\.wasm$/.test(name)));
    } finally {
      await distContext.close();
      await distServer.close();
      await rm(distDir, { recursive: true, force: true });
    }
  });

  it('restarts a module that traps, from the kept feed, and gives up after too many', { timeout: 90_000 }, async () => {
    const crashing = await openDemoOnTestClock();
    await crashing.evaluate(() => {
      window.restartEvents = [];
      // What state() says as the module dies: nothing is asked of it any more.
      window.kiosque.addEventListener('kiosque-restart', (event) =>
        window.restartEvents.push({ ...event.detail, readyThen: window.kiosque.state().ready }));
      window.errorEvents = [];
      window.kiosque.addEventListener('kiosque-error', (event) => window.errorEvents.push(event.detail));
    });
    const headlines = (await crashing.evaluate(() => window.kiosque.state())).headlines.map((h) => h.id);
    await context.setOffline(true);  // so that what comes back can only be the kept feed
    const delays = [];
    for (let crash = 1; crash <= 5; crash += 1) {
      if (crash === 1) await pauseClockSoon(crashing);  // the restart waits while the box is looked at
      assert.equal(await trap(crashing), 'RuntimeError');
      const detail = await crashing.waitForFunction((n) => window.restartEvents[n - 1], crash).then((h) => h.jsonValue());
      assert.equal(detail.restarts, crash);
      delays.push(detail.delay);
      assert.equal(detail.readyThen, false, 'nothing is called in the dead module');
      if (crash === 1) {
        // Waiting for the restart, the box still shows the last frame, and says why.
        const box = decodePng(await crashing.locator('kiosque-reader').screenshot());
        const stats = pixelStats(box);
        assert.ok(stats.distinctColours > 50 && stats.luminanceStdDev > 10, `blank box while restarting: ${JSON.stringify(stats)}`);
        assert.equal((await crashing.evaluate(() => window.kiosque.state())).restarting, true);
        assert.equal(await mirrorStatus(crashing), 'Redémarrage…');
        await crashing.clock.resume();
      }
      await crashing.clock.fastForward(detail.delay);
      const state = await waitForState(crashing, (s) => s.ready && s.restarts === crash, { timeout: 30_000, what: `restart ${crash}` });
      assert.deepEqual(state.headlines.map((h) => h.id), headlines, 'the kept feed, shown again');
      // Once the new module has drawn, the old frame goes: one canvas, its own.
      await waitForState(crashing, (s) => !s.restarting, { timeout: 10_000, what: `old frame gone after restart ${crash}` });
      assert.equal(await crashing.evaluate(() => window.kiosque.shadowRoot.querySelectorAll('canvas').length), 1);
    }
    assert.deepEqual(delays, [1000, 2000, 4000, 8000, 16000]);
    assert.equal(await trap(crashing), 'RuntimeError');
    await crashing.waitForFunction(() => window.errorEvents.some((e) => /^arrêté après 6 pannes en une heure : /.test(e.message)));
    await crashing.clock.fastForward(120_000);
    const final = await crashing.evaluate(() => window.kiosque.state());
    assert.equal(final.restarts, 5);
    assert.match(final.error, /^arrêté après 6 pannes en une heure : /);
    assert.match(await mirrorStatus(crashing), /^Impossible de charger les actualités : arrêté après 6 pannes/);
    assert.equal(await crashing.evaluate(() => window.kiosque.shadowRoot.querySelectorAll('canvas').length), 1);
    await context.setOffline(false);
    await crashing.close();
  });

  it('a restarted module that never says ready is a failed restart: backed off again, and said so', { timeout: 90_000 }, async () => {
    const stalling = await openDemoOnTestClock();
    await stalling.evaluate(() => {
      window.restartEvents = [];
      window.kiosque.addEventListener('kiosque-restart', (event) => window.restartEvents.push(event.detail));
      // From now on a module never starts: its instantiation never settles.
      window.realInstantiate = WebAssembly.instantiate;
      WebAssembly.instantiate = () => new Promise(() => {});
    });
    await pauseClockSoon(stalling);
    assert.equal(await trap(stalling), 'RuntimeError');
    const restartEvents = () => stalling.evaluate(() => window.restartEvents);
    assert.equal((await restartEvents()).length, 1);
    await stalling.clock.fastForward(1000);  // the restart starts, and hangs
    await stalling.clock.fastForward(59_000);
    assert.equal((await restartEvents()).length, 1, 'given up on before its minute');
    let state = await stalling.evaluate(() => window.kiosque.state());
    assert.equal(state.restarting, true);
    assert.equal(state.restartStalled, false);
    await stalling.clock.fastForward(1500);
    const [, stalled] = await restartEvents();
    assert.ok(stalled, 'a restart silent for a minute is a failed one');
    assert.match(stalled.reason, /not ready after 60 s/);
    assert.deepEqual([stalled.restarts, stalled.delay], [2, 2000], 'backed off as after a second crash');
    state = await stalling.evaluate(() => window.kiosque.state());
    assert.equal(state.restarting, true);
    assert.equal(state.restartStalled, true);
    await stalling.waitForFunction(() => /^Redémarrage… \(le redémarrage précédent n’a pas abouti en 60 s\)$/
      .test(window.kiosque.shadowRoot.querySelector('.mirror [role="status"]').textContent));
    // Still the frame from before the crash: the silent module's canvas is gone, unseen.
    const box = pixelStats(decodePng(await stalling.locator('kiosque-reader').screenshot()));
    assert.ok(box.distinctColours > 50 && box.luminanceStdDev > 10, `blank box while restarting: ${JSON.stringify(box)}`);
    assert.equal(await stalling.evaluate(() => window.kiosque.shadowRoot.querySelectorAll('canvas').length), 2);
    // Modules start again: the next restart comes through.
    await stalling.evaluate(() => { WebAssembly.instantiate = window.realInstantiate; });
    await stalling.clock.resume();
    await stalling.clock.fastForward(2000);
    state = await waitForState(stalling, (s) => s.ready && s.restarts === 2 && !s.restarting,
      { timeout: 30_000, what: 'the third module ready' });
    assert.equal(state.restartStalled, false);
    assert.equal(await mirrorStatus(stalling), '');
    await stalling.close();
  });

  it('left no page errors on the demo page', () => {
    assert.deepEqual(problems.pageErrors, []);
  });
});
