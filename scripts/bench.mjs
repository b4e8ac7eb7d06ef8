// Kiosque bench: every performance figure of the widget in one run, on this
// machine, as one table (stdout) and build/bench.json (a list of rows
// {figure, value, unit, target, pass, ...}; see scripts/bench/table.mjs).
//
//   make bench            builds what this needs (scripts/bench.mk), then runs it
//   node scripts/bench.mjs  runs it on what is already built:
//     build/site                       the widget site (make site)
//     build/web/kiosque-bench-wasm.*   ingestion in wasm (cmake --build build/web -t kiosque-bench-wasm)
//     build/native/kiosque_bench       ingestion natively (cmake --build build/native -t kiosque_bench)
//     build/bench/feeds/posts-N.json   N = 50, 500, 1000, 5000 (scripts/make_big_feed.py)
//   Environment: BENCH_RUNS (default 5, the minimum for a median with min and
//   max), KIOSQUE_SITE, KIOSQUE_WEB_BUILD, KIOSQUE_NATIVE_BUILD to point
//   elsewhere; BENCH_SKIP_WASM_SIZES=1 skips the by-function breakdown (a relink).
//
// What runs, in order (headless Debian chromium, 1440×900 at DPR 2, software
// WebGL; every page served by scripts/serve.mjs from build/bench/www):
//   1. machine-speed reference in the browser (JSON.parse of the sample feed)
//   2. cold loads, alternating the static reference page (FCP) and the widget
//      (time to first headline; then idle frames, memory, frame cost scrolling
//      the home view and an article), one fresh browser context per load
//   3. warm loads of both (service worker if the site has one, else HTTP cache)
//   4. scale: the widget on 50, 500 and 5 000 generated posts
//   5. feed ingestion: native, wasm in the page, and the JavaScript equivalent
//   6. the reference again, then the wasm size by function (a relink with names)
// Then the figures are compared with the targets of issue #7.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser } from '../tests/browser/harness.mjs';
import { INGEST_PAGE_HTML, runBrowserIngest, runBrowserReference, runNativeIngest } from './bench/ingest.mjs';
import { mean, percentile, summarize } from './bench/stats.mjs';
import { formatTable, row, toJson } from './bench/table.mjs';
import { formatTransfer, measureTransfer, totals, WIDGET_KINDS } from './bench/transfer.mjs';
import { breakdown, formatBreakdown, readWasmSizes, relinkWithNames } from './bench/wasm_size.mjs';
import {
  measureIdle, newBenchContext, openStaticPage, openWidget, readMemory, readState, scrollAndRecord, waitForWholeFeed,
} from './bench/widget_page.mjs';
import { startServer } from './serve.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromRepo = (p) => path.resolve(REPO, p);
const SITE_DIR = fromRepo(process.env.KIOSQUE_SITE ?? 'build/site');
const WEB_BUILD = fromRepo(process.env.KIOSQUE_WEB_BUILD ?? 'build/web');
const NATIVE_BENCH = path.join(fromRepo(process.env.KIOSQUE_NATIVE_BUILD ?? 'build/native'), 'kiosque_bench');
const BENCH_DIR = fromRepo('build/bench');
const FEEDS_DIR = path.join(BENCH_DIR, 'feeds');
const WWW = path.join(BENCH_DIR, 'www');
const RESULT_FILE = fromRepo('build/bench.json');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const PY = '/usr/bin/python3';

const SCALE_POSTS = [50, 500, 5000];
// A scroll session (one per view and run) records this many drawn frames,
// or fewer when it reaches its time limit first.
const FRAMES_PER_SESSION = { frames: 60, maxMs: 10_000 };
const SCALE_FRAMES_PER_SESSION = { frames: 40, maxMs: 6_000 };
const PROFILED_SESSION = { frames: 30, maxMs: 8_000, profile: true }; // once per view, to split a frame's CPU time
const INGEST_POSTS = [1000, 5000];
const SAMPLE_CATEGORIES = 'assets/sample/categories.json';

// Targets of issue #7.
const TARGET = {
  transferGzipKb: 300,
  coldVsStatic: 1.5,
  warmVsStatic: 1.0,
  frameP95Ms: 2,
  idleFps: 0,
  wasmOverJs: 1.0,
  sampleWasmHeapMiB: 24,
  bigWasmHeapMiB: 64,
  scaleGrowth: 1.25, // "grows no faster than the visible content": within noise of the 50-post figure
};
const MiB = 1024 * 1024;

