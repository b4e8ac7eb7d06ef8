// The kiosk page (web/kiosk.html) on the bundled feed, in headless chromium
// with playwright's test clock (page.clock: Date, performance.now, timers and
// requestAnimationFrame are the test's): the show's order and timing, input
// pausing it and the idle time resuming it, the cursor hidden when idle, the
// clock corner turning with the minute, and no frames drawn between wakes.
// Run: node --test tests/browser/kiosk.test.mjs
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  collectProblems, decodePng, pauseClockSoon, pixelDifference, readState, useSiteAndBrowser, waitForReady,
} from './harness.mjs';

const VIEWPORT = { width: 1024, height: 768 };
// 14:05:30 local in the page (headless chromium runs in the machine's zone).
const START = new Date('2026-11-25T14:05:30Z');

// Opens kiosk.html with the test clock installed first; the clock runs until
// the widget is ready, then stands still: time moves only by advance().
async function openKiosk(browser, baseUrl, query) {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = collectProblems(page);
  await page.clock.install({ time: START });
  await page.goto(new URL(`kiosk.html?refresh=0&${query}`, baseUrl).href, { waitUntil: 'load' });
  const state = await waitForReady(page);
  assert.ok(state.ready, `kiosk not ready: ${JSON.stringify(state.error)}`);
  await pauseClockSoon(page);
  await page.clock.runFor(100);
  return { context, page, problems };
}

// Moves the page's clock on by `ms` (timers due fire once), then lets a few
// animation frames draw what changed.
async function advance(page, ms) {
  await page.clock.fastForward(ms);
  await page.clock.runFor(100);
}

const pageTime = (page) => page.evaluate(() => performance.now());
const showOf = async (page) => (await readState(page)).show;
const canvasCursor = (page) =>
  page.evaluate(() => document.getElementById('reader').shadowRoot.querySelector('canvas').style.cursor);

// A point of the canvas over no control: clicking it does nothing but say "someone is here".
async function quietPoint(page) {
  const { controls } = await readState(page);
  for (let y = VIEWPORT.height - 20; y > 60; y -= 16) {
    for (let x = 20; x < VIEWPORT.width - 20; x += 16) {
      const near = controls.some((c) => x > c.x - 8 && x < c.x + c.width + 8 && y > c.y - 8 && y < c.y + c.height + 8);
      if (!near) return { x, y };
    }
  }
  throw new Error('no point of the canvas is free of controls');
}

async function cornerImage(page) {
  const box = await page.locator('#reader canvas').boundingBox();
  const clip = { x: box.x + box.width - 320, y: box.y + box.height - 130, width: 320, height: 130 };
  return decodePng(await page.screenshot({ clip }));
}

// One site and one browser for both suites below; each test has its own context.
let server;
let browser;
useSiteAndBrowser((started) => ({ server, browser } = started));

