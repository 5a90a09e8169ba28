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
    "summary": "Test controls of the ECS reference server, served under `/_reference/`.",
    "description": "The reference server's own API for tests and CI: it is not part of ECS. It resets the server, creates tasks in a chosen state, scripts how the next created tasks end, sets, advances or freezes the clock every task reads, injects documented errors or latency per action, and lists recent requests.\n\nTask state is a pure function of stored facts and this clock, so a test that freezes the clock and then advances it drives a task through Waiting, Processing and Finished (or Failed) without sleeping. The control API is on by default and is switched off with `--control off` (or `ECS_REFERENCE_CONTROL=off`); its paths then answer like any unknown ECS path.\n\nThe control API belongs to the server's operator. With `--control-token` (or `ECS_REFERENCE_CONTROL_TOKEN`) every request under `/_reference/`, the index and this document included, must send `Authorization: Bearer <token>`, else it is answered 401. A server that verifies signatures (`--auth verify`) and has no token refuses the control API (403): it is shared, and the control API can wipe, slow and read every account's calls. Paths are taken as sent: a path with another spelling of a route (`/%2e%2e/_reference/reset`, `//_reference/reset`, `/_reference%2Freset`, ...) reaches no route and is answered like any unknown ECS path.",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8080/_reference",
      "description": "A local reference server."
    }
  ],
  "security": [
    {},
    {
      "controlToken": []
    }
  ],
  "tags": [
    {
      "name": "Server",
      "description": "Reset everything."
    },
    {
      "name": "Clock",
      "description": "The time every task is computed from."
    },
    {
      "name": "Tasks",
      "description": "Tasks in a chosen state, and the fates of tasks the ECS operations create."
    },
    {
      "name": "Faults",
      "description": "Documented errors and latency injected per action."
    },
    {
      "name": "Requests",
      "description": "What the server was asked."
    }
  ],
  "paths": {
    "/": {
      "get": {
        "operationId": "getIndex",
        "tags": [
          "Server"
        ],
        "summary": "The control API's routes, this document and the reference page",
        "description": "The routes are read from this document. A browser that asks for HTML gets a page of links; every other client gets JSON.",
        "responses": {
          "200": {
            "description": "The index.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "title",
                    "openapi",
                    "docs",
                    "routes"
                  ],
                  "properties": {
                    "title": {
                      "type": "string"
                    },
                    "openapi": {
                      "description": "The path of this document.",
                      "type": "string"
                    },
                    "docs": {
                      "description": "The path of the interactive reference page.",
                      "type": "string"
                    },
                    "routes": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": [
                          "method",
                          "path"
                        ],
                        "properties": {
                          "method": {
                            "type": "string"
                          },
                          "path": {
                            "description": "The full path on the server, prefix included.",
                            "type": "string"
                          },
                          "operationId": {
                            "type": "string"
                          },
                          "summary": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          }
        }
      }
    },
    "/reset": {
      "post": {
        "operationId": "reset",
        "tags": [
          "Server"
        ],
        "summary": "Forget every task, fault, scripted fate and recorded request, and reset the clock",
        "description": "Empties the task store, disarms every fault and scripted fate, clears the request log and puts the clock back on the system time, running.",
        "responses": {
          "204": {
            "description": "Done."
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          },
          "503": {
            "$ref": "#/components/responses/StorageUnavailable"
          }
        }
      }
    },
    "/clock": {
      "get": {
        "operationId": "getClock",
        "tags": [
          "Clock"
        ],
        "summary": "Read the clock",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Clock"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          }
        }
      }
    },
    "/clock/set": {
      "post": {
        "operationId": "setClock",
        "tags": [
          "Clock"
        ],
        "summary": "Set the clock to a time, or to an offset from the system clock",
        "description": "A frozen clock stays frozen at the new time; a running clock runs on from it. With `offsetMs` instead of `time`, the clock is put that far from the server's system clock: exactly, for a running clock, so that a tool that read `offsetMs` from `GET /clock` before it moved the clock can put it back.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClockSet"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Clock"
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          },
          "413": {
            "$ref": "#/components/responses/BodyTooLarge"
          },
          "503": {
            "$ref": "#/components/responses/StorageUnavailable"
          }
        }
      }
    },
    "/clock/advance": {
      "post": {
        "operationId": "advanceClock",
        "tags": [
          "Clock"
        ],
        "summary": "Move the clock forward (or back) by some milliseconds",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClockAdvance"
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Clock"
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          },
          "413": {
            "$ref": "#/components/responses/BodyTooLarge"
          },
          "503": {
            "$ref": "#/components/responses/StorageUnavailable"
          }
        }
      }
    },
    "/clock/freeze": {
      "post": {
        "operationId": "freezeClock",
        "tags": [
          "Clock"
        ],
        "summary": "Stop the clock at its current time",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Clock"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          },
          "503": {
            "$ref": "#/components/responses/StorageUnavailable"
          }
        }
      }
    },
    "/clock/resume": {
      "post": {
        "operationId": "resumeClock",
        "tags": [
          "Clock"
        ],
        "summary": "Let a frozen clock run again from where it stopped",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Clock"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          },
          "503": {
            "$ref": "#/components/responses/StorageUnavailable"
          }
        }
      }
    },
    "/tasks": {
      "post": {
        "operationId": "createTask",
        "tags": [
          "Tasks"
        ],
        "summary": "Create a task in a chosen state",
        "description": "Creates a task that is, at the clock's current time, exactly in the requested state: its creation time is set back by the time the task needed to get there, so its lifecycle keeps running from that point. A running task (Waiting or Processing) ends as its `fate` says.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TaskPlacement"
              },
              "examples": {
                "Halfway": {
                  "summary": "An export at 40 % that will fail at 80 %",
                  "value": {
                    "regionId": "cn-hangzhou",
                    "taskAction": "ExportImage",
                    "status": "Processing",
                    "progress": 40,
                    "fate": {
                      "outcome": "fail",
                      "atPercent": 80
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The task, as DescribeTaskAttribute reports it now (without `RequestId`), and its phase.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ControlTask"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          },
          "413": {
            "$ref": "#/components/responses/BodyTooLarge"
          },
          "503": {
            "$ref": "#/components/responses/StorageUnavailable"
          }
        }
      }
    },
    "/tasks/{taskId}": {
      "get": {
        "operationId": "getTask",
        "tags": [
          "Tasks"
        ],
        "summary": "Show a task with its internal phase",
        "description": "The task as DescribeTaskAttribute answers it now, plus `Phase`, the finer state the ECS API does not answer: `Waiting` (queued; answered `Processing` at 0 %), `Paused` (stopped by its fate; answered `Processing`) and `Deleted` (cancelled; answered `Failed`), or the answered status itself (see docs/decisions/0038-documented-task-statuses.md).",
        "parameters": [
          {
            "name": "taskId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "regionId",
            "in": "query",
            "required": false,
            "description": "The task's region (default cn-hangzhou).",
            "schema": {
              "type": "string",
              "default": "cn-hangzhou"
            }
          },
          {
            "name": "accountId",
            "in": "query",
            "required": false,
            "description": "The account that owns the task (default the server's account).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The task and its phase.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ControlTask"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "description": "No such task in this account and region (or the control API is switched off, and the body is the ECS error body).",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/Problem"
                    },
                    {
                      "$ref": "#/components/schemas/EcsErrorBody"
                    }
                  ]
                }
              }
            }
          },
          "503": {
            "$ref": "#/components/responses/StorageUnavailable"
          }
        }
      }
    },
    "/task-fates": {
      "get": {
        "operationId": "listTaskFates",
        "tags": [
          "Tasks"
        ],
        "summary": "List the scripted fates still waiting for a task",
        "responses": {
          "200": {
            "description": "The scripted fates, first to be used first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "fates"
                  ],
                  "properties": {
                    "fates": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/ScriptedFate"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          }
        }
      },
      "post": {
        "operationId": "scriptTaskFate",
        "tags": [
          "Tasks"
        ],
        "summary": "Script how the next tasks of an action end",
        "description": "The next `times` tasks that ExportImage, ImportImage or ModifyDiskSpec creates (through the ECS API) for `taskAction` get this fate instead of finishing, so code under test that makes its own tasks can see them fail or pause.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ScriptedFateRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The fate is scripted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScriptedFate"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          },
          "409": {
            "$ref": "#/components/responses/LimitReached"
          },
          "413": {
            "$ref": "#/components/responses/BodyTooLarge"
          }
        }
      },
      "delete": {
        "operationId": "clearTaskFates",
        "tags": [
          "Tasks"
        ],
        "summary": "Forget every scripted fate",
        "responses": {
          "204": {
            "description": "Done."
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          }
        }
      }
    },
    "/task-fates/{id}": {
      "delete": {
        "operationId": "withdrawTaskFate",
        "tags": [
          "Tasks"
        ],
        "summary": "Withdraw one scripted fate",
        "description": "Withdraws the fate with this `id` (from `POST /task-fates`) and leaves every other one, so that a tool sharing the server with others can take back only what it scripted.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Id"
          }
        ],
        "responses": {
          "204": {
            "description": "Withdrawn."
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "description": "No scripted fate has this id: it was used up or withdrawn (or the control API is switched off, and the body is the ECS error body).",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/Problem"
                    },
                    {
                      "$ref": "#/components/schemas/EcsErrorBody"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/faults": {
      "get": {
        "operationId": "listFaults",
        "tags": [
          "Faults"
        ],
        "summary": "List the armed faults",
        "responses": {
          "200": {
            "description": "The armed faults, in the order they are checked.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "faults"
                  ],
                  "properties": {
                    "faults": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Fault"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          }
        }
      },
      "post": {
        "operationId": "injectFault",
        "tags": [
          "Faults"
        ],
        "summary": "Inject a documented error or latency into calls of an action",
        "description": "After routing and before the operation runs, each armed fault of the action is checked in order. A fault fires on the next `times` calls (1 when neither `times` nor `probability` is given), or on each call with `probability`, drawn from a random source seeded with `seed` so that runs repeat. A firing fault adds `latencyMs`, then answers with `error`: the name of one of the action's documented error examples in the ECS spec (for example `Throttling`, with `x-acs-retry-after: retryAfterMs`, `InternalError`, `ServiceUnavailable`, or `CancelTaskFailed` for CancelTask), with its documented status, `Code` and `Message`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FaultSpec"
              },
              "examples": {
                "ThrottleTwice": {
                  "summary": "Throttle the next two DescribeTaskAttribute calls",
                  "value": {
                    "action": "DescribeTaskAttribute",
                    "error": "Throttling",
                    "retryAfterMs": 500,
                    "times": 2
                  }
                },
                "FlakyEverything": {
                  "summary": "One call in ten fails with ServiceUnavailable, repeatably",
                  "value": {
                    "action": "*",
                    "error": "ServiceUnavailable",
                    "probability": 0.1,
                    "seed": "ci-run"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The fault is armed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Fault"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          },
          "409": {
            "$ref": "#/components/responses/LimitReached"
          },
          "413": {
            "$ref": "#/components/responses/BodyTooLarge"
          }
        }
      },
      "delete": {
        "operationId": "clearFaults",
        "tags": [
          "Faults"
        ],
        "summary": "Disarm every fault",
        "responses": {
          "204": {
            "description": "Done."
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          }
        }
      }
    },
    "/faults/{id}": {
      "delete": {
        "operationId": "disarmFault",
        "tags": [
          "Faults"
        ],
        "summary": "Disarm one fault",
        "description": "Disarms the fault with this `id` (from `POST /faults`) and leaves every other one, so that a tool sharing the server with others can take back only what it injected.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Id"
          }
        ],
        "responses": {
          "204": {
            "description": "Disarmed."
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "description": "No armed fault has this id: it fired its last time or was disarmed (or the control API is switched off, and the body is the ECS error body).",
            "content": {
              "application/json": {
                "schema": {
                  "oneOf": [
                    {
                      "$ref": "#/components/schemas/Problem"
                    },
                    {
                      "$ref": "#/components/schemas/EcsErrorBody"
                    }
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/requests": {
      "get": {
        "operationId": "listRequests",
        "tags": [
          "Requests"
        ],
        "summary": "List the most recent ECS requests, newest first",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "How many requests to list.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 50
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The requests.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "requests"
                  ],
                  "properties": {
                    "requests": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/LoggedRequest"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          }
        }
      }
    },
    "/openapi.yaml": {
      "get": {
        "operationId": "getControlApiDocument",
        "tags": [
          "Server"
        ],
        "summary": "This document",
        "responses": {
          "200": {
            "description": "The control API's OpenAPI document.",
            "content": {
              "application/yaml": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Refused"
          },
          "404": {
            "$ref": "#/components/responses/Disabled"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "controlToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "The server's `--control-token` (`ECS_REFERENCE_CONTROL_TOKEN`), compared in constant time. Needed only when the server has one."
      }
    },
    "parameters": {
      "Id": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The id the resource was created with.",
        "schema": {
          "type": "string"
        }
      }
    },
    "responses": {
      "Disabled": {
        "description": "The control API is switched off (`--control off`): its paths answer as ECS answers an unknown API, with the ECS error body and the code `InvalidAction.NotFound`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EcsErrorBody"
            }
          }
        }
      },
      "Clock": {
        "description": "The clock after the call.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ClockState"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The server has a control token and the request did not send it as `Authorization: Bearer <token>` (missing, malformed or wrong). `WWW-Authenticate` names the realm `ecs-reference-server control API`.",
        "headers": {
          "WWW-Authenticate": {
            "description": "The bearer challenge, with `error=\"invalid_token\"` for a wrong token.",
            "schema": {
              "type": "string",
              "examples": [
                "Bearer realm=\"ecs-reference-server control API\""
              ]
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Refused": {
        "description": "The server verifies signatures (`--auth verify`) and has no control token, so nobody may use its control API; the message says how to start it with one.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "StorageUnavailable": {
        "description": "The server's task store (`--db`) cannot commit the change (a full disk, an I/O error): nothing was changed, and the same request succeeds once the storage recovers.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "Problem": {
        "description": "The request cannot be carried out; the message says what to change.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "BodyTooLarge": {
        "description": "The body is larger than the server reads (64 KiB unless the server was started with another `--max-control-body`); it is refused unread.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      },
      "LimitReached": {
        "description": "The server already holds as many of these as it allows (1000 faults and 1000 task fates unless started with other `--max-faults` / `--max-task-fates`); the message says how to make room.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        }
      }
    },
    "schemas": {
      "EcsErrorBody": {
        "type": "object",
        "description": "The ECS error body (see `ErrorBody` in the ECS spec).",
        "required": [
          "RequestId",
          "HostId",
          "Code",
          "Message",
          "Recommend"
        ],
        "properties": {
          "RequestId": {
            "type": "string"
          },
          "HostId": {
            "type": "string"
          },
          "Code": {
            "type": "string",
            "examples": [
              "InvalidAction.NotFound"
            ]
          },
          "Message": {
            "type": "string"
          },
          "Recommend": {
            "type": "string"
          }
        }
      },
      "Problem": {
        "type": "object",
        "description": "Why a control request was refused.",
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "type": "string",
            "examples": [
              "progress must be an integer from 0 to 100."
            ]
          }
        }
      },
      "ClockState": {
        "type": "object",
        "description": "The server's clock.",
        "required": [
          "nowMs",
          "now",
          "frozen",
          "offsetMs"
        ],
        "properties": {
          "nowMs": {
            "type": "number",
            "description": "The time in epoch milliseconds."
          },
          "now": {
            "type": "string",
            "format": "date-time",
            "description": "The same time in ISO 8601."
          },
          "frozen": {
            "type": "boolean",
            "description": "Whether the clock stands still."
          },
          "offsetMs": {
            "type": "number",
            "description": "The clock's time minus the server's system time, in milliseconds (0 for a clock that was never moved); `POST /clock/set` with `offsetMs` puts it back."
          }
        }
      },
      "ClockSet": {
        "type": "object",
        "description": "Either `time` or `offsetMs`.",
        "oneOf": [
          {
            "required": [
              "time"
            ]
          },
          {
            "required": [
              "offsetMs"
            ]
          }
        ],
        "properties": {
          "time": {
            "description": "The new time, as ISO 8601 or epoch milliseconds.",
            "oneOf": [
              {
                "type": "string",
                "format": "date-time"
              },
              {
                "type": "number"
              }
            ]
          },
          "offsetMs": {
            "type": "number",
            "description": "The distance from the server's system time, in milliseconds."
          }
        }
      },
      "ClockAdvance": {
        "type": "object",
        "required": [
          "ms"
        ],
        "properties": {
          "ms": {
            "type": "number",
            "description": "Milliseconds to move the clock by (negative moves it back)."
          }
        }
      },
      "TaskAction": {
        "type": "string",
        "description": "The operations that create tasks.",
        "enum": [
          "ImportImage",
          "ExportImage",
          "ModifyDiskSpec"
        ]
      },
      "Fate": {
        "type": "object",
        "description": "How a task ends: `finish`, `fail` at `atPercent` with `errorCode` and `errorMessage` (defaults: the action's documented failure), or `pause` at `atPercent` and stay Paused.",
        "required": [
          "outcome"
        ],
        "properties": {
          "outcome": {
            "type": "string",
            "enum": [
              "finish",
              "fail",
              "pause"
            ]
          },
          "atPercent": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100,
            "default": 50
          },
          "errorCode": {
            "type": "string"
          },
          "errorMessage": {
            "type": "string"
          }
        }
      },
      "TaskPlacement": {
        "type": "object",
        "required": [
          "taskAction"
        ],
        "properties": {
          "taskAction": {
            "$ref": "#/components/schemas/TaskAction"
          },
          "regionId": {
            "type": "string",
            "default": "cn-hangzhou",
            "description": "A region DescribeRegions lists."
          },
          "status": {
            "type": "string",
            "enum": [
              "Waiting",
              "Processing",
              "Finished",
              "Failed",
              "Paused",
              "Deleted"
            ],
            "default": "Processing",
            "description": "The phase the task is in now. Deleted (cancelled) applies to ImportImage and ExportImage only. The ECS API answers Waiting and Paused as Processing and Deleted as Failed (decision 0038)."
          },
          "progress": {
            "type": "integer",
            "minimum": 0,
            "maximum": 100,
            "description": "Progress now (Processing, Paused, Deleted; below 100 for Processing and Deleted), or where the task failed (Failed). Default 0, and 100 for Finished."
          },
          "durationMs": {
            "type": "number",
            "minimum": 0,
            "maximum": 315360000000,
            "description": "Time from start to 100 % (default the server's task duration, less the queue); at most ten years."
          },
          "queuedMs": {
            "type": "number",
            "minimum": 0,
            "maximum": 315360000000,
            "description": "Time spent Waiting before the start (default 5 % of the server's task duration); at most ten years."
          },
          "fate": {
            "$ref": "#/components/schemas/Fate"
          },
          "errorCode": {
            "type": "string",
            "description": "The error of a Failed task."
          },
          "errorMessage": {
            "type": "string",
            "description": "The error message of a Failed task."
          },
          "resourceId": {
            "type": "string",
            "description": "The image (ImportImage, ExportImage) or disk (ModifyDiskSpec) ID; a new one by default."
          },
          "subtaskCount": {
            "type": "integer",
            "minimum": 1,
            "maximum": 17,
            "default": 1,
            "description": "The number of subtasks (ImportImage disks)."
          },
          "accountId": {
            "type": "string",
            "description": "The account that owns the task (default the server's account)."
          }
        }
      },
      "ControlTask": {
        "type": "object",
        "description": "A task as DescribeTaskAttribute reports it, without `RequestId`, and `Phase`, where it is in its life.",
        "required": [
          "Phase",
          "TaskId",
          "RegionId",
          "TaskAction",
          "TaskStatus",
          "TaskProcess",
          "SupportCancel",
          "TotalCount",
          "SuccessCount",
          "FailedCount",
          "CreationTime",
          "FinishedTime",
          "OperationProgressSet"
        ],
        "properties": {
          "TaskId": {
            "type": "string",
            "pattern": "^t-[0-9a-z]{20}$"
          },
          "RegionId": {
            "type": "string"
          },
          "TaskAction": {
            "$ref": "#/components/schemas/TaskAction"
          },
          "Phase": {
            "type": "string",
            "enum": [
              "Waiting",
              "Processing",
              "Finished",
              "Failed",
              "Paused",
              "Deleted"
            ],
            "description": "The internal phase: the answered `TaskStatus` except for a queued (`Waiting`), paused (`Paused`) or cancelled (`Deleted`) task."
          },
          "TaskStatus": {
            "type": "string",
            "enum": [
              "Processing",
              "Finished",
              "Failed"
            ]
          },
          "TaskProcess": {
            "type": "string",
            "pattern": "^(100|[1-9]?[0-9])%$"
          },
          "SupportCancel": {
            "type": "boolean"
          },
          "TotalCount": {
            "type": "integer",
            "minimum": 0
          },
          "SuccessCount": {
            "type": "integer",
            "minimum": 0
          },
          "FailedCount": {
            "type": "integer",
            "minimum": 0
          },
          "CreationTime": {
            "type": "string"
          },
          "FinishedTime": {
            "type": "string"
          },
          "OperationProgressSet": {
            "type": "object",
            "required": [
              "OperationProgress"
            ],
            "properties": {
              "OperationProgress": {
                "type": "array",
                "items": {
                  "type": "object"
                }
              }
            }
          }
        }
      },
      "ScriptedFateRequest": {
        "type": "object",
        "required": [
          "taskAction",
          "fate"
        ],
        "properties": {
          "taskAction": {
            "$ref": "#/components/schemas/TaskAction"
          },
          "fate": {
            "$ref": "#/components/schemas/Fate"
          },
          "times": {
            "type": "integer",
            "minimum": 1,
            "default": 1,
            "description": "How many of the next tasks of the action get this fate."
          }
        }
      },
      "ScriptedFate": {
        "type": "object",
        "required": [
          "id",
          "taskAction",
          "fate",
          "remaining"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "Names the fate, to withdraw it with `DELETE /task-fates/{id}`.",
            "examples": [
              "fate-1"
            ]
          },
          "taskAction": {
            "$ref": "#/components/schemas/TaskAction"
          },
          "fate": {
            "$ref": "#/components/schemas/Fate"
          },
          "remaining": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "FaultSpec": {
        "type": "object",
        "properties": {
          "action": {
            "type": "string",
            "default": "*",
            "description": "The ECS action the fault applies to, or `*` for every action."
          },
          "error": {
            "type": "string",
            "description": "The name of a documented error example of the action in the ECS spec (for `*`, one every action documents), e.g. `Throttling`, `InternalError`, `ServiceUnavailable`."
          },
          "latencyMs": {
            "type": "number",
            "minimum": 0,
            "maximum": 600000,
            "description": "Delay added before the answer."
          },
          "retryAfterMs": {
            "type": "number",
            "minimum": 0,
            "maximum": 600000,
            "default": 1000,
            "description": "The `x-acs-retry-after` header (milliseconds) sent with `Throttling`."
          },
          "times": {
            "type": "integer",
            "minimum": 1,
            "description": "Fire on the next N matching calls, then disarm."
          },
          "probability": {
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "description": "Fire on each matching call with this probability (unlimited unless `times` is set)."
          },
          "seed": {
            "type": "string",
            "description": "Seed of the probability draws, so that runs repeat."
          }
        }
      },
      "Fault": {
        "allOf": [
          {
            "$ref": "#/components/schemas/FaultSpec"
          },
          {
            "type": "object",
            "required": [
              "id",
              "action",
              "remaining"
            ],
            "properties": {
              "id": {
                "type": "string",
                "examples": [
                  "fault-1"
                ]
              },
              "remaining": {
                "description": "Firings left, or null when unlimited.",
                "type": [
                  "integer",
                  "null"
                ]
              }
            }
          }
        ]
      },
      "LoggedRequest": {
        "type": "object",
        "required": [
          "requestId",
          "receivedAt",
          "method",
          "action",
          "params",
          "status",
          "code"
        ],
        "properties": {
          "requestId": {
            "type": "string"
          },
          "receivedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Server clock time of arrival."
          },
          "method": {
            "type": "string"
          },
          "action": {
            "type": [
              "string",
              "null"
            ]
          },
          "params": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            },
            "description": "The merged query and form parameters. A name or value longer than 1024 characters is cut and ends with `…[cut N characters]`; when a request's parameters exceed 64 KiB, those that do not fit are counted in a parameter named `…` (`[cut N more parameters]`). The log as a whole keeps at most `--request-log-bytes` characters of parameters (8 MiB by default), dropping the oldest requests."
          },
          "status": {
            "type": "integer",
            "description": "The status answered; 499 when the client closed the connection before its request had arrived in full (nobody was left to answer)."
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "description": "The error code, or null for a success."
          }
        }
      }
    }
  }
};