function loadAverage() {
  return os.loadavg().map((l) => l.toFixed(1)).join(' ');
}

const STARTED = Date.now();

function log(message) {
  process.stderr.write(`bench: ${((Date.now() - STARTED) / 1000).toFixed(0).padStart(4)} s  ${message}\n`);
}

// --- the served folder ---------------------------------------------------------

function requireFile(file, hint) {
  if (!existsSync(file)) throw new Error(`${path.relative(REPO, file)} is missing: ${hint}`);
}

function prepareWww() {
  requireFile(path.join(SITE_DIR, 'kiosque-wasm.wasm'), 'run make site');
  requireFile(path.join(WEB_BUILD, 'kiosque-bench-wasm.wasm'), 'run cmake --build build/web -t kiosque-bench-wasm');
  requireFile(NATIVE_BENCH, 'run cmake --build build/native -t kiosque_bench');
  for (const n of [...SCALE_POSTS, ...INGEST_POSTS]) {
    requireFile(path.join(FEEDS_DIR, `posts-${n}.json`), `run ${PY} scripts/make_big_feed.py ${n}`);
  }
  rmSync(WWW, { recursive: true, force: true });
  cpSync(SITE_DIR, path.join(WWW, 'site'), { recursive: true });
  execFileSync(PY, ['scripts/make_static_page.py', path.join(SITE_DIR, 'sample/posts.json'),
    path.join(SITE_DIR, 'sample/categories.json'), path.join(SITE_DIR, 'fonts'), path.join(WWW, 'static')],
  { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  // Hard links: the big feeds are served without copying 80 MB each run.
  mkdirSync(path.join(WWW, 'feeds'));
  for (const n of new Set([...SCALE_POSTS, ...INGEST_POSTS])) {
    linkSync(path.join(FEEDS_DIR, `posts-${n}.json`), path.join(WWW, 'feeds', `posts-${n}.json`));
  }
  mkdirSync(path.join(WWW, 'ingest'));
  for (const file of ['kiosque-bench-wasm.js', 'kiosque-bench-wasm.wasm']) {
    cpSync(path.join(WEB_BUILD, file), path.join(WWW, 'ingest', file));
  }
  writeFileSync(path.join(WWW, 'ingest', 'index.html'), INGEST_PAGE_HTML);
}

// --- browser measurements --------------------------------------------------------

// The longest article of the sample: the article view's worst case.
function longestSampleArticleId() {
  const posts = JSON.parse(readFileSync(path.join(SITE_DIR, 'sample/posts.json'), 'utf8'));
  return String(posts.reduce((a, b) => (b.content.rendered.length > a.content.rendered.length ? b : a)).id);
}

function frameSummary(recordings) {
  return {
    mean: summarize(recordings.map((r) => mean(r.frameMs))),
    p95: summarize(recordings.map((r) => percentile(r.frameMs, 95))),
    thread: summarize(recordings.map((r) => r.threadMsPerFrame)),
    frames: recordings.reduce((n, r) => n + r.frameMs.length, 0),
  };
}

async function coldLoads(browser, urls) {
  const result = {
    staticFcp: [], firstHeadline: [], timelines: [], idle: [], memory: [], home: [], article: [], files: [], profiles: {},
  };
  const articleId = longestSampleArticleId();
  for (let run = 0; run < RUNS; run += 1) {
    log(`cold load ${run + 1}/${RUNS}`);
    const staticContext = await newBenchContext(browser);
    result.staticFcp.push((await openStaticPage(staticContext, urls.static)).fcpMs);
    await staticContext.close();

    const context = await newBenchContext(browser);
    const widget = await openWidget(context, urls.widget);
    if (widget.error) throw new Error(`the widget failed on the sample feed: ${widget.error}`);
    result.firstHeadline.push(widget.firstHeadlineMs);
    result.timelines.push(widget.timeline);
    if (!(await readState(widget.page)).headlines.length) throw new Error('the widget is ready but shows no headline');
    if (run === 0) result.files = widget.responses.filter((r) => r.status() === 200).map((r) => new URL(r.url()).pathname);
    result.idle.push(await measureIdle(widget.page));
    result.memory.push(await readMemory(widget.page));
    result.home.push(await scrollAndRecord(widget.page, FRAMES_PER_SESSION));
    if (!(await widget.page.evaluate((id) => document.querySelector('kiosque-reader').openArticle(id), articleId))) {
      throw new Error(`openArticle(${articleId}) refused`);
    }
    result.article.push(await scrollAndRecord(widget.page, FRAMES_PER_SESSION));
    if (run === 0) {
      // What the first article added (its text's font faces, its pictures).
      result.articleFiles = widget.responses.filter((r) => r.status() === 200)
        .map((r) => new URL(r.url()).pathname).filter((file) => !result.files.includes(file));
      // Where a frame's time goes, once: profiling slows what it watches.
      result.profiles.article = (await scrollAndRecord(widget.page, PROFILED_SESSION)).cpuSplit;
      await widget.page.evaluate(() => document.querySelector('kiosque-reader').back());
      result.profiles.home = (await scrollAndRecord(widget.page, PROFILED_SESSION)).cpuSplit;
    }
    await context.close();
  }
  return result;
}

// One context per page kind: a first load fills its caches (and installs a
// service worker if the site registers one), then RUNS loads are measured.
async function warmLoads(browser, urls) {
  const context = await newBenchContext(browser);
  const priming = await openWidget(context, urls.widget);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // V8 caches compiled wasm after it tiers up
  const serviceWorkers = await priming.page.evaluate(async () =>
    navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0);
  if (serviceWorkers) await priming.page.evaluate(() => navigator.serviceWorker.ready);
  await priming.page.close();
  const firstHeadline = [];
  for (let run = 0; run < RUNS; run += 1) {
    log(`warm load ${run + 1}/${RUNS}`);
    const widget = await openWidget(context, urls.widget);
    const controlled = await widget.page.evaluate(() => Boolean(navigator.serviceWorker?.controller));
    firstHeadline.push({ ms: widget.firstHeadlineMs, controlled });
    await widget.page.close();
  }
  await context.close();

  const staticContext = await newBenchContext(browser);
  await (await openStaticPage(staticContext, urls.static)).page.close();
  const staticFcp = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await openStaticPage(staticContext, urls.static);
    staticFcp.push(page.fcpMs);
    await page.page.close();
  }
  await staticContext.close();
  return { firstHeadline, staticFcp, serviceWorkers };
}

async function scaleLoads(browser, urls) {
  const result = {};
  for (const posts of SCALE_POSTS) {
    const entry = { firstHeadline: [], home: [], memory: [], errors: [] };
    for (let run = 0; run < RUNS; run += 1) {
      log(`scale ${posts} posts ${run + 1}/${RUNS}`);
      const context = await newBenchContext(browser);
      const widget = await openWidget(context, urls.feed(posts));
      if (widget.error) {
        entry.errors.push(widget.error);
      } else {
        entry.firstHeadline.push(widget.firstHeadlineMs);
        // Frames and memory of the whole feed, not of its first screenful.
        await waitForWholeFeed(widget.page);
        entry.headlines = (await readState(widget.page)).headlines.length;
        entry.home.push(await scrollAndRecord(widget.page, SCALE_FRAMES_PER_SESSION));
      }
      entry.memory.push(await readMemory(widget.page));
      await context.close();
      // A refusal is the feed's size against the widget's limit: the same every time.
      if (entry.errors.length) break;
    }
    result[posts] = entry;
  }
  return result;
}

async function ingestion(browser, base) {
  log('ingestion: native');
  const feedFiles = INGEST_POSTS.map((n) => path.join(FEEDS_DIR, `posts-${n}.json`));
  const native = runNativeIngest(NATIVE_BENCH, feedFiles, fromRepo(SAMPLE_CATEGORIES), RUNS);
  log('ingestion: wasm and JavaScript in chromium');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}ingest/`);
  const browserResults = await runBrowserIngest(page, {
    feedUrls: INGEST_POSTS.map((n) => `${base}feeds/posts-${n}.json`),
    categoriesUrl: `${base}site/sample/categories.json`,
    runs: RUNS,
  });
  await context.close();
  return { native, browser: browserResults };
}

async function browserReference(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}ingest/`);
  const reference = await runBrowserReference(page, { url: `${base}site/sample/posts.json`, runs: RUNS });
  await context.close();
  return reference;
}

