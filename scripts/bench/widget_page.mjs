// Kiosque bench: opening the demo page in headless Chromium with the
// instrumentation the browser figures read.
//
// The instrumentation is an init script (it runs before any script of the
// page, on every navigation) that wraps window.requestAnimationFrame, the
// one way the widget draws (emscripten_request_animation_frame), and
// WebGL2's draw calls:
//   - per frame callback: its duration (performance.now() around it, 100 µs
//     resolution as the page is not cross-origin isolated; main thread: wasm,
//     its JS glue and WebGL calls; not the GPU process) and whether it drew
//     (issued a draw call);
//   - time to first headline: the end of the first frame callback that drew
//     after the widget's kiosque-ready event (the feed is in, so that frame
//     drew headlines), and the start of the next animation frame, when that
//     frame has reached the compositor. The latter is the figure: it is the
//     closest to what the static page's first-contentful-paint measures.
// Nothing here calls into the widget while it loads: state() parses JSON
// and would slow what is measured.
import { setTimeout as sleep } from 'node:timers/promises';

export const BENCH_VIEWPORT = { width: 1440, height: 900 };
export const BENCH_DEVICE_SCALE = 2;
const LOAD_TIMEOUT_MS = 90_000;

function instrumentPage() {
  const bench = {
    readyAt: null,
    error: null,
    firstHeadlineDrawnAt: null,
    firstHeadlineShownAt: null,
    callbacks: 0,
    drawCalls: 0,
    recording: false,
    frames: [], // {ms, drew} of each frame callback while recording
    loadFrames: [], // {at, ms, drew} of the first frame callbacks, until the first headline
    longTasks: [], // {at, ms} of main-thread tasks over 50 ms, until the first headline
  };
  window.__kiosqueBench = bench;
  const realRequestAnimationFrame = window.requestAnimationFrame.bind(window);
  // The widget draws only from its frame callback: a draw call during one means the frame drew.
  for (const name of ['drawElements', 'drawArrays']) {
    const original = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...args) {
      bench.drawCalls += 1;
      return original.apply(this, args);
    };
  }
  new PerformanceObserver((list) => {
    if (bench.firstHeadlineShownAt !== null) return;
    for (const task of list.getEntries()) bench.longTasks.push({ at: task.startTime, ms: task.duration });
  }).observe({ type: 'longtask' });
  document.addEventListener('kiosque-ready', () => { bench.readyAt ??= performance.now(); }, true);
  document.addEventListener('kiosque-error', (event) => { bench.error ??= String(event.detail?.message); }, true);
  window.requestAnimationFrame = (callback) =>
    realRequestAnimationFrame((time) => {
      const drawCallsBefore = bench.drawCalls;
      const start = performance.now();
      callback(time);
      const end = performance.now();
      const drew = bench.drawCalls > drawCallsBefore;
      bench.callbacks += 1;
      if (bench.recording) bench.frames.push({ ms: end - start, drew });
      if (bench.firstHeadlineShownAt === null) bench.loadFrames.push({ at: start, ms: end - start, drew });
      if (drew && bench.readyAt !== null && bench.firstHeadlineDrawnAt === null) {
        bench.firstHeadlineDrawnAt = end;
        performance.mark('kiosque-first-headline-drawn');
        realRequestAnimationFrame(() => {
          bench.firstHeadlineShownAt = performance.now();
          performance.mark('kiosque-first-headline');
        });
      }
    });
}

// A context per cold run: its own HTTP cache, so nothing is warm.
export function newBenchContext(browser) {
  return browser.newContext({ viewport: BENCH_VIEWPORT, deviceScaleFactor: BENCH_DEVICE_SCALE });
}

// Opens the widget page and waits until its first headline is on screen or
// it reported an error. Returns { page, firstHeadlineMs, error, responses,
// timeline } (timeline: see loadTimeline).
export async function openWidget(context, url, { timeout = LOAD_TIMEOUT_MS } = {}) {
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.addInitScript(instrumentPage);
  await page.goto(url, { waitUntil: 'load', timeout });
  await page.waitForFunction(
    () => {
      const bench = window.__kiosqueBench;
      return bench && (bench.firstHeadlineShownAt !== null || bench.error !== null);
    },
    null,
    { timeout, polling: 100 },
  );
  const timeline = await page.evaluate(loadTimeline);
  return { page, firstHeadlineMs: timeline.shown, error: timeline.error, responses, timeline };
}

