// Kiosque bench: where the bytes of kiosque-wasm.wasm go, by section and by
// function, so the next size optimisation has a target.
//
// The shipped wasm has no names. relinkWithNames() links the web build's
// own object files once more, with the exact link command CMake wrote
// (read with `ninja -t commands`, which changes nothing) plus
// --profiling-funcs, into a scratch folder: same code, plus a "name"
// section. (relink() does the same with any flags, for experiments.) readWasmSizes() then reads sections, function bodies and names
// with a small parser of the binary format, and groups functions by where
// they come from (Dear ImGui, stb, nlohmann::json, libc++, kiosque...).
//
//   node scripts/bench/wasm_size.mjs [build/web] [build/bench/wasm-names]   prints the breakdown
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const SECTION_NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start',
  'element', 'code', 'data', 'data count'];
const SECTION_CODE = 10;
const SECTION_IMPORT = 2;
const IMPORT_KIND_FUNCTION = 0;

// Where a (demangled) function name comes from; first match wins, so
// templates instantiated for nlohmann::json count as nlohmann::json.
const ORIGINS = [
  ['nlohmann::json', /nlohmann::/],
  ['stb_truetype, stb_rect_pack, stb_textedit', /\bstb|STB_/],
  ['Dear ImGui', /\bIm[A-Z]\w*|\bImGui/],
  ['kiosque', /\bkiosque\b/],
  ['libc++ / libc++abi', /\bstd::|__cxa|__cxx|operator new|operator delete/],
  ['libc, emmalloc, runtime', /.*/],
];

// --- relinking ------------------------------------------------------------------

// The command CMake's build runs to link `target` (e.g. kiosque-wasm), as
// Ninja has it: "em++ ... -o kiosque-wasm.js ...", run from the build folder.
export function linkCommand(webBuildDir, target) {
  const commands = execFileSync('ninja', ['-C', webBuildDir, '-t', 'commands', target], { encoding: 'utf8' })
    .trim().split('\n');
  // Ninja's link line is ": && em++ ... && :".
  const link = commands[commands.length - 1].replace(/^:\s*&&\s*/, '').replace(/\s*&&\s*:\s*$/, '');
  if (!/\bem\+\+/.test(link) || !link.includes(`-o ${target}.js`)) {
    throw new Error(`unexpected link command for ${target}: ${link.slice(0, 200)}`);
  }
  return link;
}

