// Kiosque bench: the rows of the result table, how they print, and what
// build/bench.json holds.
//
// A row: {figure, value, unit, target, pass} (what bench.json promises),
// plus min, max and runs for timings, ratio (value over the machine-speed
// reference measured in the same run, for figures that depend on the
// machine), and a note saying what exactly was measured.
// A figure with no target ("info") passes when it was measured; a figure
// that could not be measured has value null and fails.

export function row(figure, summary, unit, { target = 'info', pass, ratio = null, note = '' } = {}) {
  const { value = null, min = null, max = null, runs } = typeof summary === 'number' || summary === null
    ? { value: summary }
    : summary;
  const measured = value !== null && Number.isFinite(value);
  return {
    figure,
    value: measured ? round(value) : null,
    unit,
    target,
    pass: measured && (pass === undefined ? target === 'info' : Boolean(pass)),
    min: min === null ? null : round(min),
    max: max === null ? null : round(max),
    runs: runs ? runs.map(round) : undefined,
    ratio: measured && ratio !== null && Number.isFinite(ratio) ? round(ratio) : null,
    note,
  };
}

function round(value) {
  if (Math.abs(value) >= 100) return Math.round(value * 10) / 10;
  return Math.round(value * 1000) / 1000;
}

function formatValue(r) {
  if (r.value === null) return 'not measured';
  const range = r.min !== null && r.max !== null && r.runs?.length > 1 ? ` [${r.min}–${r.max}]` : '';
  return `${r.value}${range}`;
}

export function formatTable(rows) {
  const header = ['figure', 'value [min–max]', 'unit', '× ref', 'target', 'pass'];
  const notes = [];
  const cells = rows.map((r) => {
    let figure = r.figure;
    if (r.note) {
      notes.push(r.note);
      figure += ` [${notes.length}]`;
    }
    return [figure, formatValue(r), r.unit, r.ratio === null ? '' : `${r.ratio}×`, r.target, r.pass ? 'PASS' : 'FAIL'];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((text, i) => text.padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  if (notes.length) out.push('', 'notes:', ...notes.map((note, i) => `  [${i + 1}] ${note}`));
  return out.join('\n');
}

// build/bench.json: the list of rows, without the fields a row left undefined.
export function toJson(rows) {
  return `${JSON.stringify(JSON.parse(JSON.stringify(rows)), null, 2)}\n`;
}
