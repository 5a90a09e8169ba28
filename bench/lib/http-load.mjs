// HTTP load with autocannon: keep-alive connections, fixed duration, one request shape.
import autocannon from "autocannon";

/** The figures every HTTP row keeps of an autocannon result. */
function summaryOf(result) {
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

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
  return summaryOf(result);
}

/** How long a warm-up measurement runs: long enough for the JIT to settle on the hot path. */
export const WARMUP_SECONDS = 1;

/** A side for {@link interleave}: `target` measured for `seconds`, or for the warm-up's length when warming up. */
export function httpSide(target, seconds) {
  return ({ warmup }) => measureHttp({ ...target, durationSeconds: warmup ? WARMUP_SECONDS : seconds });
}

/**
 * Runs every side once unrecorded (`{ warmup: true }`: JIT, caches and connections warm, so the first
 * round does not pay for them), then `rounds` rounds of A then B (alternating, so drift in the machine hits
 * both alike) and returns every recorded run of each side, in round order.
 */
export async function interleaveRuns(rounds, sides) {
  const runs = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
  for (const name of Object.keys(sides)) {
    await sides[name]({ warmup: true });
  }
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? Object.keys(sides) : Object.keys(sides).reverse();
    for (const name of order) {
      runs[name].push(await sides[name]({ warmup: false }));
    }
  }
  return runs;
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** {@link interleaveRuns}, reduced to the median of each figure per side. */
export async function interleave(rounds, sides) {
  const runs = await interleaveRuns(rounds, sides);
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((run) => run[key]))])),
    ]),
  );
}

/**
 * Requests that may each be sent once only (V3-signed, each with its own nonce), made on demand in batches.
 * What a connection took but never sent goes back, so only what is really sent is ever used up.
 */
export class OneShotRequests {
  #free = [];
  #make;
  made = 0;

  /** @param {(count: number) => Promise<Array<{ method: string, path: string, headers: Record<string,string> }>>} make */
  constructor(make) {
    this.#make = make;
  }

  /** @param {number} count */
  async take(count) {
    if (count > this.#free.length) {
      const more = await this.#make(count - this.#free.length);
      this.made += more.length;
      this.#free.push(...more);
    }
    return this.#free.splice(this.#free.length - count, count);
  }

  /** @param {unknown[]} unsent requests taken but never written to a socket */
  giveBack(unsent) {
    this.#free.push(...unsent);
  }
}

/**
 * HTTP load of one-shot requests: every connection gets a list of its own (autocannon's `setupClient`), so
 * no two connections send the same request and, unlike `setupRequest`, every request buffer is built
 * before the clock starts: the load generator then costs what it costs for a fixed request. A list is sized
 * for `maxRps`; a connection that ran out would resend its list, which the server refuses (counted).
 * @param {{ url: string, pool: OneShotRequests, connections?: number, durationSeconds?: number, maxRps?: number }} target
 */
export async function measureHttpOneShot(target) {
  const connections = target.connections ?? 32;
  const durationSeconds = target.durationSeconds ?? 5;
  const perConnection = Math.ceil(((target.maxRps ?? 40_000) * durationSeconds) / connections);
  const lists = [];
  for (let i = 0; i < connections; i += 1) {
    lists.push(await target.pool.take(perConnection));
  }
  const clients = [];
  const result = await autocannon({
    url: target.url,
    connections,
    pipelining: 1,
    duration: durationSeconds,
    // Only a placeholder: each client swaps in its own list before it connects.
    requests: [lists[0][0]],
    setupClient: (client) => {
      client.setRequests(lists[clients.length]);
      clients.push(client);
    },
  });
  clients.forEach((client, i) => {
    // Requests are written in list order; the ones after the last written never left.
    target.pool.giveBack(lists[i].slice(Math.min(client.reqsMade, lists[i].length)));
  });
  return summaryOf(result);
}