describe('kiosk show', () => {
  it('shows each section\'s home, then its top stories, then the next section, on its dwell times', async () => {
    const { context, page, problems } = await openKiosk(browser, server.url,
      'show-carousel-seconds=10&show-article-seconds=20&show-stories=2&interval=0');
    try {
      const first = await readState(page);
      assert.deepEqual(first.show, { phase: 'carousel', section: 'a-la-une', article: null, paused: false });
      const sectionOrder = first.sections.map((section) => section.slug);
      // Walk the clock two seconds at a time over two sections and the third's home; note each move.
      const moves = [{ at: await pageTime(page), ...first.show, headlines: first.headlines.map((h) => h.id) }];
      for (let second = 0; second < 104; second += 2) {
        await advance(page, 1900);  // + 100 ms of frames
        const state = await readState(page);
        const last = moves[moves.length - 1];
        if (state.show.phase !== last.phase || state.show.section !== last.section || state.show.article !== last.article) {
          moves.push({ at: await pageTime(page), ...state.show, headlines: state.headlines.map((h) => h.id), view: state.view });
        }
      }
      const walk = moves.map((m) => `${m.phase}:${m.section}${m.article ? '/' + m.article : ''}`);
      const expected = [];
      for (const section of sectionOrder.slice(0, 2)) {
        const home = moves.find((m) => m.phase === 'carousel' && m.section === section);
        assert.ok(home, `the show never reached ${section}: ${walk.join(' ')}`);
        expected.push(`carousel:${section}`, ...home.headlines.slice(0, 2).map((id) => `article:${section}/${id}`));
      }
      expected.push(`carousel:${sectionOrder[2]}`);
      assert.deepEqual(walk.slice(0, expected.length), expected);
      // Dwells: 10 s on a home, 20 s on a story (to the two seconds the clock
      // walks by), from the first move on: the show started before the clock stood still.
      for (let i = 2; i < expected.length; i += 1) {
        const dwell = moves[i].at - moves[i - 1].at;
        const wanted = moves[i - 1].phase === 'carousel' ? 10_000 : 20_000;
        assert.ok(Math.abs(dwell - wanted) <= 2100, `${walk[i - 1]} lasted ${dwell} ms, not ${wanted}`);
      }
      // The reader really shows it: an article view with the show's story.
      for (const move of moves.slice(1, expected.length)) {
        assert.equal(move.view, move.phase === 'article' ? 'article' : 'home');
      }
      assert.deepEqual([...problems.pageErrors, ...problems.consoleErrors], []);
    } finally {
      await context.close();
    }
  });

  it('a click, a key or a touch pauses the show where it is; after the idle time it resumes from the section\'s home', async () => {
    const { context, page } = await openKiosk(browser, server.url,
      'show-carousel-seconds=5&show-article-seconds=8&show-stories=1&idle-seconds=30&interval=0');
    try {
      const canvas = page.locator('#reader canvas');
      const interactions = {
        click: async () => { const p = await quietPoint(page); await page.mouse.click(p.x, p.y); },
        key: async () => { await canvas.focus(); await page.keyboard.press('Shift'); },
        touch: async () => { const p = await quietPoint(page); await page.touchscreen.tap(p.x, p.y); },
      };
      for (const [name, interact] of Object.entries(interactions)) {
        const before = await showOf(page);
        assert.equal(before.paused, false, `${name}: the show should be running`);
        await interact();
        await page.clock.runFor(100);
        const paused = await readState(page);
        assert.equal(paused.show.paused, true, `${name} did not pause the show`);
        assert.equal(paused.show.section, before.section, `${name}: the show moved on a pause`);
        // Long past every dwell, nothing moves while the person may still be there.
        await advance(page, 25_000);
        const still = await readState(page);
        assert.equal(still.show.paused, true, `${name}: resumed before the idle time`);
        assert.equal(still.route, paused.route);
        await advance(page, 6_000);
        const resumed = await readState(page);
        assert.equal(resumed.show.paused, false, `${name}: not resumed after the idle time`);
        assert.equal(resumed.show.phase, 'carousel');
        assert.equal(resumed.show.section, paused.section, `${name}: resumed elsewhere than the section left on`);
        assert.equal(resumed.view, 'home');
        await advance(page, 6_000);  // on to a story, for the next interaction
        assert.equal((await showOf(page)).phase, 'article', `${name}: the show did not go on after resuming`);
      }
    } finally {
      await context.close();
    }
  });

  it('hides the cursor when the pointer rests, shows it again on a move', async () => {
    const { context, page } = await openKiosk(browser, server.url, 'show-carousel-seconds=600&interval=0');
    try {
      await advance(page, 3500);
      assert.equal(await canvasCursor(page), 'none');
      await page.mouse.move(500, 400);
      await page.mouse.move(510, 405);
      await page.clock.runFor(100);
      assert.notEqual(await canvasCursor(page), 'none');
      assert.equal((await showOf(page)).paused, false, 'a pointer that only moves must not pause the show');
      await advance(page, 3500);
      assert.equal(await canvasCursor(page), 'none');
    } finally {
      await context.close();
    }
  });

  it('draws the clock corner, redrawn when the minute turns and otherwise idle: no frames between wakes', async () => {
    const { context, page } = await openKiosk(browser, server.url, 'show-carousel-seconds=600&interval=0');
    try {
      // Settle on a whole second, a few seconds before a minute turns.
      const now = await page.evaluate(() => Date.now());
      const toTurn = 60_000 - (now % 60_000);
      await advance(page, (toTurn < 8000 ? toTurn + 60_000 : toTurn) - 6000);
      await advance(page, 3500);  // the cursor has hidden: nothing left to change
      const beforeTurn = await cornerImage(page);
      const framesBefore = (await readState(page)).framesRendered;
      // A second of the page's time, walked in small steps: no frame.
      for (let i = 0; i < 5; i += 1) await advance(page, 100);
      assert.equal((await readState(page)).framesRendered, framesBefore, 'frames drawn while nothing changed');
      const stillImage = await cornerImage(page);
      assert.equal(pixelDifference(beforeTurn, stillImage), 0);
      await advance(page, 2000);  // past the minute
      const framesAfter = (await readState(page)).framesRendered;
      assert.ok(framesAfter > framesBefore, 'the minute turned without a frame');
      assert.ok(framesAfter - framesBefore <= 4, `${framesAfter - framesBefore} frames for one minute's turn`);
      const afterTurn = await cornerImage(page);
      const changed = pixelDifference(beforeTurn, afterTurn);
      assert.ok(changed > 0.002, `the corner did not change when the minute turned (${changed})`);
    } finally {
      await context.close();
    }
  });

  it('draws no frames while an opened story stands at its top or end, and a slow scroll only as it moves', async (t) => {
    // 600 s on the story: 3 s still at the top, 594 s of slow scroll, 3 s still at the end.
    const { context, page } = await openKiosk(browser, server.url,
      'show-carousel-seconds=5&show-article-seconds=600&show-stories=1&interval=0');
    const framesOver = async (walk) => {
      const before = (await readState(page)).framesRendered;
      const from = await pageTime(page);
      await walk();
      const frames = (await readState(page)).framesRendered - before;
      return { frames, perSecond: Math.round((frames * 10_000) / ((await pageTime(page)) - from)) / 10 };
    };
    // Each advance() lets 100 ms of animation frames run: a widget that draws
    // while nothing moves draws 6 of them each time.
    const walkStill = async () => { for (let i = 0; i < 4; i += 1) await advance(page, 150); };
    try {
      // The story opens within the last step: at most 0.5 s before this point.
      for (let i = 0; i < 30 && (await showOf(page)).phase !== 'article'; i += 1) await advance(page, 400);
      assert.equal((await showOf(page)).phase, 'article');
      await page.waitForTimeout(300);  // the story's image and faces arrive (real network time): their frames
      await page.clock.runFor(100);
      const atTop = await framesOver(walkStill);  // 1 s more, still under 3 s in
      assert.ok(atTop.frames <= 1, `${atTop.frames} frames while the story stood at its top`);
      await advance(page, 3000);  // scrolling now
      const scrolling = await framesOver(() => page.clock.runFor(1000));
      // A few device pixels a second: a frame per pixel moved, not one per display refresh (60).
      assert.ok(scrolling.frames >= 1 && scrolling.frames <= 30, `${scrolling.frames} frames in a second of slow scroll`);
      await advance(page, 592_200);  // 597.5-598 s in: past the scroll's end (597 s), before the phase's
      assert.equal((await showOf(page)).phase, 'article');
      const atEnd = await framesOver(walkStill);
      assert.ok(atEnd.frames <= 1, `${atEnd.frames} frames while the story stood at its end`);
      t.diagnostic(`frames/s: held at the top ${atTop.perSecond}, slow scroll ${scrolling.perSecond}, held at the end ${atEnd.perSecond}`);
    } finally {
      await context.close();
    }
  });
});