// --- rows ----------------------------------------------------------------------

function buildRows(m) {
  const rows = [];
  const refMs = summarize([...m.referenceBefore.ms, ...m.referenceAfter.ms]).value;
  const refMBps = m.referenceBefore.bytes / 1e6 / (refMs / 1000);
  const msRatio = (summary) => (summary.value === null ? null : summary.value / refMs);
  const refNote = `× ref: over ${m.referenceBefore.what} in the same chromium (median ${refMs.toFixed(1)} ms, ` +
    `${refMBps.toFixed(0)} MB/s; before the browser runs ${summarize(m.referenceBefore.ms).value.toFixed(1)} ms, ` +
    `after ${summarize(m.referenceAfter.ms).value.toFixed(1)} ms)`;

  // Transfer size.
  const widgetFiles = totals(m.transfer, WIDGET_KINDS);
  const otherFiles = totals(m.transfer, new Set(['page', 'feed', 'image']));
  rows.push(row('transfer size, gzip -9 (loader, glue, wasm, fonts)', widgetFiles.gzip / 1000, 'kB', {
    target: `≤ ${TARGET.transferGzipKb} kB`, pass: widgetFiles.gzip / 1000 <= TARGET.transferGzipKb,
    note: `${widgetFiles.files} files a cold load of the demo fetched, ${(widgetFiles.bytes / 1000).toFixed(1)} kB raw; per file below the table`,
  }));
  rows.push(row('transfer size, brotli 11 (same files)', widgetFiles.brotli / 1000, 'kB'));
  const articleFiles = totals(m.articleTransfer, WIDGET_KINDS);
  rows.push(row('transfer size, gzip -9, widget files fetched when the first article opens', articleFiles.gzip / 1000, 'kB', {
    note: `${articleFiles.files} files (${m.articleTransfer.filter((f) => WIDGET_KINDS.has(f.kind)).map((f) => path.posix.basename(f.path)).join(', ')}): ` +
      `the faces of article text; first visit and first article together ${((widgetFiles.gzip + articleFiles.gzip) / 1000).toFixed(1)} kB`,
  }));
  rows.push(row('transfer size, gzip -9, demo page, sample feed, images', otherFiles.gzip / 1000, 'kB', {
    note: 'the page around the widget and the bundled content: not in the target',
  }));

  // Start-up.
  const staticCold = summarize(m.cold.staticFcp);
  const firstHeadline = summarize(m.cold.firstHeadline);
  rows.push(row('static page, first contentful paint, cold', staticCold, 'ms', { ratio: msRatio(staticCold), note: refNote }));
  rows.push(row('time to first headline, cold', firstHeadline, 'ms', {
    target: `≤ ${TARGET.coldVsStatic} × static FCP = ${(TARGET.coldVsStatic * staticCold.value).toFixed(0)} ms`,
    pass: firstHeadline.value <= TARGET.coldVsStatic * staticCold.value,
    ratio: msRatio(firstHeadline),
    note: 'navigation start to the animation frame after the first frame that drew after kiosque-ready ' +
      '(when that frame has reached the compositor; where the time goes: below the table); fresh browser context ' +
      `per run; ${(firstHeadline.value / staticCold.value).toFixed(2)} × the static page`,
  }));
  const staticWarm = summarize(m.warm.staticFcp);
  const warm = summarize(m.warm.firstHeadline.map((w) => w.ms));
  const controlled = m.warm.firstHeadline.filter((w) => w.controlled).length;
  rows.push(row('static page, first contentful paint, warm', staticWarm, 'ms', { ratio: msRatio(staticWarm) }));
  rows.push(row('warm start, time to first headline', warm, 'ms', {
    target: `≤ ${TARGET.warmVsStatic} × warm static FCP = ${(TARGET.warmVsStatic * staticWarm.value).toFixed(0)} ms`,
    pass: warm.value <= TARGET.warmVsStatic * staticWarm.value,
    ratio: msRatio(warm),
    note: (m.warm.serviceWorkers
      ? `service worker registered; ${controlled}/${RUNS} measured loads were controlled by it`
      : 'no service worker registered by build/site yet: warm HTTP cache only (scripts/serve.mjs sends no-cache + ETag, ' +
        'so every file is revalidated with a 304) plus V8\'s wasm code cache') +
      `; ${(warm.value / staticWarm.value).toFixed(2)} × the static page loaded warm the same way`,
  }));

  // Frame cost and idle.
  const frameNote = 'per drawn frame: performance.now() around the widget\'s requestAnimationFrame callback ' +
    '(wasm draw_frame + its JS glue + WebGL command encoding, main thread; not SwiftShader\'s rasterising in the GPU ' +
    'process); wheel events through CDP every ~16 ms; per run mean and p95, median over runs';
  for (const [view, recordings] of [['home', m.cold.home], ['article', m.cold.article]]) {
    const frames = frameSummary(recordings);
    rows.push(row(`frame cost, ${view} view scrolling, mean`, frames.mean, 'ms', {
      ratio: msRatio(frames.mean), note: view === 'home' ? frameNote : '',
    }));
    rows.push(row(`frame cost, ${view} view scrolling, p95`, frames.p95, 'ms', {
      target: `≤ ${TARGET.frameP95Ms} ms`, pass: frames.p95.value <= TARGET.frameP95Ms, ratio: msRatio(frames.p95),
      note: `${frames.frames} frames over ${RUNS} runs`,
    }));
    rows.push(row(`main-thread CPU per frame, ${view} view scrolling`, frames.thread, 'ms', {
      ratio: msRatio(frames.thread),
      note: view === 'home' ? 'CDP Performance.getMetrics ThreadTime over the scroll / frames drawn: all main-thread ' +
        'CPU, input dispatch and compositor commit included' : '',
    }));
    const split = m.cold.profiles[view];
    rows.push(row(`wasm self time per frame, ${view} view scrolling (sampled)`, split ? split.wasm : null, 'ms', {
      ratio: split ? split.wasm / refMs : null,
      note: 'V8 sampling profiler (100 µs) over one extra scroll of the first run: time in wasm functions only, ' +
        'not in what they call (WebGL through the JS glue); profiling slows everything, so compare it with the next row, ' +
        'not with the timings above',
    }));
    rows.push(row(`JS glue + WebGL per frame, ${view} view scrolling (sampled)`, split ? split.js : null, 'ms', {
      ratio: split ? split.js / refMs : null,
      note: split ? `same profile; the costliest: ${split.topJs.map((f) => `${f.name} ${f.ms.toFixed(2)} ms`).join(', ')}; ` +
        `garbage collector ${split.gc.toFixed(2)} ms per frame` : '',
    }));
  }
  const idle = summarize(m.cold.idle.map((i) => i.framesPerSecond));
  rows.push(row('idle, frames drawn per second after 3 s without input, carousel paused', idle, 'fps', {
    target: '= 0', pass: idle.max === TARGET.idleFps,
    note: `interval="0" (no autoplay), then framesRendered over 2 s; frame callbacks: ${summarize(m.cold.idle.map((i) => i.callbacksPerSecond)).max}/s at most`,
  }));

  // Ingestion.
  m.ingestion.native.forEach((feed, i) => {
    const posts = INGEST_POSTS[i];
    const mbps = summarize(feed.ingest_ms.map((ms) => feed.bytes / 1e6 / (ms / 1000)));
    const refNative = summarize(feed.reference_ms.map((ms) => feed.bytes / 1e6 / (ms / 1000))).value;
    rows.push(row(`ingestion, native, ${posts} posts`, mbps, 'MB/s', {
      ratio: mbps.value / refNative,
      note: `${(feed.bytes / 1e6).toFixed(1)} MB, ${feed.articles} articles, ${feed.blocks} blocks; × ref: over a bare ` +
        `nlohmann::json::parse of the same bytes (${refNative.toFixed(1)} MB/s)` + (feed.ok ? '' : `; FAILED: ${feed.error}`),
    }));
    rows.push(row(`ingestion, native, ${posts} posts, articles`, summarize(feed.ingest_ms.map((ms) => feed.articles / (ms / 1000))), 'articles/s'));
  });
  m.ingestion.browser.forEach((feed, i) => {
    const posts = INGEST_POSTS[i];
    const wasm = summarize(feed.wasm.ms.map((ms) => feed.bytes / 1e6 / (ms / 1000)));
    const js = summarize(feed.js.ms.map((ms) => feed.bytes / 1e6 / (ms / 1000)));
    rows.push(row(`ingestion, wasm in chromium, ${posts} posts`, wasm, 'MB/s', {
      ratio: wasm.value / refMBps,
      note: `parse_feed on bytes already in the wasm heap; ${feed.wasm.articles} articles, ${feed.wasm.blocks} blocks` +
        (feed.wasm.error ? `; REFUSED: ${feed.wasm.error}` : '') + `; heap afterwards ${(feed.wasmHeap / MiB).toFixed(0)} MiB`,
    }));
    rows.push(row(`ingestion, wasm in chromium, ${posts} posts, articles`, summarize(feed.wasm.ms.map((ms) => feed.wasm.articles / (ms / 1000))), 'articles/s'));
    rows.push(row(`ingestion, JavaScript (JSON.parse + DOMParser), ${posts} posts`, js, 'MB/s', {
      ratio: js.value / refMBps,
      note: `JSON.parse of posts and categories, DOMParser('text/html') on each of the ${feed.js.articles} content.rendered`,
    }));
    rows.push(row(`ingestion, JavaScript, ${posts} posts, articles`, summarize(feed.js.ms.map((ms) => feed.js.articles / (ms / 1000))), 'articles/s'));
    rows.push(row(`ingestion ratio wasm / JavaScript, ${posts} posts`, wasm.value === null ? null : wasm.value / js.value, '×', {
      target: `≥ ${TARGET.wasmOverJs} ×`, pass: wasm.value / js.value >= TARGET.wasmOverJs,
      note: 'median throughputs; the wasm path builds the whole model (blocks, runs, entities, dates), the JS one only parses',
    }));
  });

  // Memory.
  const heapRow = (figure, memories, key, unitTarget, note) => {
    const summary = summarize(memories.map((mem) => mem[key] / MiB));
    return row(figure, summary, 'MiB', unitTarget === undefined ? { note } : {
      target: `≤ ${unitTarget} MiB`, pass: summary.max !== null && summary.max <= unitTarget, note,
    });
  };
  rows.push(heapRow('wasm heap after the sample feed', m.cold.memory, 'wasmHeap', TARGET.sampleWasmHeapMiB,
    'HEAPU8.length of the widget\'s module, after load, idle and before scrolling'));
  rows.push(heapRow('JS heap after the sample feed', m.cold.memory, 'jsHeap', undefined,
    'CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage: the whole page\'s JS heap'));
  const big = m.scale[5000];
  const bigNote = big.errors.length ? `the widget REFUSED the 5 000-post feed (${(readFileSize(5000) / 1e6).toFixed(1)} MB): ` +
    `"${big.errors[0]}"; memory read after the refusal` : 'after the 5 000-post feed was shown';
  const bigHeap = heapRow('wasm heap after the 5 000-post feed', big.memory, 'wasmHeap', TARGET.bigWasmHeapMiB, bigNote);
  if (big.errors.length) bigHeap.pass = false; // a refused feed measures the refusal, not the target
  rows.push(bigHeap);
  rows.push(heapRow('JS heap after the 5 000-post feed', big.memory, 'jsHeap', undefined, ''));

  // Scale: the visible content is the same screen of headlines at every size.
  const baseline = m.scale[SCALE_POSTS[0]];
  const baseTtfh = summarize(baseline.firstHeadline);
  const baseP95 = summarize(baseline.home.map((r) => percentile(r.frameMs, 95)));
  for (const posts of SCALE_POSTS) {
    const entry = m.scale[posts];
    const frames = entry.home.reduce((n, r) => n + r.frameMs.length, 0);
    const about = entry.errors.length
      ? `the widget refused the feed (${(readFileSize(posts) / 1e6).toFixed(1)} MB): "${entry.errors[0]}"`
      : `${entry.headlines} headlines in "À la une"`;
    const growth = (summary, base, extra) => (posts === SCALE_POSTS[0] ? { note: `${about}${extra}` } : {
      target: `≤ ${TARGET.scaleGrowth} × ${SCALE_POSTS[0]}-post value`,
      pass: summary.value !== null && summary.value <= TARGET.scaleGrowth * base.value,
      note: summary.value === null ? about : `${(summary.value / base.value).toFixed(2)} × the ${SCALE_POSTS[0]}-post value; ${about}${extra}`,
    });
    const ttfh = summarize(entry.firstHeadline);
    rows.push(row(`scale, time to first headline, ${posts} posts`, ttfh, 'ms', { ratio: msRatio(ttfh), ...growth(ttfh, baseTtfh, '') }));
    const p95 = summarize(entry.home.map((r) => percentile(r.frameMs, 95)));
    rows.push(row(`scale, frame cost p95, home view, ${posts} posts`, p95, 'ms', {
      ratio: msRatio(p95), ...growth(p95, baseP95, frames ? `; ${frames} frames over ${entry.home.length} runs` : ''),
    }));
  }
  return rows;
}

