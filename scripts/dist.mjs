// Kiosque distribution folder (make dist): what a publisher hosts on a CDN,
// under any path, and the snippet partners paste. Node built-ins only.
//
//   node scripts/dist.mjs [--site build/site] [--out dist] [--base https://cdn.example/kiosque/]
//
// From the assembled site (make site) it writes:
//   kiosque.<hash>.js           the loader, told the names and SRI hashes below
//   kiosque-wasm.<hash>.js      Emscripten's glue        (loaded with integrity)
//   kiosque-wasm.<hash>.wasm    the widget               (fetched with integrity)
//   assets-<hash>/fonts/*.ttf   the fonts, in a folder named after all of them
//   embed.html                  the iframe variant (stable name: partners link
//                               to it), its embed.<hash>.js and .css with SRI
//   sw.js                       the service worker (stable name: browsers check
//                               it for updates), precaching the files above
//   SNIPPET.html                what to paste, with --base as the hosting URL
//   manifest.json               every file with its size and integrity
//
// Content-hashed names never change meaning, so the CDN may cache them for
// ever (Cache-Control: immutable); only embed.html, sw.js and SNIPPET.html
// do not.
// The hashed files are fetched in CORS mode (SRI needs it): a CDN on another
// origin than the partner's page must send Access-Control-Allow-Origin.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { stampWorker } from './service_worker.mjs';

const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLACEHOLDER_BASE = 'https://cdn.example/kiosque/';
const BUILD_FILES_MARKERS = /\/\*<build-files>\*\/[\s\S]*?\/\*<\/build-files>\*\//g;

// First 10 hex digits of SHA-256: a name that changes with the content.
const nameHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);
// Subresource Integrity value, as browsers check it.
const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

function hashedName(fileName, bytes) {
  const extension = path.extname(fileName);
  return `${path.basename(fileName, extension)}.${nameHash(bytes)}${extension}`;
}

// The loader with its file table replaced: the one place kiosque.js learns
// the hashed names. Fails loudly if the markers moved.
export function rewriteLoader(loaderSource, buildFiles) {
  const matches = loaderSource.match(BUILD_FILES_MARKERS) ?? [];
  if (matches.length !== 1) {
    throw new Error(`kiosque.js must hold exactly one /*<build-files>*/ ... /*</build-files>*/ block, found ${matches.length}`);
  }
  const table = JSON.stringify(buildFiles, null, 2).replace(/\n/g, '\n  ');
  return loaderSource.replace(BUILD_FILES_MARKERS, `/*<build-files>*/ ${table} /*</build-files>*/`);
}

// embed.html pointing at the hashed files, each with its integrity.
function rewriteEmbedPage(html, files) {
  let out = html;
  for (const [original, file] of Object.entries(files)) {
    const attribute = original.endsWith('.css') ? 'href' : 'src';
    const reference = `${attribute}="${original}"`;
    if (!out.includes(reference)) throw new Error(`embed.html does not reference ${reference}`);
    out = out.replace(reference, `${attribute}="${file.path}" integrity="${file.integrity}" crossorigin="anonymous"`);
  }
  return out;
}

function snippet(base, loader) {
  const feed = 'https://publisher.example/wp-json/wp/v2/posts?_embed';
  return `<!-- Kiosque: paste where the news should appear. Built ${new Date().toISOString().slice(0, 10)}.
     Replace the feed; the README lists every attribute ("Embedding"). -->
<script src="${base}${loader.path}"
        integrity="${loader.integrity}" crossorigin="anonymous" defer></script>
<kiosque-reader feed="${feed}" section="monde" theme="light" lang="fr"></kiosque-reader>

<!-- Or isolated in a frame, sized by the height it reports: -->
<iframe id="kiosque-frame" title="Actualités" style="width: 100%; height: 520px; border: 0"
        src="${base}embed.html?feed=${encodeURIComponent(feed)}&amp;section=monde"></iframe>
<!-- with, in one of the page's own scripts:
  const frame = document.getElementById('kiosque-frame');
  addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && event.data?.source === 'kiosque' && event.data.type === 'height')
      frame.style.height = event.data.height + 'px';
  });
-->
`;
}

