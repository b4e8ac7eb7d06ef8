// The accelerated soak: 72 hours of an unattended kiosk in a few minutes.
//
// kiosk.html runs its show with its default timing (20 s homes, 30 s
// stories, 3 stories a section, carousel every 7 s) and refreshes every
// 5 minutes from a local feed server whose JSON Feed changes on every
// request: new stories (new ids, new image URLs), the oldest ones removed.
// playwright's test clock (page.clock) jumps the page's time on by STEP_MS
// again and again (each jump fires the timers due: the show's next step,
// the carousel, the refresh, the clock corner), and lets a couple of frames
// draw; a refresh waits for its answer. Every simulated hour the test
// records the wasm heap (size and bytes in use), the live textures and the
// JS heap (after a garbage collection), prints them as a table, and fails
// when one grows past its cap:
//   textures          within the texture budget (48 MiB, web_images.h): bytes, and count for its image size
//   wasm bytes in use  within 15% (+1 MiB) of the level after the first hour, all along
//   wasm heap size     within 25% of the size after the first hour at the end
//   JS heap            under 64 MB, and within 50% (+4 MB) of the first hour's at the end
// SOAK_HOURS=2 node --test tests/browser/soak.test.mjs runs a shorter one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  pauseClockSoon, readSiteJson, readState, SITE_DIR, useSiteAndBrowser, waitForReady,
} from './harness.mjs';

const HOURS = Number(process.env.SOAK_HOURS ?? 72);
// Each jump of the page's clock draws a frame (software WebGL, the slow
// part): 2 minutes a jump keeps 72 hours to a few minutes, and still moves
// the show at every jump or two (its dwells are shorter) and refreshes the
// feed every third one. The box is small for the same reason, yet tall
// enough for the carousel.
const STEP_MS = 120_000;
const VIEWPORT = { width: 640, height: 560 };
const STORIES_PER_FEED = 30;
const NEW_STORIES_PER_UPDATE = 4;
const TEXTURE_BUDGET_BYTES = 48 * 1024 * 1024;  // ImageTextures::kDefaultBudgetBytes
const MiB = 1024 * 1024;

const TEMPLATES = readSiteJson('sample/jsonfeed.json');
const IMAGE = readFileSync(path.join(SITE_DIR, 'sample/images/monde-7-768x432.jpg'));
const IMAGE_SIZE = { width: 768, height: 432 };

// --- the feed server: a new version of the feed on every request ------------------

function feedVersion(version) {
  const first = version * NEW_STORIES_PER_UPDATE;
  const items = [];
  for (let n = first + STORIES_PER_FEED - 1; n >= first; n -= 1) {
    const template = TEMPLATES.items[n % TEMPLATES.items.length];
    items.push({
      ...template,
      id: `soak-${n}`,
      url: `https://www.lejournal.example/soak/${n}/`,
      title: `${template.title} (${n})`,
      image: `/img/${n}.jpg`,
      date_published: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
    });
  }
  return JSON.stringify({ ...TEMPLATES, items });
}

