import { FINISH, type TaskCreatingAction, type TaskFate } from "../tasks/task-record.js";
import { LimitReachedError } from "./limit-reached-error.js";

/** A scripted fate waiting for the next tasks of an action. */
export interface ScriptedFate {
  /** Names the fate, to withdraw it before it is used up. */
  readonly id: string;
  readonly taskAction: TaskCreatingAction;
  readonly fate: TaskFate;
  readonly remaining: number;
}

/**
 * Fates for the next tasks that ExportImage, ImportImage or ModifyDiskSpec create, so that code under test
 * that creates its own tasks through the real API can still see them fail or pause.
 */
export class FateQueue {
  #queue: { id: string; taskAction: TaskCreatingAction; fate: TaskFate; remaining: number }[] = [];
  #counter = 0;
  readonly #maxFates: number;

  /** Holds at most `maxFates` scripted fates at once (each task created looks through them). */
  constructor(maxFates = Number.POSITIVE_INFINITY) {
    this.#maxFates = maxFates;
  }

  /**
   * Scripts `fate` for the next `times` tasks of `taskAction`; throws {@link LimitReachedError} when as
   * many fates as allowed are scripted.
   */
  add(taskAction: TaskCreatingAction, fate: TaskFate, times: number): ScriptedFate {
    if (this.#queue.length >= this.#maxFates) {
      throw new LimitReachedError(
        `${this.#queue.length} task fates are scripted, the most this server allows (--max-task-fates): withdraw some first (DELETE /_reference/task-fates/{id} or /_reference/task-fates).`,
      );
    }
    const entry = { id: `fate-${++this.#counter}`, taskAction, fate, remaining: times };
    this.#queue.push(entry);
    return { ...entry };
  }

  /** The fate of a task being created now: the first scripted one for its action, else finishing. */
  next(taskAction: TaskCreatingAction): TaskFate {
    if (this.#queue.length === 0) {
      return FINISH;
    }
    const index = this.#queue.findIndex((e) => e.taskAction === taskAction);
    const entry = this.#queue[index];
    if (entry === undefined) {
      return FINISH;
    }
    entry.remaining--;
    if (entry.remaining <= 0) {
      this.#queue.splice(index, 1);
    }
    return entry.fate;
  }

  /** The fates still scripted. */
  list(): ScriptedFate[] {
    return this.#queue.map((e) => ({ ...e }));
  }

  /** Withdraws one scripted fate; false when no fate has that id (any more). */
  remove(id: string): boolean {
    const before = this.#queue.length;
    this.#queue = this.#queue.filter((e) => e.id !== id);
    return this.#queue.length < before;
  }

  /** Forgets every scripted fate. */
  clear(): void {
    this.#queue = [];
  }
}
