/**
 * @module
 * A faithful local emulator of the Alibaba Cloud ECS task API (DescribeTaskAttribute, DescribeTasks,
 * CancelTask, ExportImage, ImportImage, ModifyDiskSpec, DescribeRegions) with a controllable clock.
 */
export { createApp, type ReferenceServerOptions } from "./app.js";
export type { AccessKey, AuthMode } from "./auth/access-keys.js";
export {
  type Clock,
  type ClockSetting,
  type ClockState,
  ControllableClock,
  systemClock,
} from "./clock.js";
export { type ListeningServer, type ListenOptions, listen } from "./listen.js";
export { InMemoryTaskStore } from "./store/in-memory-task-store.js";
export { openSqlitePersistence, type SqlitePersistence } from "./store/sqlite-persistence.js";
export { SqliteTaskStore } from "./store/sqlite-task-store.js";
export type { TaskPage, TaskQuery, TaskStore } from "./store/task-store.js";
export type {
  RelatedItem,
  TaskCreatingAction,
  TaskFate,
  TaskRecord,
  TaskStatus,
} from "./tasks/task-record.js";