// /feed.json and /img/* here; everything else from the site.
function startFeedServer(siteUrl) {
  const state = { version: 0, feedRequests: 0, imageRequests: 0 };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/feed.json') {
      state.feedRequests += 1;
      state.version += 1;
      res.writeHead(200, { 'Content-Type': 'application/feed+json', 'Cache-Control': 'no-store' });
      return res.end(feedVersion(state.version));
    }
    if (url.pathname.startsWith('/img/')) {
      state.imageRequests += 1;
      res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'no-store' });
      return res.end(IMAGE);
    }
    const upstream = httpRequest(new URL(req.url, siteUrl), { headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    return upstream.end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}/`,
      state,
      close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
    }));
  });
}

// --- figures --------------------------------------------------------------------

// Read after a frame: images that arrived since the last one are trimmed to
// the budget at the end of the next frame (web_images.h), so between two
// frames the textures may exceed it by the loads in flight.
async function figures(page, cdp, hour) {
  await page.clock.runFor(34);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { memory } = await readState(page);
  return { hour, ...memory, jsHeap: usedSize };
}

function printTable(rows, totals) {
  const mib = (bytes) => (bytes / MiB).toFixed(2);
  const lines = ['hour  wasm heap MiB  wasm in use MiB  textures  texture MiB  JS heap MiB'];
  for (const r of rows) {
    lines.push(`${String(r.hour).padStart(4)}  ${mib(r.wasmHeap).padStart(13)}  ${mib(r.wasmHeapUsed).padStart(15)}  ` +
      `${String(r.textures).padStart(8)}  ${mib(r.textureBytes).padStart(11)}  ${mib(r.jsHeap).padStart(11)}`);
  }
  lines.push(`${totals.hours} h simulated in ${totals.seconds} s: ${totals.showMoves} show moves ` +
    `(homes and stories), ${totals.feedUpdates} feed updates, ${totals.imageRequests} images fetched`);
  console.log(lines.join('\n'));
}

describe('72-hour soak', () => {
  let site;
  let feedServer;
  let browser;
  useSiteAndBrowser((started) => ({ server: site, browser } = started));

  before(async () => {
    feedServer = await startFeedServer(site.url);
  });

  after(async () => {
    await feedServer?.close();
  });

  it(`runs ${HOURS} hours of show and refreshes with flat memory`, async () => {
    const started = Date.now();
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.stack || String(error)));
    const cdp = await context.newCDPSession(page);
    // Counted by the page as they happen (cheaper than reading state() at
    // every jump): the show's moves, and the feed fetches not yet answered in
    // full (a jump of the clock past the fetch's timeout would abort one).
    await page.addInitScript(() => {
      window.__showMoves = 0;
      document.addEventListener('kiosque-navigate', () => { window.__showMoves += 1; });
      window.__feedFetches = 0;
      const realFetch = window.fetch;
      window.fetch = function (input, init) {
        const answer = realFetch.call(this, input, init);
        if (!String(input).includes('/feed.json')) return answer;
        window.__feedFetches += 1;
        const settled = () => { window.__feedFetches -= 1; };
        answer.then((response) => response.clone().arrayBuffer().then(settled, settled), settled);
        return answer;
      };
    });
    await page.clock.install({ time: new Date('2026-11-25T06:00:00Z') });
    await page.goto(new URL('kiosk.html?feed=/feed.json&refresh=300', feedServer.url).href);
    const ready = await waitForReady(page);
    assert.equal(ready.error, null);
    await pauseClockSoon(page);

    const rows = [await figures(page, cdp, 0)];
    const startVersion = feedServer.state.version;
    const steps = Math.round((HOURS * 3600_000) / STEP_MS);
    for (let step = 1; step <= steps; step += 1) {
      // Fires what is due: the frame asked for last time (drawn at the new
      // time, so the show moves on), the show's and the carousel's wakes
      // (their frame comes with the next jump), the refresh, the clock.
      await page.clock.fastForward(STEP_MS);
      if (await page.evaluate(() => window.__feedFetches > 0)) {
        // A refresh went out: its answer arrives in real time; then draw it.
        let state = await readState(page);
        for (let wait = 0; state.loading && wait < 300; wait += 1) {
          await sleep(10);
          await page.clock.runFor(17);
          state = await readState(page);
        }
        assert.ok(state.ready && !state.error && !state.loading, `step ${step}: ${JSON.stringify(state.error)}`);
      }
      const hour = (step * STEP_MS) / 3600_000;
      if (Number.isInteger(hour)) rows.push(await figures(page, cdp, hour));
    }
    const showMoves = await page.evaluate(() => window.__showMoves);
    const totals = {
      hours: HOURS, seconds: Math.round((Date.now() - started) / 1000), showMoves,
      feedUpdates: feedServer.state.version - startVersion, imageRequests: feedServer.state.imageRequests,
    };
    printTable(rows, totals);
    await context.close();

    assert.deepEqual(pageErrors, []);
    assert.ok(totals.feedUpdates >= HOURS * 10, `only ${totals.feedUpdates} feed updates`);
    assert.ok(showMoves >= HOURS * 25, `only ${showMoves} show moves`);
    const textureCap = Math.floor(TEXTURE_BUDGET_BYTES / (IMAGE_SIZE.width * IMAGE_SIZE.height * 4 * (4 / 3)));
    const firstHour = rows[1];
    const last = rows[rows.length - 1];
    for (const row of rows) {
      assert.ok(row.textureBytes <= TEXTURE_BUDGET_BYTES, `hour ${row.hour}: ${row.textureBytes} texture bytes`);
      assert.ok(row.textures <= textureCap, `hour ${row.hour}: ${row.textures} textures, cap ${textureCap}`);
      assert.ok(row.jsHeap <= 64 * 1e6, `hour ${row.hour}: JS heap ${row.jsHeap}`);
      if (row.hour >= 1) {
        assert.ok(row.wasmHeapUsed <= firstHour.wasmHeapUsed * 1.15 + MiB,
          `hour ${row.hour}: wasm bytes in use ${row.wasmHeapUsed}, after the first hour ${firstHour.wasmHeapUsed}`);
      }
    }
    assert.ok(last.wasmHeap <= firstHour.wasmHeap * 1.25, `wasm heap ${firstHour.wasmHeap} -> ${last.wasmHeap}`);
    assert.ok(last.jsHeap <= firstHour.jsHeap * 1.5 + 4e6, `JS heap ${firstHour.jsHeap} -> ${last.jsHeap}`);
  });
});