export async function buildDist({ site, out, base = PLACEHOLDER_BASE }) {
  const siteDir = path.resolve(site);
  const outDir = path.resolve(out);
  for (const required of ['kiosque.js', 'kiosque-wasm.js', 'kiosque-wasm.wasm', 'fonts', 'embed.html', 'embed.js', 'embed.css', 'sw.js']) {
    if (!existsSync(path.join(siteDir, required))) throw new Error(`${path.join(siteDir, required)} is missing: run make site first`);
  }
  if (outDir === REPO_DIR || outDir === siteDir || outDir === path.parse(outDir).root) {
    throw new Error(`refusing to empty ${outDir}`);
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const manifest = {};

  // Writes `bytes` under a content-hashed name; returns {path, integrity}.
  async function emitHashed(fileName, bytes) {
    const file = { path: hashedName(fileName, bytes), integrity: integrityOf(bytes) };
    await writeFile(path.join(outDir, file.path), bytes);
    manifest[file.path] = { bytes: bytes.length, integrity: file.integrity };
    return file;
  }
  async function emitPlain(fileName, bytes) {
    await writeFile(path.join(outDir, fileName), bytes);
    manifest[fileName] = { bytes: bytes.length };
  }

  const wasm = await emitHashed('kiosque-wasm.wasm', await readFile(path.join(siteDir, 'kiosque-wasm.wasm')));
  const glue = await emitHashed('kiosque-wasm.js', await readFile(path.join(siteDir, 'kiosque-wasm.js')));

  const fontNames = (await readdir(path.join(siteDir, 'fonts'))).sort();
  const fontHash = createHash('sha256');
  for (const name of fontNames) fontHash.update(name).update(await readFile(path.join(siteDir, 'fonts', name)));
  const assetsPath = `assets-${fontHash.digest('hex').slice(0, 10)}/`;
  await cp(path.join(siteDir, 'fonts'), path.join(outDir, assetsPath, 'fonts'), { recursive: true });
  for (const name of fontNames) {
    manifest[`${assetsPath}fonts/${name}`] = { bytes: readFileSync(path.join(siteDir, 'fonts', name)).length };
  }

  const loaderSource = await readFile(path.join(siteDir, 'kiosque.js'), 'utf8');
  const loader = await emitHashed('kiosque.js', Buffer.from(rewriteLoader(loaderSource, {
    glue, wasm, assets: { path: assetsPath },
  })));

  const embedFiles = { 'kiosque.js': loader };
  for (const name of ['embed.js', 'embed.css']) embedFiles[name] = await emitHashed(name, await readFile(path.join(siteDir, name)));
  const embedPage = rewriteEmbedPage(await readFile(path.join(siteDir, 'embed.html'), 'utf8'), embedFiles);
  await emitPlain('embed.html', Buffer.from(embedPage));

  // The worker precaches the app under its hashed names (and embed.html).
  const precached = Object.keys(manifest).sort();
  const contents = await Promise.all(precached.map((name) => readFile(path.join(outDir, name))));
  await emitPlain('sw.js', Buffer.from(stampWorker(await readFile(path.join(siteDir, 'sw.js'), 'utf8'), precached, contents)));

  await emitPlain('SNIPPET.html', Buffer.from(snippet(base, loader)));
  await writeFile(path.join(outDir, 'manifest.json'), `${JSON.stringify({ loader: loader.path, files: manifest }, null, 2)}\n`);
  return { outDir, loader, glue, wasm, assetsPath, manifest };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'build/site' },
      out: { type: 'string', default: 'dist' },
      base: { type: 'string', default: PLACEHOLDER_BASE },
    },
  });
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  const result = await buildDist({ ...values, base });
  // What a first visit downloads, raw and as a CDN would compress it.
  let raw = 0;
  let compressed = 0;
  for (const [name, { bytes }] of Object.entries(result.manifest)) {
    if (name === 'SNIPPET.html' || name === 'sw.js' || name === 'embed.html' || name.startsWith('embed.')) continue;
    const content = await readFile(path.join(result.outDir, name));
    const gzipped = gzipSync(content, { level: 9 }).length;
    raw += bytes;
    compressed += gzipped;
    console.log(`  ${name.padEnd(48)} ${kib(bytes).padStart(11)} ${kib(gzipped).padStart(11)} gzip`);
  }
  console.log(`dist: ${path.relative(process.cwd(), result.outDir) || '.'}/ — widget ${kib(raw)}, ${kib(compressed)} gzip; paste dist/SNIPPET.html`);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().catch((error) => {
    console.error(`dist: ${error.message}`);
    process.exit(1);
  });
}
