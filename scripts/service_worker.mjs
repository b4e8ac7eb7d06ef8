// Kiosque service worker stamping (make site; make dist imports it): writes
// into a folder's sw.js the list of files it precaches and a version that is
// a hash of their contents, so that every build that changes one of them is
// a new worker with a new cache (web/sw.js explains the rest).
//
//   node scripts/service_worker.mjs build/site
//
// The precache is the app: pages, scripts, styles, the wasm and the fonts.
// Not the bundled sample (feed and images): the reader keeps the feed and
// the images it shows itself (kiosque_storage.js, kiosque_images.js).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const WORKER = 'sw.js';
const MARKERS = {
  version: /\/\*<version>\*\/[\s\S]*?\/\*<\/version>\*\//g,
  precache: /\/\*<precache>\*\/[\s\S]*?\/\*<\/precache>\*\//g,
};

// Paths under `dir` (posix, relative) worth precaching, sorted.
export async function appFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== WORKER && !file.startsWith('sample/') && !file.endsWith('.map'))
    .sort();
}

// The worker's source with `files` (paths relative to it) and their
// contents' hash stamped between its markers. Fails if a marker is missing.
export function stampWorker(source, files, contents) {
  const hash = createHash('sha256');
  files.forEach((file, index) => hash.update(file).update('\0').update(contents[index]).update('\0'));
  const values = { version: JSON.stringify(hash.digest('hex').slice(0, 12)), precache: JSON.stringify(files) };
  let out = source;
  for (const [name, pattern] of Object.entries(MARKERS)) {
    if ((out.match(pattern) ?? []).length !== 1) throw new Error(`${WORKER} must hold exactly one /*<${name}>*/ marker pair`);
    out = out.replace(pattern, `/*<${name}>*/ ${values[name]} /*</${name}>*/`);
  }
  return out;
}

// Stamps `dir`/sw.js with `files` (default: appFiles(dir)). Returns the version.
export async function stampFolder(dir, files) {
  const list = files ?? (await appFiles(dir));
  const contents = await Promise.all(list.map((file) => readFile(path.join(dir, file))));
  const workerPath = path.join(dir, WORKER);
  const stamped = stampWorker(await readFile(workerPath, 'utf8'), list, contents);
  await writeFile(workerPath, stamped);
  return JSON.parse(stamped.match(/\/\*<version>\*\/ (".*?") /)[1]);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/service_worker.mjs SITE_DIR');
    process.exit(2);
  }
  stampFolder(dir).then((version) => console.log(`${path.join(dir, WORKER)}: version ${version}`), (error) => {
    console.error(`service worker: ${error.message}`);
    process.exit(1);
  });
}
