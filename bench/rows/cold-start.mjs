// S4: cold start, from spawning the server to its first answered request, against the bare Hono app.
import { get } from "node:http";
import { cpuMilliseconds, startChildServer } from "../lib/child-server.mjs";
import { interleave } from "../lib/http-load.mjs";
import { bareHonoPath, startReferenceServer } from "./server-http.mjs";

/** The first call the server's banner offers; the bare app answers any request on `/`. */
const FIRST_CALL = "/?Action=DescribeRegions&Version=2014-05-26&Format=JSON";

/** One request on a fresh connection (no pool kept between servers), resolved when the whole body is in. */
function answer(url) {
  return new Promise((resolve, reject) => {
    get(`${url}${FIRST_CALL}`, { agent: false }, (response) => {
      response.resume();
      response.on("end", () =>
        response.statusCode === 200
          ? resolve()
          : reject(new Error(`${url}${FIRST_CALL} answered ${response.statusCode}`)),
      );
      response.on("error", reject);
    }).on("error", reject);
  });
}

/**
 * A side for {@link interleave}: spawns a server, times its printed address and its first answer, then stops
 * it before the next spawn, so no two servers start at once.
 */
function coldStart(spawnServer) {
  return async () => {
    const spawnedAt = performance.now();
    const server = await spawnServer();
    const listeningAt = performance.now();
    try {
      await answer(server.url);
      const answeredMs = performance.now() - spawnedAt;
      // The child's own CPU to that point: wall time on a loaded machine is mostly waiting for a core.
      const cpuMs = (await cpuMilliseconds(server.pid)) ?? Number.NaN;
      return { listeningMs: listeningAt - spawnedAt, answeredMs, cpuMs };
    } finally {
      await server.stop();
    }
  };
}

/** S4: `spawns` cold starts of each side, alternating, medians. */
export async function rowS4({ spawns }) {
  const result = await interleave(spawns, {
    reference: coldStart(() => startReferenceServer()),
    bare: coldStart(() => startChildServer(process.execPath, [bareHonoPath])),
  });
  return {
    id: "S4",
    figures: result,
    checks: [
      {
        what: "spawn to first answer / bare Hono",
        value: result.reference.answeredMs / result.bare.answeredMs,
        target: "<= 1.5",
      },
    ],
    errors: 0,
  };
}
