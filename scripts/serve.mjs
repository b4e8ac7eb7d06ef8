// Kiosque local static server: serves the assembled demo site (build/site) for
// manual testing and for the browser test suite. Node built-ins only.
//
//   node scripts/serve.mjs --root build/site --port 8080 [--host 127.0.0.1] [--cors] [--csp]
//
// Tests import startServer() and run it in-process on port 0.
//
// Why the details matter:
//   - .wasm must be served as application/wasm, or WebAssembly.instantiateStreaming
//     refuses it and emscripten falls back to a slower (and noisier) path.
//   - Cache-Control: no-cache + ETag means the browser always revalidates, so a
//     rebuilt widget is picked up on reload, yet unchanged files cost a 304.
//   - --cors lets a page on another origin fetch the sample feed (cross-origin tests).
//   - --csp serves csp.html under the strict Content-Security-Policy a partner
//     may have (strictContentSecurityPolicy), allowing the origin of its ?feed=.
//     startServer's `headers` option sets any header per path (tests use it).
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export function contentTypeFor(filePath) {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Size + modification time identify a version of a file well enough for a dev
// server, without reading (and hashing) the whole wasm on every request.
function etagFor(stats) {
  return `"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
}

// If-None-Match may hold a list, weak validators (W/"...") or "*".
function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

// Maps a request path to a file under root: { filePath } or { status } when
// the path is malformed (400) or would leave root (403). The path is decoded
// before normalising so "%2e%2e/" cannot sneak past the check; ".." segments
// are then resolved against "/" so they can never climb above root.
function resolveUnderRoot(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const filePath = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return isInside(root, filePath) ? { filePath } : { status: 403 };
}

function isInside(root, candidate) {
  return candidate === root || candidate.startsWith(root + path.sep);
}

// Finds what to send for a resolved path: the file itself, a directory's
// index.html, or a redirect adding the trailing slash (so the page's relative
// URLs such as "kiosque.js" resolve inside the directory).
async function locate(root, filePath, urlPath, search) {
  let stats;
  try {
    stats = await stat(filePath);
  } catch {
    return { status: 404 };
  }
  if (stats.isDirectory()) {
    if (!urlPath.endsWith('/')) return { status: 301, location: `${urlPath}/${search}` };
    return locate(root, path.join(filePath, 'index.html'), urlPath, search);
  }
  if (!stats.isFile()) return { status: 404 };
  // A symlink inside root may point outside it: check where it really lands.
  const real = await realpath(filePath);
  if (!isInside(root, real)) return { status: 403 };
  return { status: 200, filePath, stats };
}

function sendStatus(res, status, extraHeaders = {}) {
  const body = `${status} ${STATUS_TEXT[status] ?? ''}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extraHeaders,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const STATUS_TEXT = {
  301: 'Moved Permanently',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

function sendFile(req, res, { filePath, stats }) {
  const etag = etagFor(stats);
  const headers = {
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': stats.mtime.toUTCString(),
  };
  if (etagMatches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': contentTypeFor(filePath),
    'Content-Length': stats.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(filePath);
  // Headers are already sent: on a read error all we can do is cut the response.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

// Not new URL(): it would read "//host/x" as a host name, not as a path.
function splitRequestUrl(rawUrl) {
  const queryAt = rawUrl.indexOf('?');
  if (queryAt < 0) return { pathname: rawUrl, search: '' };
  return { pathname: rawUrl.slice(0, queryAt), search: rawUrl.slice(queryAt) };
}

// The policy of a strict partner page: no eval, no inline script or style,
// network and images only from the page's origin and the given ones.
export function strictContentSecurityPolicy({ connect = [], images = [] } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ['connect-src', "'self'", ...connect].join(' '),
    ['img-src', "'self'", ...images].join(' '),
  ].join('; ');
}

// --csp: csp.html gets the strict policy; the origin of its ?feed= (the
// feed, and the images beside it) is allowed, as a partner would allow it.
function cspPageHeaders(pathname, search) {
  if (!pathname.endsWith('/csp.html')) return undefined;
  let origins = [];
  try {
    const feed = new URLSearchParams(search).get('feed');
    const origin = feed ? new URL(feed).origin : null;
    if (origin && /^https?:/.test(origin)) origins = [origin];
  } catch {
    // a relative or malformed feed: same origin, nothing to add
  }
  return { 'Content-Security-Policy': strictContentSecurityPolicy({ connect: origins, images: origins }) };
}

// `headers`: an object { '/path': { Header: 'value' } } or a function
// (pathname, search) -> headers object or undefined.
function headerRule(headers) {
  if (typeof headers === 'function') return headers;
  return (pathname) => headers?.[pathname];
}

async function handle(root, cors, headersFor, req, res) {
  if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendStatus(res, 405, { Allow: 'GET, HEAD' });
    return;
  }
  const { pathname, search } = splitRequestUrl(req.url);
  for (const [name, value] of Object.entries(headersFor(pathname, search) ?? {})) res.setHeader(name, value);
  const { filePath, status } = resolveUnderRoot(root, pathname);
  if (status) {
    sendStatus(res, status);
    return;
  }
  const found = await locate(root, filePath, pathname, search);
  if (found.status === 200) sendFile(req, res, found);
  else if (found.status === 301) sendStatus(res, 301, { Location: found.location });
  else sendStatus(res, found.status);
}

// Starts serving `root`. Resolves once listening with the base URL (with the
// real port when port is 0) and close(), which also drops keep-alive
// connections so a test run or Ctrl-C does not hang on an idle browser socket.
export async function startServer({ root, port = 8080, host = '127.0.0.1', cors = false, headers, log } = {}) {
  if (!root) throw new Error('startServer: root is required');
  const realRoot = await realpath(path.resolve(root));
  const headersFor = headerRule(headers);
  const server = createServer((req, res) => {
    if (log) res.on('finish', () => log(req.method, req.url, res.statusCode));
    handle(realRoot, cors, headersFor, req, res).catch((err) => {
      if (!res.headersSent) sendStatus(res, 500);
      else res.destroy(err);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actualPort } = server.address();
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string', default: 'build/site' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      cors: { type: 'boolean', default: false },
      csp: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number between 0 and 65535, not "${values.port}"`);
  }
  const { csp, ...rest } = values;
  return { ...rest, port, headers: csp ? cspPageHeaders : undefined };
}

const USAGE = 'usage: node scripts/serve.mjs [--root build/site] [--port 8080] [--host 127.0.0.1] [--cors] [--csp]';

async function main() {
  let options;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  let server;
  try {
    server = await startServer({
      ...options,
      // Only failures are worth a line: a page load is dozens of 200s and 304s.
      log: (method, url, status) => {
        if (status >= 400) console.error(`${status} ${method} ${url}`);
      },
    });
  } catch (err) {
    const hint = err.code === 'ENOENT' ? ' (run make web first?)' : '';
    console.error(`serve: ${err.message}${hint}`);
    process.exit(1);
  }
  console.log(`Kiosque demo: ${server.url}`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run the CLI only when executed directly, not when imported by the tests.
const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) await main();
