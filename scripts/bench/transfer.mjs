// Kiosque bench: what a first visit downloads, raw and compressed.
//
// The list of files is what Chromium fetched during a cold load of the demo
// page (responses recorded by scripts/bench/widget_page.mjs), so a file the
// widget starts to need shows up without editing the bench. Sizes are of
// the files on disk, compressed here as a server would send them: gzip -9,
// and brotli at quality 11 (what precompressed static files use).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// What each file is; the transfer target counts the widget's own files
// (loader, glue, wasm, fonts), not the demo page around it nor the feed.
export function kindOf(urlPath) {
  const name = path.posix.basename(urlPath);
  if (name === 'kiosque.js') return 'loader';
  if (/^kiosque-wasm\.js$/.test(name)) return 'glue';
  if (name.endsWith('.wasm')) return 'wasm';
  if (/\.(ttf|otf|woff2?)$/.test(name)) return 'font';
  if (name.endsWith('.json')) return 'feed';
  if (/\.(jpe?g|png|webp|avif|gif)$/.test(name)) return 'image';
  return 'page';
}

export const WIDGET_KINDS = new Set(['loader', 'glue', 'wasm', 'font']);

function compressedSizes(bytes) {
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

// `urlPaths` are paths under `root` (as served); returns one entry per file.
export function measureTransfer(root, urlPaths) {
  const unique = [...new Set(urlPaths)].sort();
  return unique.map((urlPath) => {
    const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    const bytes = readFileSync(path.join(root, decodeURIComponent(file)));
    return { path: urlPath, kind: kindOf(urlPath), bytes: bytes.length, ...compressedSizes(bytes) };
  });
}

export function totals(files, kinds) {
  const selected = files.filter((f) => kinds.has(f.kind));
  const sum = (key) => selected.reduce((total, f) => total + f[key], 0);
  return { files: selected.length, bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli') };
}

export function formatTransfer(files) {
  const kb = (n) => `${(n / 1024).toFixed(1)}`.padStart(8);
  const lines = ['first visit downloads (KiB: raw, gzip -9, brotli 11)'];
  for (const f of files) lines.push(`  ${kb(f.bytes)} ${kb(f.gzip)} ${kb(f.brotli)}  ${f.kind.padEnd(6)} ${f.path}`);
  return lines.join('\n');
}