// The timeline of the cold load whose time to first headline is the median.
function formatTimeline(timelines) {
  const byTime = [...timelines].sort((x, y) => x.shown - y.shown);
  const t = byTime[Math.floor((byTime.length - 1) / 2)];
  const ms = (value) => (value === null ? '—' : value.toFixed(0));
  return 'time to first headline, cold, where the time goes (the median run, ms from navigation start):\n' +
    `  wasm downloaded ${ms(t.wasm)}, fonts ${ms(t.fonts)}, feed ${ms(t.feed)}; first frame drawn at ${ms(t.firstFrame)} ` +
    `taking ${ms(t.firstFrameMs)}; kiosque-ready ${ms(t.ready)}; headline frame at ` +
    `${ms(t.headlineFrame)} taking ${ms(t.headlineFrameMs)}; shown ${ms(t.shown)}; longest main-thread task ${ms(t.longestTaskMs)}\n` +
    `  the widget's marks: ${Object.entries(t.marks ?? {}).sort((x, y) => x[1] - y[1]).map(([name, at]) => `${name} ${ms(at)}`).join(', ')}`;
}

function readFileSize(posts) {
  return readFileSync(path.join(FEEDS_DIR, `posts-${posts}.json`)).length;
}

// --- main ------------------------------------------------------------------------

