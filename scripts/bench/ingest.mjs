// Kiosque bench: feed ingestion throughput, natively, in wasm inside headless
// Chromium, and what a JavaScript widget would do with the same document.
//
//   native  build/native/kiosque_bench (tests/bench/ingest_bench.cpp): parse_feed
//   wasm    kiosque-bench-wasm (tests/bench/wasm_ingest_bench.cpp), the same
//           parse_feed built like the widget, on bytes already in the wasm heap
//   js      JSON.parse of the posts and categories documents, then DOMParser
//           on every post's content.rendered, on a string already decoded
// Neither browser path counts getting the bytes (fetch, the copy into the
// heap, TextDecoder); both count freeing what they built only as far as the
// engine does it inside the timed call (wasm frees its model; JS leaves
// garbage to a later collection).
//
// The browser's machine-speed reference is measured in the same page:
// JSON.parse of the bundled sample posts.json, REFERENCE_REPEATS times.
import { execFileSync } from 'node:child_process';

const REFERENCE_REPEATS = 20;

export function runNativeIngest(binary, feedFiles, categoriesFile, runs) {
  const out = execFileSync(binary, ['--runs', String(runs), '--categories', categoriesFile, ...feedFiles], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  return JSON.parse(out).feeds;
}

// In the page: loads the bench module, then for each feed times `runs` wasm
// ingestions and `runs` JavaScript ones (after one unmeasured warm-up each).
function ingestInPage({ feedUrls, categoriesUrl, runs }) {
  return (async () => {
    const bytesOf = async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer());
    const module = await window.createKiosqueBench();
    const copyToHeap = (bytes) => {
      const pointer = module._malloc(bytes.length || 1);
      module.HEAPU8.set(bytes, pointer);
      return pointer;
    };
    const categoriesBytes = await bytesOf(categoriesUrl);
    const categoriesText = new TextDecoder().decode(categoriesBytes);
    const categoriesPointer = copyToHeap(categoriesBytes);
    const results = [];
    for (const url of feedUrls) {
      const bytes = await bytesOf(url);
      const text = new TextDecoder().decode(bytes);
      const pointer = copyToHeap(bytes);
      const ingestWasm = () =>
        module._kiosque_bench_ingest(pointer, bytes.length, categoriesPointer, categoriesBytes.length);
      const ingestJs = () => {
        JSON.parse(categoriesText);
        const posts = JSON.parse(text);
        const parser = new DOMParser();
        let elements = 0;
        for (const post of posts) {
          elements += parser.parseFromString(post.content.rendered, 'text/html').body.childElementCount;
        }
        return { articles: posts.length, elements };
      };
      const time = (work) => {
        const start = performance.now();
        const result = work();
        return { ms: performance.now() - start, result };
      };
      const articles = ingestWasm();
      const wasm = {
        articles,
        blocks: module._kiosque_bench_last_blocks(),
        error: articles < 0 ? module.UTF8ToString(module._kiosque_bench_last_error()) : null,
        ms: [],
      };
      for (let run = 0; run < runs && articles >= 0; run += 1) wasm.ms.push(time(ingestWasm).ms);
      const js = { ...ingestJs(), ms: [] };
      for (let run = 0; run < runs; run += 1) js.ms.push(time(ingestJs).ms);
      module._free(pointer);
      results.push({ url, bytes: bytes.length, wasm, js, wasmHeap: module.HEAPU8.length });
    }
    return results;
  })();
}

export async function runBrowserIngest(page, { feedUrls, categoriesUrl, runs }) {
  return page.evaluate(ingestInPage, { feedUrls, categoriesUrl, runs });
}

// JSON.parse of the sample feed, REFERENCE_REPEATS times per run: what this
// machine's browser does per millisecond, for the ratio column.
export async function runBrowserReference(page, { url, runs }) {
  return page.evaluate(
    async ({ url, runs, repeats }) => {
      const text = await (await fetch(url)).text();
      const bytes = new TextEncoder().encode(text).length * repeats;
      const ms = [];
      JSON.parse(text); // warm-up
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        for (let i = 0; i < repeats; i += 1) JSON.parse(text);
        ms.push(performance.now() - start);
      }
      return { bytes, ms, what: `JSON.parse of ${url.split('/').slice(-2).join('/')} ×${repeats}` };
    },
    { url, runs, repeats: REFERENCE_REPEATS },
  );
}

export const INGEST_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kiosque ingestion bench</title>
<script src="kiosque-bench-wasm.js"></script></head>
<body>Feed ingestion bench: driven by scripts/bench.mjs.</body></html>
`;
