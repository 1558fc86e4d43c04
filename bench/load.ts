import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export type Scenario = { name: string; path: string; note?: string; headers?: Record<string, string>; skipOn404?: boolean };

export type ScenarioResult = {
  name: string;
  path: string;
  note?: string;
  /** Mean of autocannon's per-second request counts. */
  reqPerSec: number;
  requests: number;
  /** Exact percentiles of every response time recorded during the measured run, in ms. */
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** autocannon's own summary (HDR histogram: p50, p90, p97.5, p99), for comparison. */
  autocannonLatencyMs: { p50: number; p90: number; p97_5: number; p99: number };
  throughputKBps: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/** Generous, so that a slow but correct route is measured rather than counted as failing. */
const REQUEST_TIMEOUT_SECONDS = 30;

type RunOptions = { url: string; headers?: Record<string, string>; connections: number; duration: number };

function run(options: RunOptions, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { ...options, timeout: REQUEST_TIMEOUT_SECONDS },
      (error: unknown, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    );
    if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

/** The value below which `p` percent of the sorted samples lie (nearest-rank). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Waits until /health/ready answers 200. When autocannon stops it drops the requests still in flight,
 * but the server goes on working through them; the readiness check pings the database behind those
 * queued queries, so its answer means the backlog is gone and the next run starts on an idle server.
 */
export async function waitUntilIdle(baseUrl: string, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - started;
    } catch {
      // busy or timed out: try again
    }
    if (performance.now() - started > timeoutMs) throw new Error(`server still busy after ${timeoutMs} ms`);
    await sleep(100);
  }
}

/**
 * One scenario: a warm-up run (not measured; it fills caches, JIT and the connection pool), a wait
 * until the server has finished the warm-up's abandoned requests, then the measured run. Every response time is kept, so p95 is exact rather than read off autocannon's
 * fixed percentile list, which has p90 and p97.5 but no p95.
 */
export async function measure(
  baseUrl: string,
  scenario: Scenario,
  options: { connections: number; duration: number; warmup: number },
): Promise<ScenarioResult> {
  const url = baseUrl + scenario.path;
  const headers = scenario.headers ?? {};
  await waitUntilIdle(baseUrl);
  if (options.warmup > 0) await run({ url, headers, connections: options.connections, duration: options.warmup });
  await waitUntilIdle(baseUrl);

  let samples = new Float64Array(1 << 16);
  let n = 0;
  const result = await run({ url, headers, connections: options.connections, duration: options.duration }, (ms) => {
    if (n === samples.length) {
      const bigger = new Float64Array(samples.length * 2);
      bigger.set(samples);
      samples = bigger;
    }
    samples[n++] = ms;
  });
  const sorted = samples.subarray(0, n).sort();
  let sum = 0;
  for (const v of sorted) sum += v;

  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  return {
    name: scenario.name,
    path: scenario.path,
    ...(scenario.note ? { note: scenario.note } : {}),
    reqPerSec: round(result.requests.mean),
    requests: result.requests.total,
    latencyMs: {
      mean: round(n ? sum / n : NaN, 3),
      p50: round(percentile(sorted, 50), 3),
      p95: round(percentile(sorted, 95), 3),
      p99: round(percentile(sorted, 99), 3),
      max: round(sorted[n - 1] ?? NaN, 3),
    },
    autocannonLatencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
    },
    throughputKBps: round(result.throughput.mean / 1024, 1),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}
