// HTTP load with autocannon: keep-alive connections, fixed duration, one request shape.
import autocannon from "autocannon";

/**
 * @param {{ url: string, method?: string, path: string, headers?: Record<string,string>, body?: string,
 *           connections?: number, durationSeconds?: number, setupRequest?: (req: object) => object }} target
 * @returns {Promise<{ rps: number, p50: number, p99: number, errors: number, non2xx: number }>}
 */
export async function measureHttp(target) {
  const result = await autocannon({
    url: target.url,
    connections: target.connections ?? 32,
    pipelining: 1,
    duration: target.durationSeconds ?? 5,
    requests: [
      {
        method: target.method ?? "GET",
        path: target.path,
        headers: target.headers,
        body: target.body,
        ...(target.setupRequest ? { setupRequest: target.setupRequest } : {}),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * Runs `rounds` rounds of A then B (alternating, so drift in the machine hits both alike) and returns
 * the median of each figure per side.
 */
export async function interleave(rounds, sides) {
  const runs = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? Object.keys(sides) : Object.keys(sides).reverse();
    for (const name of order) {
      runs[name].push(await sides[name]());
    }
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((run) => run[key]))])),
    ]),
  );
}
