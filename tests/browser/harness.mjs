// Kiosque browser test harness: serves build/site in-process, drives the
// system chromium (headless, software WebGL) through playwright-core, and
// gives the tests a few readings of the widget: its public state(), the
// console/page errors of a page, and pixel statistics of the canvas.
//
// How to run (after the site is assembled):
//   make web
//   node --test tests/browser/
// KIOSQUE_SITE=/some/dir runs the same tests against another assembled site.
// Screenshots land in tests/browser/artifacts/ (git-ignored) for a look after a failure.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.resolve(HERE, '../..');
export const SITE_DIR = path.resolve(REPO_DIR, process.env.KIOSQUE_SITE ?? 'build/site');
export const ARTIFACTS_DIR = path.join(HERE, 'artifacts');

const CHROMIUM_PATH = '/usr/bin/chromium';
// No GPU here: ANGLE on SwiftShader gives WebGL2 in software. The rest keeps
// chromium from phoning home or showing first-run UI during a test.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const VIEWPORT = { width: 1024, height: 768 };
const READY_TIMEOUT_MS = 30_000;

// Software WebGL reports its own slowness through the console, e.g. "GPU stall
// due to ReadPixels" every time a screenshot reads the canvas back. Those are
// chromium/SwiftShader performance notes, not widget errors. Kept narrow on
// purpose: a real GL error (GL_INVALID_*, context lost) must still count.
const KNOWN_BROWSER_NOISE = [
  /GPU stall due to ReadPixels/i,
  /GL Driver Message \(OpenGL, Performance,/i,
  /Automatic fallback to software WebGL has been deprecated/i,
];

// --- site and browser -------------------------------------------------------

export function assertSiteBuilt() {
  const wasm = path.join(SITE_DIR, 'kiosque-wasm.wasm');
  if (!existsSync(wasm)) {
    throw new Error(`${path.relative(REPO_DIR, wasm)} is missing: run make web first`);
  }
}

export function startSite() {
  assertSiteBuilt();
  return startServer({ root: SITE_DIR, port: 0, host: '127.0.0.1' });
}

export function launchBrowser() {
  // launch() gives each run a fresh temporary profile and removes it on close.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

// One site server and one browser for the tests of a file, or of the
// describe() block it is called in: started before them, closed after them
// (hooks of that scope). `onStarted({server, browser})` hands them over;
// `serve` starts another server than the assembled site's (a copy of it,
// other options), e.g.
//   let server, browser;
//   useSiteAndBrowser((started) => ({ server, browser } = started));
export function useSiteAndBrowser(onStarted, { serve = startSite } = {}) {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launchBrowser();
    onStarted({ server, browser });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

// Reads a JSON file of the served site, e.g. readSiteJson('sample/posts.json').
export function readSiteJson(relativePath) {
  return JSON.parse(readFileSync(path.join(SITE_DIR, relativePath), 'utf8'));
}

// --- pages --------------------------------------------------------------------

function isBrowserNoise(text) {
  return KNOWN_BROWSER_NOISE.some((pattern) => pattern.test(text));
}

// Chromium asks for /favicon.ico by itself when a page declares no icon; its
// 404 says nothing about the widget.
function isFaviconProbe(url) {
  return new URL(url, 'http://x/').pathname === '/favicon.ico';
}

// So that a timeout can say what the page complained about meanwhile.
const problemsByPage = new WeakMap();

function describeProblems(page) {
  const problems = problemsByPage.get(page);
  const all = problems ? [...problems.pageErrors, ...problems.consoleErrors, ...problems.failedRequests] : [];
  return all.length ? `; page problems: ${all.join(' | ')}` : '';
}

// Starts recording, from before the first byte loads, what went wrong on a
// page: console.error messages, uncaught exceptions / unhandled rejections,
// and requests that failed or got an HTTP error status.
export function collectProblems(page) {
  const problems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  problemsByPage.set(page, problems);
  page.on('console', (message) => {
    const url = message.location().url;
    if (message.type() !== 'error' || isBrowserNoise(message.text()) || (url && isFaviconProbe(url))) return;
    problems.consoleErrors.push(`${message.text()} (${url || 'no url'})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack || String(error)));
  page.on('requestfailed', (request) => {
    if (!isFaviconProbe(request.url())) problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isFaviconProbe(response.url())) {
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  });
  return problems;
}

// Opens the demo page (query is e.g. '?feed=missing.json') in a new page.
// Returns the page, the navigation response and the problems being collected.
export async function openDemo(browser, baseUrl, query = '') {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.setDefaultTimeout(15_000);
  const problems = collectProblems(page);
  const response = await page.goto(new URL(query, baseUrl).href, { waitUntil: 'load' });
  return { page, response, problems };
}

export async function readState(page) {
  return page.evaluate(() => window.kiosque.state());
}

// Waits until the widget says it is ready or has failed, and returns its state.
// On a timeout the error carries the last state seen, which usually says why.
export async function waitForReady(page, timeout = READY_TIMEOUT_MS) {
  try {
    const handle = await page.waitForFunction(
      () => {
        const state = window.kiosque?.state?.();
        return state && (state.ready || state.error) ? state : null;
      },
      null,
      { timeout, polling: 50 },
    );
    return await handle.jsonValue();
  } catch (error) {
    const last = await page
      .evaluate(() => (window.kiosque?.state ? window.kiosque.state() : 'window.kiosque is not defined'))
      .catch((e) => `unreadable: ${e.message}`);
    throw new Error(
      `widget not ready after ${timeout} ms (${error.message.split('\n')[0]}); ` +
        `last state: ${JSON.stringify(last)}${describeProblems(page)}`,
    );
  }
}

// Polls state() from node until `predicate(state)` holds and returns that
// state. Polling from node (not waitForFunction) lets the predicate close over
// test variables. The timeout error shows the last state seen.
export async function waitForState(page, predicate, { timeout = 10_000, what = 'the expected state' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await readState(page);
    if (predicate(state)) return state;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeout} ms waiting for ${what}; last state: ${JSON.stringify(state)}${describeProblems(page)}`,
      );
    }
    await sleep(50);
  }
}

// Lets the widget finish what it is drawing (images arriving, a layout pass)
// before a screenshot: waits until framesRendered stops moving for `quietMs`.
// Gives up silently after `timeout`: whether the widget ever goes idle is the
// business of the frame-count test, not of every test that takes a picture.
export async function waitForIdle(page, { quietMs = 400, timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = (await readState(page)).framesRendered;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await sleep(50);
    const frames = (await readState(page)).framesRendered;
    if (frames !== last) {
      last = frames;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
  }
}

// --- canvas pixels ----------------------------------------------------------

// Screenshots the widget's canvas (the compositor's copy, so it works whether or
// not the WebGL context preserves its drawing buffer), saves it as an artifact
// and returns the decoded image with its statistics.
export async function captureCanvas(page, artifactName) {
  const png = await page.locator('canvas').screenshot();
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await writeFile(path.join(ARTIFACTS_DIR, `${artifactName}.png`), png);
  const image = decodePng(png);
  return { image, stats: pixelStats(image) };
}

// Distinct colours and the spread of luminance: a cleared canvas has one colour
// and a standard deviation of 0; text and pictures give many of both.
export function pixelStats({ width, height, channels, pixels }) {
  const colours = new Set();
  let sum = 0;
  let sumOfSquares = 0;
  const count = width * height;
  for (let i = 0; i < pixels.length; i += channels) {
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
    colours.add((r << 16) | (g << 8) | b);
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += luminance;
    sumOfSquares += luminance * luminance;
  }
  const mean = sum / count;
  const variance = Math.max(0, sumOfSquares / count - mean * mean);
  return { width, height, distinctColours: colours.size, luminanceMean: mean, luminanceStdDev: Math.sqrt(variance) };
}

// Fraction of pixels whose colour differs (by more than `tolerance` on any
// channel) between two images of the same size.
export function pixelDifference(a, b, tolerance = 8) {
  assert.equal(`${a.width}x${a.height}`, `${b.width}x${b.height}`, 'images to compare differ in size');
  let differing = 0;
  for (let i = 0; i < a.width * a.height; i += 1) {
    const pa = i * a.channels;
    const pb = i * b.channels;
    for (let c = 0; c < 3; c += 1) {
      if (Math.abs(a.pixels[pa + c] - b.pixels[pb + c]) > tolerance) {
        differing += 1;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}

// Fraction of the pixels inside `rect` (CSS pixels, device pixel ratio 1)
// that differ between two captures of the same canvas.
export function differenceIn(a, b, rect) {
  let differing = 0;
  let total = 0;
  const x0 = Math.max(0, Math.floor(rect.x)), x1 = Math.min(a.width, Math.ceil(rect.x + rect.width));
  const y0 = Math.max(0, Math.floor(rect.y)), y1 = Math.min(a.height, Math.ceil(rect.y + rect.height));
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const i = (y * a.width + x) * a.channels;
      const j = (y * b.width + x) * b.channels;
      total += 1;
      if ([0, 1, 2].some((c) => Math.abs(a.pixels[i + c] - b.pixels[j + c]) > 24)) differing += 1;
    }
  }
  return total ? differing / total : 0;
}

// Minimal PNG decoder for what chromium's screenshots contain: 8-bit,
// non-interlaced, greyscale / RGB / grey+alpha / RGBA, filters 0-4.
// Returns { width, height, channels, pixels } with unfiltered rows.
export function decodePng(buffer) {
  const signature = '89504e470d0a1a0a';
  assert.equal(buffer.subarray(0, 8).toString('hex'), signature, 'not a PNG');
  let header;
  const data = [];
  for (let offset = 8; offset < buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = readPngHeader(body);
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length; // length + type + body + CRC
  }
  assert.ok(header, 'PNG without IHDR');
  const { width, height, channels } = header;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    unfilterRow(filter, row, pixels, y * stride, stride, channels);
  }
  return { width, height, channels, pixels };
}

const PNG_CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 }; // colour type -> samples per pixel

function readPngHeader(body) {
  const [bitDepth, colourType, , , interlace] = body.subarray(8, 13);
  const channels = PNG_CHANNELS[colourType];
  assert.ok(bitDepth === 8 && channels && interlace === 0,
    `unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`);
  return { width: body.readUInt32BE(0), height: body.readUInt32BE(4), channels };
}

// Undoes one row's filter in place into `out` (the previous row is already there).
function unfilterRow(filter, row, out, start, stride, bpp) {
  for (let x = 0; x < stride; x += 1) {
    const left = x >= bpp ? out[start + x - bpp] : 0;
    const up = start > 0 ? out[start - stride + x] : 0;
    const upLeft = start > 0 && x >= bpp ? out[start - stride + x - bpp] : 0;
    let predictor;
    switch (filter) {
      case 0: predictor = 0; break;
      case 1: predictor = left; break;
      case 2: predictor = up; break;
      case 3: predictor = (left + up) >> 1; break;
      case 4: predictor = paeth(left, up, upLeft); break;
      default: throw new Error(`bad PNG filter type ${filter}`);
    }
    out[start + x] = (row[x] + predictor) & 0xff;
  }
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

// --- several widgets on one page (tests/browser/embed.test.mjs) ---------------
// The helpers above read the demo's window.kiosque; these address any
// <kiosque-reader> by a CSS selector, e.g. '#reader-monde'.

const AXE_SCRIPT = path.join(REPO_DIR, 'node_modules/axe-core/axe.min.js');
const WIDGET_EVENTS = ['kiosque-ready', 'kiosque-section', 'kiosque-article', 'kiosque-outbound', 'kiosque-error'];

export function readWidgetState(page, selector) {
  return page.evaluate((s) => document.querySelector(s).state(), selector);
}

// Polls the widget's state() until `predicate(state)` holds; returns that
// state. The timeout error shows the last state seen.
export async function waitForWidgetState(page, selector, predicate, { timeout = 10_000, what = 'the expected state' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await readWidgetState(page, selector);
    if (predicate(state)) return state;
    if (Date.now() > deadline) {
      throw new Error(`${selector}: timed out after ${timeout} ms waiting for ${what}; ` +
        `last state: ${JSON.stringify(state)}${describeProblems(page)}`);
    }
    await sleep(50);
  }
}

// Waits until the widget has shown a feed or failed to.
export function waitForWidgetReady(page, selector, timeout = READY_TIMEOUT_MS) {
  return waitForWidgetState(page, selector, (state) => state.ready || Boolean(state.error),
    { timeout, what: 'ready or an error' });
}

// Screenshots one widget's canvas (see captureCanvas) and returns its image and statistics.
export async function captureWidget(page, selector, artifactName) {
  const png = await page.locator(`${selector} canvas`).screenshot();
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await writeFile(path.join(ARTIFACTS_DIR, `${artifactName}.png`), png);
  const image = decodePng(png);
  return { image, stats: pixelStats(image) };
}

// From before the page's first script, records every kiosque-* event that
// reaches the document (so: bubbling and composed out of the shadow root).
export function recordWidgetEvents(page) {
  return page.addInitScript((names) => {
    window.__kiosqueEvents = [];
    for (const name of names) {
      document.addEventListener(name, (event) => {
        window.__kiosqueEvents.push({ name, target: event.target.id, detail: event.detail,
          bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable });
      });
    }
  }, WIDGET_EVENTS);
}

export function readWidgetEvents(page) {
  return page.evaluate(() => window.__kiosqueEvents ?? []);
}

// Runs axe-core (node_modules/axe-core) over the page, shadow roots included,
// and returns the violations of serious or critical impact, each summed up
// as {id, impact, help, targets}. Needs a page without a script-src policy.
export async function auditAccessibility(page) {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) =>
      ({ id, impact, help, targets: nodes.map((node) => node.target.join(' >>> ')) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

// --- the test clock (page.clock, installed before the page loads) -------------

// Stops the page's clock a moment from now: from then on its time moves only
// when the test moves it. Tried again when the page's time has gone past
// that moment meanwhile (a loaded machine).
export async function pauseClockSoon(page) {
  for (let attempt = 0; ; attempt += 1) {
    const at = await page.evaluate(() => Date.now() + 1000);
    try {
      return await page.clock.pauseAt(at);
    } catch (error) {
      if (attempt >= 4 || !/past/i.test(error.message)) throw error;
    }
  }
}
