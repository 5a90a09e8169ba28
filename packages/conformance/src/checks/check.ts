import type { SchemaValidator } from "@ecs-tasks/contract/validation";
import type { OperationModel } from "../spec/operation-model.js";
import type { Exchange } from "../wire/exchange.js";
import type { ProbeRequest } from "../wire/probe-request.js";
import type { ControlApi } from "./control-api.js";
import type { TaskFixtures } from "./task-fixtures.js";

/** When a check runs: while requests are sent, or afterwards over every answer the run received. */
export type CheckPhase = "request" | "invariant";

/** What a failed check expected, and where the spec says so. */
export interface Expectation {
  /** In words, e.g. `400 MissingParameter "An input parameter ..."`. */
  summary: string;
  /** JSON pointer into the bundled spec (`@ecs-tasks/contract`'s `openapiDocument`). */
  specPointer?: string;
}

/** One way a check saw the target break the contract. */
export interface CheckFailure {
  message: string;
  expected?: Expectation;
  /** The request that showed it and what came back. */
  exchange?: Exchange;
}

/** One conformance check: an id to select it by, tags, and what it does. */
export interface CheckDefinition {
  /** Stable, dotted, e.g. `errors.DescribeTaskAttribute.MissingParameter.RegionId`. */
  id: string;
  title: string;
  tags: string[];
  phase: CheckPhase;
  /** Where the spec states what the check enforces. */
  specPointer?: string;
  /**
   * Without the control API it mostly waits for tasks in real time: such checks run side by side, so a run
   * takes about one task's duration instead of one per check.
   */
  waitsInRealTime?: boolean;
  run(context: CheckContext): Promise<void>;
}

/** A request a check sends: an operation's sample request with changes. */
export interface ProbeOptions extends Partial<Omit<ProbeRequest, "params">> {
  /** The parameters; the operation's sample request (placeholders resolved) when absent. */
  params?: Array<[string, string]>;
}

/** Everything a check can use while it runs. */
export interface CheckContext {
  readonly operations: readonly OperationModel[];
  operation(action: string): OperationModel;
  /** The region the run targets. */
  readonly region: string;
  /** Sends a request judged by `operation`'s contract and records the exchange. */
  send(operation: string | undefined, call: ProbeRequest): Promise<Exchange>;
  /** Records a failure; the check goes on, so one run reports every problem it can see. */
  fail(failure: CheckFailure): void;
  /** Ends the check as skipped, with the reason shown in the report. */
  skip(reason: string): never;
  /** Says what the check is waiting for (a terminal shows it on a progress line). */
  waiting(what: string): void;
  readonly validate: SchemaValidator;
  readonly fixtures: TaskFixtures;
  /** The reference server's control API, when the target serves it. */
  readonly control: ControlApi | undefined;
  /** The run's seed: the robustness pass draws every request from it, so a run repeats exactly. */
  readonly seed: number;
  /** Every exchange of the run so far (invariant checks read them). */
  exchanges(): readonly Exchange[];
  /** Settings that bound the run. */
  readonly limits: RunLimits;
  /** Waits, through the run's injectable sleep. */
  sleep(ms: number): Promise<void>;
  now(): number;
}

/** Bounds of the run's slow parts. */
export interface RunLimits {
  /** Robustness pass: how many malformed requests. */
  robustnessRuns: number;
  /** Lifecycle without clock control: how long to watch a task before giving up. */
  lifecycleTimeoutMs: number;
  /** Lifecycle without clock control: the pause between two observations. */
  pollIntervalMs: number;
  /** Whether the target verifies signatures (checks that need `auth-verify` run only then). */
  verifiesSignatures: boolean;
}

/** Thrown by {@link CheckContext.skip}. */
export class CheckSkipped extends Error {
  override name = "CheckSkipped";
}
