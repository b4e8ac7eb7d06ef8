// Kiosque bench: summaries of repeated measurements (median, min, max,
// mean, percentiles), shared by the measurement modules of scripts/bench.mjs.

export function median(values) {
  return percentile(values, 50);
}

// Linear interpolation between closest ranks; null for no values.
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function mean(values) {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}

// What a timing row shows: the median of the runs, their min and max, and
// the runs themselves (kept in bench.json for a later look).
export function summarize(runs) {
  const measured = runs.filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (!measured.length) return { value: null, min: null, max: null, runs: measured };
  return { value: median(measured), min: Math.min(...measured), max: Math.max(...measured), runs: measured };
}
