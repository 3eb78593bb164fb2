// autocannon, typed for what we use of it. It ships no TypeScript types and none may be
// installed, so the slice of its API used here is declared below and loaded with require().

type AutocannonOptions = { url: string; connections: number; duration: number; timeout?: number; headers?: Record<string, string> };
type Percentiles = { average: number; p50: number; p99: number; max: number };
type AutocannonResult = {
  requests: Percentiles & { total: number };
  latency: Percentiles;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
};
type Autocannon = (opts: AutocannonOptions) => Promise<AutocannonResult>;

const autocannon = require("autocannon") as Autocannon;

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number; // connection errors and timeouts
  non2xx: number;
  requests: number;
  seconds: number;
};

/**
 * A fixed-duration run of `connections` keep-alive connections against one URL. No
 * Accept-Encoding header is sent, so every variant answers uncompressed and the
 * comparison is of rendering and serving, not of gzip.
 */
export async function loadTest(url: string, connections: number, durationS: number): Promise<LoadFigures> {
  const r = await autocannon({ url, connections, duration: durationS, timeout: 10 });
  return {
    requestsPerSecond: r.requests.total / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
    requests: r.requests.total,
    seconds: r.duration,
  };
}
