/**
 * This file was auto-generated from openapi/control-api.yaml.
 * Do not make direct changes to the file: edit the spec, then run `pnpm generate`.
 */

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The control API's routes, this document and the reference page
         * @description The routes are read from this document. A browser that asks for HTML gets a page of links; every other client gets JSON.
         */
        get: operations["getIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forget every task, fault, scripted fate and recorded request, and reset the clock
         * @description Empties the task store, disarms every fault and scripted fate, clears the request log and puts the clock back on the system time, running.
         */
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the clock */
        get: operations["getClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the clock to a time, or to an offset from the system clock
         * @description A frozen clock stays frozen at the new time; a running clock runs on from it. With `offsetMs` instead of `time`, the clock is put that far from the server's system clock: exactly, for a running clock, so that a tool that read `offsetMs` from `GET /clock` before it moved the clock can put it back.
         */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the clock forward (or back) by some milliseconds */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop the clock at its current time */
        post: operations["freezeClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a frozen clock run again from where it stopped */
        post: operations["resumeClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a task in a chosen state
         * @description Creates a task that is, at the clock's current time, exactly in the requested state: its creation time is set back by the time the task needed to get there, so its lifecycle keeps running from that point. A running task (Waiting or Processing) ends as its `fate` says.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a task with its internal phase
         * @description The task as DescribeTaskAttribute answers it now, plus `Phase`, the finer state the ECS API does not answer: `Waiting` (queued; answered `Processing` at 0 %), `Paused` (stopped by its fate; answered `Processing`) and `Deleted` (cancelled; answered `Failed`), or the answered status itself (see docs/decisions/0038-documented-task-statuses.md).
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task-fates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the scripted fates still waiting for a task */
        get: operations["listTaskFates"];
        put?: never;
        /**
         * Script how the next tasks of an action end
         * @description The next `times` tasks that ExportImage, ImportImage or ModifyDiskSpec creates (through the ECS API) for `taskAction` get this fate instead of finishing, so code under test that makes its own tasks can see them fail or pause.
         */
        post: operations["scriptTaskFate"];
        /** Forget every scripted fate */
        delete: operations["clearTaskFates"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/task-fates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw one scripted fate
         * @description Withdraws the fate with this `id` (from `POST /task-fates`) and leaves every other one, so that a tool sharing the server with others can take back only what it scripted.
         */
        delete: operations["withdrawTaskFate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the armed faults */
        get: operations["listFaults"];
        put?: never;
        /**
         * Inject a documented error or latency into calls of an action
         * @description After routing and before the operation runs, each armed fault of the action is checked in order. A fault fires on the next `times` calls (1 when neither `times` nor `probability` is given), or on each call with `probability`, drawn from a random source seeded with `seed` so that runs repeat. A firing fault adds `latencyMs`, then answers with `error`: the name of one of the action's documented error examples in the ECS spec (for example `Throttling`, with `x-acs-retry-after: retryAfterMs`, `InternalError`, `ServiceUnavailable`, or `CancelTaskFailed` for CancelTask), with its documented status, `Code` and `Message`.
         */
        post: operations["injectFault"];
        /** Disarm every fault */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Disarm one fault
         * @description Disarms the fault with this `id` (from `POST /faults`) and leaves every other one, so that a tool sharing the server with others can take back only what it injected.
         */
        delete: operations["disarmFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the most recent ECS requests, newest first */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getControlApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The ECS error body (see `ErrorBody` in the ECS spec). */
        EcsErrorBody: {
            RequestId: string;
            HostId: string;
            /** @example InvalidAction.NotFound */
            Code: string;
            Message: string;
            Recommend: string;
        };
        /** @description Why a control request was refused. */
        Problem: {
            /** @example progress must be an integer from 0 to 100. */
            message: string;
        };
        /** @description The server's clock. */
        ClockState: {
            /** @description The time in epoch milliseconds. */
            nowMs: number;
            /**
             * Format: date-time
             * @description The same time in ISO 8601.
             */
            now: string;
            /** @description Whether the clock stands still. */
            frozen: boolean;
            /** @description The clock's time minus the server's system time, in milliseconds (0 for a clock that was never moved); `POST /clock/set` with `offsetMs` puts it back. */
            offsetMs: number;
        };
        /** @description Either `time` or `offsetMs`. */
        ClockSet: {
            /** @description The new time, as ISO 8601 or epoch milliseconds. */
            time?: string | number;
            /** @description The distance from the server's system time, in milliseconds. */
            offsetMs?: number;
        } & (unknown | unknown);
        ClockAdvance: {
            /** @description Milliseconds to move the clock by (negative moves it back). */
            ms: number;
        };
        /**
         * @description The operations that create tasks.
         * @enum {string}
         */
        TaskAction: "ImportImage" | "ExportImage" | "ModifyDiskSpec";
        /** @description How a task ends: `finish`, `fail` at `atPercent` with `errorCode` and `errorMessage` (defaults: the action's documented failure), or `pause` at `atPercent` and stay Paused. */
        Fate: {
            /** @enum {string} */
            outcome: "finish" | "fail" | "pause";
            /** @default 50 */
            atPercent: number;
            errorCode?: string;
            errorMessage?: string;
        };
        TaskPlacement: {
            taskAction: components["schemas"]["TaskAction"];
            /**
             * @description A region DescribeRegions lists.
             * @default cn-hangzhou
             */
            regionId: string;
            /**
             * @description The phase the task is in now. Deleted (cancelled) applies to ImportImage and ExportImage only. The ECS API answers Waiting and Paused as Processing and Deleted as Failed (decision 0038).
             * @default Processing
             * @enum {string}
             */
            status: "Waiting" | "Processing" | "Finished" | "Failed" | "Paused" | "Deleted";
            /** @description Progress now (Processing, Paused, Deleted; below 100 for Processing and Deleted), or where the task failed (Failed). Default 0, and 100 for Finished. */
            progress?: number;
            /** @description Time from start to 100 % (default the server's task duration, less the queue); at most ten years. */
            durationMs?: number;
            /** @description Time spent Waiting before the start (default 5 % of the server's task duration); at most ten years. */
            queuedMs?: number;
            fate?: components["schemas"]["Fate"];
            /** @description The error of a Failed task. */
            errorCode?: string;
            /** @description The error message of a Failed task. */
            errorMessage?: string;
            /** @description The image (ImportImage, ExportImage) or disk (ModifyDiskSpec) ID; a new one by default. */
            resourceId?: string;
            /**
             * @description The number of subtasks (ImportImage disks).
             * @default 1
             */
            subtaskCount: number;
            /** @description The account that owns the task (default the server's account). */
            accountId?: string;
        };
        /** @description A task as DescribeTaskAttribute reports it, without `RequestId`, and `Phase`, where it is in its life. */
        ControlTask: {
            TaskId: string;
            RegionId: string;
            TaskAction: components["schemas"]["TaskAction"];
            /**
             * @description The internal phase: the answered `TaskStatus` except for a queued (`Waiting`), paused (`Paused`) or cancelled (`Deleted`) task.
             * @enum {string}
             */
            Phase: "Waiting" | "Processing" | "Finished" | "Failed" | "Paused" | "Deleted";
            /** @enum {string} */
            TaskStatus: "Processing" | "Finished" | "Failed";
            TaskProcess: string;
            SupportCancel: boolean;
            TotalCount: number;
            SuccessCount: number;
            FailedCount: number;
            CreationTime: string;
            FinishedTime: string;
            OperationProgressSet: {
                OperationProgress: Record<string, never>[];
            };
        };
        ScriptedFateRequest: {
            taskAction: components["schemas"]["TaskAction"];
            fate: components["schemas"]["Fate"];
            /**
             * @description How many of the next tasks of the action get this fate.
             * @default 1
             */
            times: number;
        };
        ScriptedFate: {
            /**
             * @description Names the fate, to withdraw it with `DELETE /task-fates/{id}`.
             * @example fate-1
             */
            id: string;
            taskAction: components["schemas"]["TaskAction"];
            fate: components["schemas"]["Fate"];
            remaining: number;
        };
        FaultSpec: {
            /**
             * @description The ECS action the fault applies to, or `*` for every action.
             * @default *
             */
            action: string;
            /** @description The name of a documented error example of the action in the ECS spec (for `*`, one every action documents), e.g. `Throttling`, `InternalError`, `ServiceUnavailable`. */
            error?: string;
            /** @description Delay added before the answer. */
            latencyMs?: number;
            /**
             * @description The `x-acs-retry-after` header (milliseconds) sent with `Throttling`.
             * @default 1000
             */
            retryAfterMs: number;
            /** @description Fire on the next N matching calls, then disarm. */
            times?: number;
            /** @description Fire on each matching call with this probability (unlimited unless `times` is set). */
            probability?: number;
            /** @description Seed of the probability draws, so that runs repeat. */
            seed?: string;
        };
        Fault: components["schemas"]["FaultSpec"] & {
            /** @example fault-1 */
            id: string;
            /** @description Firings left, or null when unlimited. */
            remaining: number | null;
        };
        LoggedRequest: {
            requestId: string;
            /**
             * Format: date-time
             * @description Server clock time of arrival.
             */
            receivedAt: string;
            method: string;
            action: string | null;
            /** @description The merged query and form parameters. A name or value longer than 1024 characters is cut and ends with `…[cut N characters]`; when a request's parameters exceed 64 KiB, those that do not fit are counted in a parameter named `…` (`[cut N more parameters]`). The log as a whole keeps at most `--request-log-bytes` characters of parameters (8 MiB by default), dropping the oldest requests. */
            params: {
                [key: string]: string;
            };
            /** @description The status answered; 499 when the client closed the connection before its request had arrived in full (nobody was left to answer). */
            status: number;
            /** @description The error code, or null for a success. */
            code: string | null;
        };
    };
    responses: {
        /** @description The control API is switched off (`--control off`): its paths answer as ECS answers an unknown API, with the ECS error body and the code `InvalidAction.NotFound`. */
        Disabled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EcsErrorBody"];
            };
        };
        /** @description The clock after the call. */
        Clock: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClockState"];
            };
        };
        /** @description The server has a control token and the request did not send it as `Authorization: Bearer <token>` (missing, malformed or wrong). `WWW-Authenticate` names the realm `ecs-reference-server control API`. */
        Unauthorized: {
            headers: {
                /** @description The bearer challenge, with `error="invalid_token"` for a wrong token. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Problem"];
            };
        };
        /** @description The server verifies signatures (`--auth verify`) and has no control token, so nobody may use its control API; the message says how to start it with one. */
        Refused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Problem"];
            };
        };
        /** @description The server's task store (`--db`) cannot commit the change (a full disk, an I/O error): nothing was changed, and the same request succeeds once the storage recovers. */
        StorageUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Problem"];
            };
        };
        /** @description The request cannot be carried out; the message says what to change. */
        Problem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than the server reads (64 KiB unless the server was started with another `--max-control-body`); it is refused unread. */
        BodyTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Problem"];
            };
        };
        /** @description The server already holds as many of these as it allows (1000 faults and 1000 task fates unless started with other `--max-faults` / `--max-task-fates`); the message says how to make room. */
        LimitReached: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The id the resource was created with. */
        Id: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The index. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        /** @description The path of this document. */
                        openapi: string;
                        /** @description The path of the interactive reference page. */
                        docs: string;
                        routes: {
                            method: string;
                            /** @description The full path on the server, prefix included. */
                            path: string;
                            operationId?: string;
                            summary?: string;
                        }[];
                    };
                    "text/html": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
        };
    };
    reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Clock"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockSet"];
            };
        };
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
            413: components["responses"]["BodyTooLarge"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockAdvance"];
            };
        };
        responses: {
            200: components["responses"]["Clock"];
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
            413: components["responses"]["BodyTooLarge"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    freezeClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Clock"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    resumeClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Clock"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskPlacement"];
            };
        };
        responses: {
            /** @description The task, as DescribeTaskAttribute reports it now (without `RequestId`), and its phase. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlTask"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
            413: components["responses"]["BodyTooLarge"];
            503: components["responses"]["StorageUnavailable"];
        };
    };
    getTask: {
        parameters: {
            query?: {
                /** @description The task's region (default cn-hangzhou). */
                regionId?: string;
                /** @description The account that owns the task (default the server's account). */
                accountId?: string;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task and its phase. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ControlTask"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            /** @description No such task in this account and region (or the control API is switched off, and the body is the ECS error body). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"] | components["schemas"]["EcsErrorBody"];
                };
            };
            503: components["responses"]["StorageUnavailable"];
        };
    };
    listTaskFates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scripted fates, first to be used first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fates: components["schemas"]["ScriptedFate"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
        };
    };
    scriptTaskFate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScriptedFateRequest"];
            };
        };
        responses: {
            /** @description The fate is scripted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScriptedFate"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
            409: components["responses"]["LimitReached"];
            413: components["responses"]["BodyTooLarge"];
        };
    };
    clearTaskFates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
        };
    };
    withdrawTaskFate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id the resource was created with. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            /** @description No scripted fate has this id: it was used up or withdrawn (or the control API is switched off, and the body is the ECS error body). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"] | components["schemas"]["EcsErrorBody"];
                };
            };
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The armed faults, in the order they are checked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        faults: components["schemas"]["Fault"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
        };
    };
    injectFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultSpec"];
            };
        };
        responses: {
            /** @description The fault is armed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"];
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
            409: components["responses"]["LimitReached"];
            413: components["responses"]["BodyTooLarge"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
        };
    };
    disarmFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The id the resource was created with. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disarmed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            /** @description No armed fault has this id: it fired its last time or was disarmed (or the control API is switched off, and the body is the ECS error body). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"] | components["schemas"]["EcsErrorBody"];
                };
            };
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description How many requests to list. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: components["schemas"]["LoggedRequest"][];
                    };
                };
            };
            400: components["responses"]["Problem"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
        };
    };
    getControlApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The control API's OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Refused"];
            404: components["responses"]["Disabled"];
        };
    };
}
