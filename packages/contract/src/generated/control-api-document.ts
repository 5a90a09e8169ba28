/**
 * This file was auto-generated from openapi/control-api.yaml.
 * Do not make direct changes to the file: edit the spec, then run `pnpm generate`.
 */

/** The bundled OpenAPI document (ECS reference server control API), as plain data for run-time validation. */
export const controlApiDocument: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "ECS reference server control API",
    "version": "0.1.0",
    "description": "The reference server's own API for tests (placeholder until the reference server defines it): it is served under `/_reference/` and is not part of ECS.",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8080/_reference"
    }
  ],
  "security": [],
  "paths": {
    "/reset": {
      "post": {
        "operationId": "reset",
        "summary": "Forget every task, fault and recorded request",
        "description": "Forget every task, fault and recorded request.",
        "responses": {
          "204": {
            "description": "Done."
          },
          "400": {
            "description": "The control API is switched off or the request is malformed."
          }
        }
      }
    }
  },
  "components": {}
};
