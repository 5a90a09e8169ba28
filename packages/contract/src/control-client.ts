/**
 * @module
 * A typed client for the reference server's control API (`openapi/control-api.yaml`), on openapi-fetch with
 * the paths generated from that document: one method per operation, named by its operationId, taking the
 * body as a client sends it (defaulted fields optional) and resolving with the success body; any other answer
 * rejects with a {@link ControlApiError}. It uses only `fetch`, so it runs wherever the client does.
 */
import createClient from "openapi-fetch";
import type { paths } from "./generated/control-api-as-sent.js";

type ControlPaths = paths;
type JsonBody<Operation> = Operation extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;
type SuccessBody<Operation, Status extends number> = Operation extends {
  responses: { [S in Status]: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

/** The body of `POST /_reference/clock/set`: `{ time }` (ISO 8601 or epoch ms) or `{ offsetMs }`. */
export type ClockSetting = JsonBody<ControlPaths["/clock/set"]["post"]>;
/** The body of `POST /_reference/clock/advance`. */
export type ClockAdvance = JsonBody<ControlPaths["/clock/advance"]["post"]>;
/** The clock as the control API reports it. */
export type ControlClock = SuccessBody<ControlPaths["/clock"]["get"], 200>;
/** The body of `POST /_reference/tasks`: a task in a chosen state. */
export type TaskPlacementRequest = JsonBody<ControlPaths["/tasks"]["post"]>;
/** A task as `POST /_reference/tasks` answers it (DescribeTaskAttribute's fields, without `RequestId`). */
export type PlacedTask = SuccessBody<ControlPaths["/tasks"]["post"], 201>;
/** The body of `POST /_reference/task-fates`. */
export type TaskFateRequest = JsonBody<ControlPaths["/task-fates"]["post"]>;
/** A scripted fate, with the id that withdraws it. */
export type ScriptedTaskFate = SuccessBody<ControlPaths["/task-fates"]["post"], 201>;
/** The body of `POST /_reference/faults`. */
export type FaultRequest = JsonBody<ControlPaths["/faults"]["post"]>;
/** An armed fault, with the id that disarms it. */
export type ArmedFault = SuccessBody<ControlPaths["/faults"]["post"], 201>;
/** One recorded ECS request of `GET /_reference/requests`. */
export type RecordedRequest = SuccessBody<ControlPaths["/requests"]["get"], 200>["requests"][number];

/** Where the control API is and how to reach it. */
export interface ControlClientOptions {
  /** The server's base URL, e.g. `http://127.0.0.1:8080`; the control API is under its `/_reference/`. */
  readonly endpoint: string;
  /** The server's control token (`--control-token`), sent as `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** The fetch to use; default `globalThis.fetch`. An in-process handler (Hono's `app.fetch`) fits too. */
  readonly fetch?: (request: Request) => Response | Promise<Response>;
  /** Sent on every control request (a gateway in front of the server may want its own). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The control API's operations, by operationId; each rejects with a {@link ControlApiError} unless it succeeds. */
export interface ControlClient {
  /** Forgets every task, fault, scripted fate and recorded request, and puts the clock back on system time. */
  reset(): Promise<void>;
  /** Reads the clock. */
  getClock(): Promise<ControlClock>;
  /** Sets the clock to a time (`{ time }`) or an offset from the system clock (`{ offsetMs }`). */
  setClock(setting: ClockSetting): Promise<ControlClock>;
  /** Moves the clock by `ms` (negative moves it back). */
  advanceClock(advance: ClockAdvance): Promise<ControlClock>;
  /** Stops the clock, so that tasks change only when it is set or advanced. */
  freezeClock(): Promise<ControlClock>;
  /** Lets a frozen clock run again from where it stopped. */
  resumeClock(): Promise<ControlClock>;
  /** Creates a task that is, now, in the state asked for. */
  createTask(placement: TaskPlacementRequest): Promise<PlacedTask>;
  /** Scripts how the next tasks an action creates through the ECS API end (fail or pause). */
  scriptTaskFate(request: TaskFateRequest): Promise<ScriptedTaskFate>;
  /** Lists the scripted fates no task has used yet. */
  listTaskFates(): Promise<{ fates: ScriptedTaskFate[] }>;
  /** Withdraws one scripted fate (404 once a task has used it up). */
  withdrawTaskFate(id: string): Promise<void>;
  /** Forgets every scripted fate. */
  clearTaskFates(): Promise<void>;
  /** Arms a fault: a documented error (`Throttling`, `InternalError`, …) or latency on calls of an action. */
  injectFault(fault: FaultRequest): Promise<ArmedFault>;
  /** Lists the armed faults. */
  listFaults(): Promise<{ faults: ArmedFault[] }>;
  /** Disarms one fault (404 once it has fired its last time). */
  disarmFault(id: string): Promise<void>;
  /** Disarms every fault. */
  clearFaults(): Promise<void>;
  /** Lists the most recent ECS requests, newest first (50 unless `limit` says otherwise). */
  listRequests(query?: { limit?: number }): Promise<{ requests: RecordedRequest[] }>;
}

/** The control API answered a call with something other than success; `status` and `body` say what. */
export class ControlApiError extends Error {
  override name = "ControlApiError";
  /** The operationId of the call, e.g. `injectFault`. */
  readonly operation: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** The answer's body: `{ message }` from the control API, the ECS error body when it is switched off. */
  readonly body: unknown;
  /** The answer's headers (a 401's `WWW-Authenticate` names the reference server's realm). */
  readonly headers: Headers;

  constructor(operation: string, response: Response, body: unknown) {
    super(`${operation}: the control API answered ${response.status}${reasonOf(body)}`);
    this.operation = operation;
    this.status = response.status;
    this.body = body;
    this.headers = response.headers;
  }
}

function reasonOf(body: unknown): string {
  if (typeof body === "object" && body !== null) {
    const { message, Code, Message } = body as Record<string, unknown>;
    if (typeof message === "string") {
      return `: ${message}`;
    }
    if (typeof Code === "string") {
      return `: ${Code}${typeof Message === "string" ? ` (${Message})` : ""}`;
    }
  }
  return typeof body === "string" && body !== "" ? `: ${body.slice(0, 300)}` : "";
}

/** The prefix under which the reference server serves its control API. */
const CONTROL_PREFIX = "/_reference";

/** Creates a typed client for the control API of the reference server at `options.endpoint`. */
export function createControlClient(options: ControlClientOptions): ControlClient {
  const send = options.fetch;
  const headers = new Headers(options.headers);
  if (options.token !== undefined) {
    headers.set("authorization", `Bearer ${options.token}`);
  }
  const api = createClient<ControlPaths>({
    baseUrl: `${options.endpoint.replace(/\/+$/, "")}${CONTROL_PREFIX}`,
    headers,
    // openapi-fetch wants a promise; an in-process handler may answer synchronously.
    ...(send === undefined ? {} : { fetch: async (request: Request) => send(request) }),
  });

  // openapi-fetch resolves with `error` for a failure status; an empty failure body leaves `error` undefined,
  // so the status decides.
  async function expectSuccess<Data>(
    operation: string,
    pending: Promise<{ data?: Data; error?: unknown; response: Response }>,
  ): Promise<Data> {
    const answer = await pending;
    // Every success of these operations has a JSON body; a success without one is not the control API.
    if (!answer.response.ok || answer.error !== undefined || answer.data === undefined) {
      throw new ControlApiError(operation, answer.response, answer.error);
    }
    return answer.data;
  }
  async function expectNoContent(
    operation: string,
    pending: Promise<{ error?: unknown; response: Response }>,
  ): Promise<void> {
    const answer = await pending;
    if (!answer.response.ok || answer.error !== undefined) {
      throw new ControlApiError(operation, answer.response, answer.error);
    }
  }

  return {
    reset: () => expectNoContent("reset", api.POST("/reset")),
    getClock: () => expectSuccess("getClock", api.GET("/clock")),
    setClock: (body) => expectSuccess("setClock", api.POST("/clock/set", { body })),
    advanceClock: (body) => expectSuccess("advanceClock", api.POST("/clock/advance", { body })),
    freezeClock: () => expectSuccess("freezeClock", api.POST("/clock/freeze")),
    resumeClock: () => expectSuccess("resumeClock", api.POST("/clock/resume")),
    createTask: (body) => expectSuccess("createTask", api.POST("/tasks", { body })),
    scriptTaskFate: (body) => expectSuccess("scriptTaskFate", api.POST("/task-fates", { body })),
    listTaskFates: () => expectSuccess("listTaskFates", api.GET("/task-fates")),
    withdrawTaskFate: (id) =>
      expectNoContent("withdrawTaskFate", api.DELETE("/task-fates/{id}", { params: { path: { id } } })),
    clearTaskFates: () => expectNoContent("clearTaskFates", api.DELETE("/task-fates")),
    injectFault: (body) => expectSuccess("injectFault", api.POST("/faults", { body })),
    listFaults: () => expectSuccess("listFaults", api.GET("/faults")),
    disarmFault: (id) =>
      expectNoContent("disarmFault", api.DELETE("/faults/{id}", { params: { path: { id } } })),
    clearFaults: () => expectNoContent("clearFaults", api.DELETE("/faults")),
    listRequests: (query = {}) => expectSuccess("listRequests", api.GET("/requests", { params: { query } })),
  };
}