async function main() {
  prepareWww();
  const server = await startServer({ root: WWW, port: 0 });
  const base = server.url;
  const urls = {
    widget: `${base}site/`,
    static: `${base}static/`,
    feed: (posts) => `${base}site/?feed=../feeds/posts-${posts}.json&categories=sample/categories.json`,
  };
  const browser = await launchBrowser();
  const measured = { loadBefore: loadAverage() };
  try {
    log(`chromium ${browser.version()}, ${RUNS} runs per figure, load average ${loadAverage()}`);
    if (RUNS < 5) log('fewer than 5 runs: medians with min and max need at least 5 (issue #7)');
    measured.referenceBefore = await browserReference(browser, base);
    measured.cold = await coldLoads(browser, urls);
    measured.warm = await warmLoads(browser, urls);
    measured.scale = await scaleLoads(browser, urls);
    measured.ingestion = await ingestion(browser, base);
    measured.referenceAfter = await browserReference(browser, base);
  } finally {
    await browser.close();
    await server.close();
  }
  measured.transfer = measureTransfer(WWW, measured.cold.files);
  measured.articleTransfer = measureTransfer(WWW, measured.cold.articleFiles);
  // Every run's raw numbers, for a closer look than the table gives.
  writeFileSync(path.join(BENCH_DIR, 'raw.json'), JSON.stringify(measured, null, 1));

  const rows = buildRows(measured);
  let sizes = '';
  if (!process.env.BENCH_SKIP_WASM_SIZES) {
    log('wasm size by function: relinking build/web with --profiling-funcs');
    const named = readWasmSizes(relinkWithNames(WEB_BUILD, path.join(BENCH_DIR, 'wasm-names')));
    sizes = formatBreakdown(named, breakdown(named), { shipped: readWasmSizes(path.join(SITE_DIR, 'kiosque-wasm.wasm')) });
  }
  writeFileSync(RESULT_FILE, toJson(rows));
  console.log(formatTable(rows));
  console.log(`\n${formatTimeline(measured.cold.timelines)}`);
  console.log(`\n${formatTransfer(measured.transfer)}\nthen, on the first article:\n${formatTransfer(measured.articleTransfer).split("\n").slice(1).join("\n")}`);
  if (sizes) console.log(`\n${sizes}`);
  const failed = rows.filter((r) => !r.pass).length;
  console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0].model}; load average ${measured.loadBefore} before, ` +
    `${loadAverage()} after (other work on the machine slows every timing; the × ref column is measured alongside)`);
  console.log(`\n${rows.length - failed} pass, ${failed} fail; ${path.relative(REPO, RESULT_FILE)} written; ` +
    `${((Date.now() - STARTED) / 1000).toFixed(0)} s`);
}

await main();