// Links `target` of a web build again into `outDir` with `extraFlags`
// (e.g. "--profiling-funcs", "-s MALLOC=dlmalloc"; later flags win), from
// the objects already built. Returns the path of the new .wasm.
export function relink(webBuildDir, target, outDir, extraFlags) {
  mkdirSync(outDir, { recursive: true });
  const output = path.resolve(outDir, `${target}.js`);
  const command = `${linkCommand(webBuildDir, target).replace(`-o ${target}.js`, `-o ${output}`)} ${extraFlags}`;
  execFileSync('bash', ['-c', command], {
    cwd: webBuildDir,
    env: { ...process.env, NODE_PATH: '/usr/share/nodejs' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return output.replace(/\.js$/, '.wasm');
}

export function relinkWithNames(webBuildDir, outDir) {
  return relink(webBuildDir, 'kiosque-wasm', outDir, '--profiling-funcs');
}

// --- the binary format ----------------------------------------------------------

class Reader {
  constructor(bytes, offset = 0) {
    this.bytes = bytes;
    this.offset = offset;
  }
  byte() {
    return this.bytes[this.offset++];
  }
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      shift += 7;
    }
  }
  name() {
    const length = this.u32();
    const text = this.bytes.toString('utf8', this.offset, this.offset + length);
    this.offset += length;
    return text;
  }
  skipLimits() {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
}

function countImportedFunctions(reader, end) {
  let functions = 0;
  for (let count = reader.u32(); count > 0 && reader.offset < end; count -= 1) {
    reader.name();
    reader.name();
    const kind = reader.byte();
    if (kind === IMPORT_KIND_FUNCTION) {
      reader.u32();
      functions += 1;
    } else if (kind === 1) {
      reader.byte(); // table element type
      reader.skipLimits();
    } else if (kind === 2) {
      reader.skipLimits();
    } else {
      reader.byte(); // global value type
      reader.byte(); // mutability
    }
  }
  return functions;
}

function readFunctionNames(reader, end) {
  const names = new Map();
  while (reader.offset < end) {
    const id = reader.byte();
    const size = reader.u32();
    const next = reader.offset + size;
    if (id === 1) {
      for (let count = reader.u32(); count > 0; count -= 1) names.set(reader.u32(), reader.name());
    }
    reader.offset = next;
  }
  return names;
}

// { bytes, sections: [{name, bytes}], functions: [{index, name, bytes}] }
export function readWasmSizes(wasmPath) {
  const bytes = readFileSync(wasmPath);
  const reader = new Reader(bytes, 8);
  const sections = [];
  let importedFunctions = 0;
  const bodySizes = [];
  let names = new Map();
  while (reader.offset < bytes.length) {
    const id = reader.byte();
    const size = reader.u32();
    const start = reader.offset;
    const end = start + size;
    let name = SECTION_NAMES[id] ?? `unknown ${id}`;
    if (id === 0) {
      const custom = reader.name();
      name = `custom "${custom}"`;
      if (custom === 'name') names = readFunctionNames(reader, end);
    } else if (id === SECTION_IMPORT) {
      importedFunctions = countImportedFunctions(reader, end);
    } else if (id === SECTION_CODE) {
      // A body's size without its length prefix is what the function costs;
      // the prefixes (1-3 bytes each) count in the section only.
      for (let count = reader.u32(); count > 0; count -= 1) {
        const bodySize = reader.u32();
        bodySizes.push(bodySize);
        reader.offset += bodySize;
      }
    }
    sections.push({ name, bytes: size });
    reader.offset = end;
  }
  const functions = bodySizes.map((bodyBytes, i) => {
    const index = importedFunctions + i;
    return { index, name: names.get(index) ?? `function ${index}`, bytes: bodyBytes };
  });
  return { bytes: bytes.length, sections, functions };
}

// --- grouping and printing -------------------------------------------------------

function demangleAll(names) {
  try {
    const out = execFileSync('c++filt', [], { input: names.join('\n'), encoding: 'utf8', maxBuffer: 64 << 20 });
    const lines = out.split('\n');
    return names.map((name, i) => lines[i] || name);
  } catch {
    return names; // no c++filt: mangled names still say where they come from
  }
}

export function originOf(name) {
  return ORIGINS.find(([, pattern]) => pattern.test(name))[0];
}

// Adds demangled names and origins; returns totals by origin, biggest first.
export function breakdown(sizes) {
  const demangled = demangleAll(sizes.functions.map((f) => f.name));
  sizes.functions.forEach((f, i) => {
    f.name = demangled[i];
    f.origin = originOf(f.name);
  });
  const byOrigin = new Map();
  for (const f of sizes.functions) {
    const entry = byOrigin.get(f.origin) ?? { origin: f.origin, bytes: 0, functions: 0 };
    entry.bytes += f.bytes;
    entry.functions += 1;
    byOrigin.set(f.origin, entry);
  }
  return [...byOrigin.values()].sort((a, b) => b.bytes - a.bytes);
}

function shorten(text, width) {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function sectionBytes(sizes, name) {
  return sizes.sections.find((s) => s.name === name)?.bytes ?? 0;
}

// `shipped` (readWasmSizes of the wasm the site serves) shows that the named
// relink has the same code: only the "name" section should differ.
export function formatBreakdown(sizes, origins, { top = 25, shipped } = {}) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
  const lines = [];
  const code = sectionBytes(sizes, 'code');
  lines.push(shipped
    ? `wasm by section (shipped ${kb(shipped.bytes).trim()}, code ${kb(sectionBytes(shipped, 'code')).trim()}; ` +
      `named relink below: code ${kb(code).trim()})`
    : 'wasm by section');
  for (const s of sizes.sections) lines.push(`  ${kb(s.bytes)}  ${s.name}`);
  lines.push(`wasm code by origin (${sizes.functions.length} functions, ${kb(code).trim()} of code)`);
  for (const o of origins) {
    lines.push(`  ${kb(o.bytes)}  ${((100 * o.bytes) / code).toFixed(1).padStart(5)}%  ${o.origin} (${o.functions} functions)`);
  }
  lines.push(`largest ${top} functions`);
  for (const f of [...sizes.functions].sort((a, b) => b.bytes - a.bytes).slice(0, top)) {
    lines.push(`  ${kb(f.bytes)}  ${shorten(f.name, 110)}`);
  }
  return lines.join('\n');
}

async function main() {
  const webBuildDir = process.argv[2] ?? 'build/web';
  const outDir = process.argv[3] ?? 'build/bench/wasm-names';
  const wasm = relinkWithNames(webBuildDir, outDir);
  const sizes = readWasmSizes(wasm);
  const origins = breakdown(sizes);
  const shipped = readWasmSizes(path.join(webBuildDir, 'kiosque-wasm.wasm'));
  console.log(formatBreakdown(sizes, origins, { shipped }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
