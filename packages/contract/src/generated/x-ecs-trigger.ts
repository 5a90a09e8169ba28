/**
 * This file was auto-generated from openapi/extensions/x-ecs-trigger.schema.json.
 * Do not make direct changes to the file: edit the spec, then run `pnpm generate`.
 */

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * x-ecs-trigger
         * @description How to provoke a documented error, as a change to the operation's x-ecs-sample-request. A tool applies every field it finds; a field it does not know means it cannot provoke the error.
         */
        ErrorTrigger: {
            /** @description Parameters to leave out of the sample request. */
            remove?: string[];
            /** @description Parameters to add or to override in the sample request. */
            set?: {
                [key: string]: string;
            };
            /** @description Send this action instead of the operation's own; null sends none at all (neither Action nor x-acs-action). */
            action?: string | null;
            /** @description Send this API version instead of 2014-05-26; null sends none at all (neither Version nor x-acs-version). */
            version?: string | null;
            /** @description Send the request with this HTTP method. */
            method?: string;
            /**
             * @description The sample request's $taskId must name such a task: one that has ended (finished-task) or one whose action cannot be cancelled (uncancellable-task).
             * @enum {unknown}
             */
            precondition?: "finished-task" | "uncancellable-task";
            /**
             * @description What to get wrong when signing (only meaningful against a server that verifies signatures).
             * @enum {unknown}
             */
            auth?: "malformed-signature" | "wrong-secret" | "stale-timestamp" | "reused-nonce" | "unknown-key";
            /** @description What the target must offer before the error can be provoked: the reference server's control API (the error is injected as a fault for this action) or signature verification. */
            needs?: ("control-api" | "auth-verify")[];
            /**
             * @description false: documented, but a client cannot provoke it on demand (it depends on the state of the real account).
             * @constant
             */
            provokable?: false;
            /** @description Send the sample request by POST with a form body of at least this many bytes (a filler parameter beside the sample's parameters); the action and version travel in headers, so the body need not be read to route the request. */
            bodyBytes?: number;
            /** @description Send the sample request by GET with a filler query parameter of at least this many bytes (beside the sample's parameters, the action and the version). */
            queryBytes?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