// Not only the kiosk: the offline banner of any reader says how old its
// content is ("Hors ligne · mis à jour il y a 2 minutes"), and must stay
// true while nothing else moves.
describe('offline banner', () => {
  it('is redrawn when the content\'s age turns a minute, and only then', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    try {
      await page.clock.install({ time: START });
      await page.goto(new URL('?refresh=0&interval=0', server.url).href, { waitUntil: 'load' });  // nothing turns by itself
      assert.ok((await waitForReady(page)).ready);
      await pauseClockSoon(page);
      await page.clock.runFor(100);
      // The network goes (the browser says so): a refresh finds none, the banner says so.
      await context.setOffline(true);
      await page.evaluate(() => window.kiosque.refresh());
      let state = await readState(page);
      for (let i = 0; i < 200 && !state.offline; i += 1) {
        await page.clock.runFor(17);
        state = await readState(page);
      }
      assert.equal(state.offline, true);
      // To a second and a half before the age's next minute.
      const age = (await page.evaluate(() => Date.now())) - Date.parse(state.updatedAt);
      await advance(page, 60_000 - (age % 60_000) + 60_000 - 1500);
      const box = await page.locator('#reader canvas').boundingBox();
      const banner = async () => decodePng(await page.screenshot({
        clip: { x: box.x, y: box.y + 40, width: box.width, height: 60 },
      }));
      const before = await banner();
      const framesBefore = (await readState(page)).framesRendered;
      await advance(page, 900);
      assert.equal((await readState(page)).framesRendered, framesBefore, 'frames drawn while nothing changed');
      await advance(page, 1000);
      const framesAfter = (await readState(page)).framesRendered;
      assert.ok(framesAfter > framesBefore && framesAfter - framesBefore <= 4,
        `${framesAfter - framesBefore} frames when the age turned`);
      assert.ok(pixelDifference(before, await banner()) > 0.001, 'the banner still says the old age');
    } finally {
      await context.close();
    }
  });
});