// Where the time to first headline went, in ms from navigation start: when
// the wasm, the fonts and the feed were downloaded, when the first frame
// drew and how long it took, when the feed was ready, the frame that drew
// the headlines, when it was shown, and the longest main-thread task
// meanwhile; `marks`: the widget's own start-up marks (kiosque-<step>, the
// first of each: glue-loaded, wasm-compiled, instantiated, start,
// webgl-context, fonts-fetched, atlas-built, first-frame-start, ...).
function loadTimeline() {
  const bench = window.__kiosqueBench;
  const downloaded = (pattern) => {
    const ends = performance.getEntriesByType('resource').filter((e) => pattern.test(e.name)).map((e) => e.responseEnd);
    return ends.length ? Math.max(...ends) : null;
  };
  const firstFrame = bench.loadFrames.find((f) => f.drew);
  const headlineFrame = bench.loadFrames.find((f) => f.drew && f.at >= bench.readyAt);
  return {
    error: bench.error,
    wasm: downloaded(/\.wasm$/),
    fonts: downloaded(/\.(ttf|otf|woff2?)$/),
    feed: downloaded(/posts[^/]*\.json/),
    firstFrame: firstFrame?.at ?? null,
    firstFrameMs: firstFrame?.ms ?? null,
    ready: bench.readyAt,
    headlineFrame: headlineFrame?.at ?? null,
    headlineFrameMs: headlineFrame?.ms ?? null,
    drawn: bench.firstHeadlineDrawnAt,
    shown: bench.firstHeadlineShownAt,
    longestTaskMs: bench.longTasks.length ? Math.max(...bench.longTasks.map((t) => t.ms)) : 0,
    marks: Object.fromEntries(performance.getEntriesByType('mark').reverse()
      .filter((m) => m.name.startsWith('kiosque-') && !m.name.startsWith('kiosque-first-headline'))
      .map((m) => [m.name.slice('kiosque-'.length), m.startTime])),
  };
}

// The first contentful paint of a page without the widget (the static reference).
export async function openStaticPage(context, url, { timeout = LOAD_TIMEOUT_MS } = {}) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout });
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  return { page, fcpMs: fcp };
}

// Waits until the whole feed is read (the first headlines show before a
// large feed has finished streaming in).
export async function waitForWholeFeed(page) {
  await page.waitForFunction(() => !document.querySelector('kiosque-reader').state().loading, null,
    { timeout: LOAD_TIMEOUT_MS, polling: 100 });
}

export function readState(page) {
  return page.evaluate(() => document.querySelector('kiosque-reader').state());
}

// Wasm heap (the module's linear memory) and the page's JS heap after a
// garbage collection, in bytes.
export async function readMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasmHeap = await page.evaluate(() => document.querySelector('kiosque-reader')._module?.HEAPU8?.length ?? null);
    return { wasmHeap, jsHeap: usedSize };
  } finally {
    await cdp.detach();
  }
}

// Scrolls the view under the middle of the canvas with real wheel events
// (CDP input, as a mouse would) and records every frame callback meanwhile.
// Returns the frames that drew, and the main thread's CPU time per drawn
// frame from CDP Performance.getMetrics (ThreadTime: all the main thread's
// work, input handling and compositing included).
// With `profile`, V8's sampling profiler also runs (which slows everything:
// the timings of such a session are not figures) and cpuSplit says how the
// main thread's time per frame divides between wasm, JavaScript (the glue,
// WebGL calls, the bench's own hooks), the garbage collector and the rest.
// Stops at `frames` drawn frames or after `maxMs`, whichever comes first:
// software WebGL presents 2880×1800 frames at a few per second.
export async function scrollAndRecord(page, { frames: wanted = 60, maxMs = 10_000, notch = 120, profile = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    }
    await page.mouse.move(BENCH_VIEWPORT.width / 2, BENCH_VIEWPORT.height / 2);
    await sleep(300); // the hover frames settle before recording
    const metricsBefore = await threadTime(cdp);
    if (profile) await cdp.send('Profiler.start');
    await page.evaluate(() => {
      window.__kiosqueBench.frames = [];
      window.__kiosqueBench.recording = true;
    });
    const deadline = Date.now() + maxMs;
    let direction = 1;
    let notches = 0;
    for (;;) {
      // Counting costs a round trip into the page: once per four notches.
      const drawn = await page.evaluate(() => window.__kiosqueBench.frames.filter((f) => f.drew).length);
      if (drawn >= wanted || Date.now() > deadline) break;
      for (let i = 0; i < 4; i += 1) {
        // Down a dozen notches, then back up: the view never sits at an end,
        // where the widget (rightly) ignores the wheel.
        if (++notches % 12 === 0) direction = -direction;
        await page.mouse.wheel(0, direction * notch);
        await sleep(16);
      }
    }
    const recorded = await page.evaluate(() => {
      window.__kiosqueBench.recording = false;
      return window.__kiosqueBench.frames;
    });
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : null;
    const metricsAfter = await threadTime(cdp);
    const drawnFrames = recorded.filter((f) => f.drew);
    return {
      frameMs: drawnFrames.map((f) => f.ms),
      threadMsPerFrame: drawnFrames.length ? (metricsAfter - metricsBefore) / drawnFrames.length : null,
      cpuSplit: cpuProfile && drawnFrames.length ? splitProfile(cpuProfile, drawnFrames.length) : null,
    };
  } finally {
    await cdp.detach();
  }
}

// Sampled main-thread time per frame (ms) by what ran: wasm functions
// (their call frame URL is the .wasm), JavaScript (the glue and the browser
// functions it calls: WebGL, DOM), the garbage collector. Idle time and
// "(program)" (native work outside JS, including waiting) are left out.
// `topJs`: the JavaScript functions that cost the most, per frame.
function splitProfile({ nodes, samples, timeDeltas }, frames) {
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const split = { wasm: 0, js: 0, gc: 0 };
  const jsByName = new Map();
  // A sample stands for the time until the next one.
  for (let i = 0; i + 1 < samples.length; i += 1) {
    const { url, functionName } = nodeById.get(samples[i]).callFrame;
    const ms = timeDeltas[i + 1] / 1000 / frames;
    if (/\.wasm$|^wasm:/.test(url)) {
      split.wasm += ms;
    } else if (functionName === '(garbage collector)') {
      split.gc += ms;
    } else if (!['(idle)', '(program)', '(root)'].includes(functionName)) {
      split.js += ms;
      const name = functionName || '(anonymous)';
      jsByName.set(name, (jsByName.get(name) ?? 0) + ms);
    }
  }
  split.topJs = [...jsByName].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([name, ms]) => ({ name, ms }));
  return split;
}

async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

// Frames drawn per second over `windowMs`, after `quietMs` with no input
// and the carousel paused (issue 7: its `interval` attribute set to 0, so
// it does not turn by itself; put back afterwards). Also counts frame
// callbacks (a callback that draws nothing still wakes the page up).
export async function measureIdle(page, { quietMs = 3000, windowMs = 2000 } = {}) {
  const interval = await page.evaluate(() => {
    const element = document.querySelector('kiosque-reader');
    const previous = element.getAttribute('interval');
    element.setAttribute('interval', '0');
    return previous;
  });
  await sleep(quietMs);
  const read = () => page.evaluate(() => ({
    frames: document.querySelector('kiosque-reader').state().framesRendered,
    callbacks: window.__kiosqueBench.callbacks,
  }));
  const before = await read();
  await sleep(windowMs);
  const after = await read();
  await page.evaluate((previous) => {
    const element = document.querySelector('kiosque-reader');
    if (previous === null) element.removeAttribute('interval');
    else element.setAttribute('interval', previous);
  }, interval);
  return {
    framesPerSecond: ((after.frames - before.frames) * 1000) / windowMs,
    callbacksPerSecond: ((after.callbacks - before.callbacks) * 1000) / windowMs,
  };
}
