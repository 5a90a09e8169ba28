/**
 * This file was auto-generated from openapi/openapi.yaml.
 * Do not make direct changes to the file: edit the spec, then run `pnpm generate`.
 */

/** The bundled OpenAPI document (Alibaba Cloud ECS asynchronous task API), as plain data for run-time validation. */
export const openapiDocument: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Alibaba Cloud ECS asynchronous task API",
    "version": "2014-05-26",
    "summary": "DescribeTaskAttribute and the operations that make, list and cancel ECS asynchronous tasks.",
    "description": "The wire contract of Alibaba Cloud Elastic Compute Service (ECS), API version 2014-05-26, for **DescribeTaskAttribute**, the call that reports the state of an asynchronous task made by ImportImage, ExportImage or ModifyDiskSpec, and for the companion operations DescribeTasks, CancelTask, ExportImage, ImportImage, ModifyDiskSpec and DescribeRegions.\n\nECS speaks RPC style: every request goes to the path `/`, by GET or POST, and names its operation in the `Action` parameter (signature V1, HMAC-SHA1) or only in the `x-acs-action` header (signature V3, ACS3-HMAC-SHA256). Parameters travel in the query string, in an `application/x-www-form-urlencoded` body, or both, merged. OpenAPI keys operations by path, so each action has its own path key `/#Action=<Name>`; the fragment never reaches the wire (docs/decisions/0001-rpc-action-path-convention.md).\n\nEvery documented error is an example of its response, with the exact `Code` and `Message`, and carries an `x-ecs-trigger` extension that says how to provoke it, starting from the operation's `x-ecs-sample-request` (schema: `openapi/extensions/x-ecs-trigger.schema.json`).",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "https://ecs.aliyuncs.com",
      "description": "The central ECS endpoint."
    },
    {
      "url": "https://ecs.{regionId}.aliyuncs.com",
      "description": "A regional ECS endpoint.",
      "variables": {
        "regionId": {
          "default": "cn-hangzhou",
          "description": "The region ID."
        }
      }
    },
    {
      "url": "http://127.0.0.1:8080",
      "description": "The reference server (`ecs-reference-server`), a local emulator."
    }
  ],
  "tags": [
    {
      "name": "Tasks",
      "description": "Query, list and cancel asynchronous tasks."
    },
    {
      "name": "Task producers",
      "description": "The operations that create asynchronous tasks."
    },
    {
      "name": "Regions",
      "description": "The regions tasks live in."
    }
  ],
  "security": [
    {
      "AcsSignatureV3": []
    },
    {
      "AcsSignatureV1": []
    }
  ],
  "paths": {
    "/#Action=DescribeTaskAttribute": {
      "x-ecs-action": "DescribeTaskAttribute",
      "x-ecs-idempotent": true,
      "x-ecs-sample-request": {
        "RegionId": "cn-hangzhou",
        "TaskId": "$taskId"
      },
      "parameters": [
        {
          "name": "Action",
          "in": "query",
          "required": false,
          "description": "V1 only. The operation; V3 requests name it in the `x-acs-action` header instead.",
          "schema": {
            "type": "string",
            "const": "DescribeTaskAttribute"
          }
        },
        {
          "name": "x-acs-action",
          "in": "header",
          "required": false,
          "description": "V3 only. The operation; V1 requests name it in the `Action` parameter instead.",
          "schema": {
            "type": "string",
            "const": "DescribeTaskAttribute"
          }
        },
        {
          "$ref": "#/components/parameters/RegionId"
        },
        {
          "$ref": "#/components/parameters/TaskId"
        },
        {
          "$ref": "#/components/parameters/OwnerId"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerId"
        },
        {
          "$ref": "#/components/parameters/Version"
        },
        {
          "$ref": "#/components/parameters/Format"
        },
        {
          "$ref": "#/components/parameters/AccessKeyId"
        },
        {
          "$ref": "#/components/parameters/SignatureMethod"
        },
        {
          "$ref": "#/components/parameters/SignatureVersion"
        },
        {
          "$ref": "#/components/parameters/SignatureNonce"
        },
        {
          "$ref": "#/components/parameters/SignatureType"
        },
        {
          "$ref": "#/components/parameters/Timestamp"
        },
        {
          "$ref": "#/components/parameters/SecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsVersion"
        },
        {
          "$ref": "#/components/parameters/XAcsDate"
        },
        {
          "$ref": "#/components/parameters/XAcsSignatureNonce"
        },
        {
          "$ref": "#/components/parameters/XAcsContentSha256"
        },
        {
          "$ref": "#/components/parameters/XAcsSecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsAccessKeyId"
        },
        {
          "$ref": "#/components/parameters/XAcsCredentialsProvider"
        }
      ],
      "get": {
        "operationId": "describeTaskAttribute",
        "tags": [
          "Tasks"
        ],
        "summary": "Query the details of an asynchronous task",
        "description": "Queries the details of an asynchronous task. The asynchronous tasks that you can query by calling this operation are the tasks generated by the ImportImage, ExportImage, and ModifyDiskSpec operations. The parameters travel in the query string.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/DescribeTaskAttributeOk"
          },
          "400": {
            "$ref": "#/components/responses/DescribeTaskAttributeBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/DescribeTaskAttributeForbidden"
          },
          "404": {
            "$ref": "#/components/responses/DescribeTaskAttributeNotFound"
          },
          "500": {
            "$ref": "#/components/responses/DescribeTaskAttributeInternalError"
          },
          "503": {
            "$ref": "#/components/responses/DescribeTaskAttributeServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "describeTaskAttributeWithPost",
        "tags": [
          "Tasks"
        ],
        "summary": "Query the details of an asynchronous task (POST)",
        "description": "Queries the details of an asynchronous task. The asynchronous tasks that you can query by calling this operation are the tasks generated by the ImportImage, ExportImage, and ModifyDiskSpec operations. The parameters travel in the query string, as GET sends them, or in a form body, or both.",
        "requestBody": {
          "$ref": "#/components/requestBodies/RpcForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/DescribeTaskAttributeOk"
          },
          "400": {
            "$ref": "#/components/responses/DescribeTaskAttributeBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/DescribeTaskAttributeForbidden"
          },
          "404": {
            "$ref": "#/components/responses/DescribeTaskAttributeNotFound"
          },
          "500": {
            "$ref": "#/components/responses/DescribeTaskAttributeInternalError"
          },
          "503": {
            "$ref": "#/components/responses/DescribeTaskAttributeServiceUnavailable"
          }
        }
      }
    },
    "/#Action=DescribeTasks": {
      "x-ecs-action": "DescribeTasks",
      "x-ecs-idempotent": true,
      "x-ecs-sample-request": {
        "RegionId": "cn-hangzhou"
      },
      "parameters": [
        {
          "name": "Action",
          "in": "query",
          "required": false,
          "description": "V1 only. The operation; V3 requests name it in the `x-acs-action` header instead.",
          "schema": {
            "type": "string",
            "const": "DescribeTasks"
          }
        },
        {
          "name": "x-acs-action",
          "in": "header",
          "required": false,
          "description": "V3 only. The operation; V1 requests name it in the `Action` parameter instead.",
          "schema": {
            "type": "string",
            "const": "DescribeTasks"
          }
        },
        {
          "$ref": "#/components/parameters/RegionId"
        },
        {
          "name": "TaskIds",
          "in": "query",
          "required": false,
          "description": "Up to 100 task IDs separated by commas (one string, not a list).",
          "schema": {
            "type": "string"
          },
          "example": "t-bp1hvgwromzv32iq****,t-bp179lofu2pv768w****"
        },
        {
          "name": "TaskAction",
          "in": "query",
          "required": false,
          "description": "Only tasks made by this operation.",
          "schema": {
            "$ref": "#/components/schemas/TaskAction"
          }
        },
        {
          "name": "TaskStatus",
          "in": "query",
          "required": false,
          "x-ecs-filtered-values": [
            "Finished",
            "Processing",
            "Failed"
          ],
          "x-ecs-source": "aliyun/aliyun-openapi-meta en-US/ecs/DescribeTasks.json@2563691c22229a0b493606e11166b95896707095 (TaskStatus)",
          "description": "Only tasks in this status. The service filters by `Finished`, `Processing` and `Failed` and ignores any other value (it is not rejected), so the schema is a plain string. A queued task counts as `Processing` and a cancelled one as `Failed`, as they are answered (decision 0038).",
          "schema": {
            "type": "string",
            "examples": [
              "Finished",
              "Processing",
              "Failed"
            ]
          }
        },
        {
          "name": "StartTime",
          "in": "query",
          "required": false,
          "description": "Only tasks created at or after this UTC time, `yyyy-MM-ddTHH:mm:ssZ` (minutes only are accepted too).",
          "schema": {
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?Z$"
          },
          "example": "2015-11-23T15:10:00Z"
        },
        {
          "name": "EndTime",
          "in": "query",
          "required": false,
          "description": "Only tasks created at or before this UTC time, `yyyy-MM-ddTHH:mm:ssZ` (minutes only are accepted too).",
          "schema": {
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?Z$"
          },
          "example": "2015-11-23T15:16:00Z"
        },
        {
          "name": "PageNumber",
          "in": "query",
          "required": false,
          "description": "The page to return, from 1.",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "default": 1
          }
        },
        {
          "name": "PageSize",
          "in": "query",
          "required": false,
          "description": "The number of tasks per page, 1 to 100.",
          "schema": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 10
          }
        },
        {
          "name": "ResourceIds",
          "in": "query",
          "required": false,
          "x-ecs-style": "repeat-list",
          "description": "Only tasks on these resources (image or disk IDs), up to 100. Sent as a repeat list: `ResourceIds.1=...&ResourceIds.2=...`.",
          "schema": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string"
            }
          }
        },
        {
          "name": "TaskGroupId",
          "in": "query",
          "required": false,
          "description": "Invitational preview. When set, the other filters are ignored.",
          "schema": {
            "type": "string"
          }
        },
        {
          "$ref": "#/components/parameters/OwnerId"
        },
        {
          "$ref": "#/components/parameters/OwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerId"
        },
        {
          "$ref": "#/components/parameters/Version"
        },
        {
          "$ref": "#/components/parameters/Format"
        },
        {
          "$ref": "#/components/parameters/AccessKeyId"
        },
        {
          "$ref": "#/components/parameters/SignatureMethod"
        },
        {
          "$ref": "#/components/parameters/SignatureVersion"
        },
        {
          "$ref": "#/components/parameters/SignatureNonce"
        },
        {
          "$ref": "#/components/parameters/SignatureType"
        },
        {
          "$ref": "#/components/parameters/Timestamp"
        },
        {
          "$ref": "#/components/parameters/SecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsVersion"
        },
        {
          "$ref": "#/components/parameters/XAcsDate"
        },
        {
          "$ref": "#/components/parameters/XAcsSignatureNonce"
        },
        {
          "$ref": "#/components/parameters/XAcsContentSha256"
        },
        {
          "$ref": "#/components/parameters/XAcsSecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsAccessKeyId"
        },
        {
          "$ref": "#/components/parameters/XAcsCredentialsProvider"
        }
      ],
      "get": {
        "operationId": "describeTasks",
        "tags": [
          "Tasks"
        ],
        "summary": "List asynchronous tasks",
        "description": "Queries the progress of one or more asynchronous tasks, one page at a time. The parameters travel in the query string.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/DescribeTasksOk"
          },
          "400": {
            "$ref": "#/components/responses/DescribeTasksBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/DescribeTasksForbidden"
          },
          "404": {
            "$ref": "#/components/responses/DescribeTasksNotFound"
          },
          "500": {
            "$ref": "#/components/responses/DescribeTasksInternalError"
          },
          "503": {
            "$ref": "#/components/responses/DescribeTasksServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "describeTasksWithPost",
        "tags": [
          "Tasks"
        ],
        "summary": "List asynchronous tasks (POST)",
        "description": "Queries the progress of one or more asynchronous tasks, one page at a time. The parameters travel in the query string, as GET sends them, or in a form body, or both.",
        "requestBody": {
          "$ref": "#/components/requestBodies/RpcForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/DescribeTasksOk"
          },
          "400": {
            "$ref": "#/components/responses/DescribeTasksBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/DescribeTasksForbidden"
          },
          "404": {
            "$ref": "#/components/responses/DescribeTasksNotFound"
          },
          "500": {
            "$ref": "#/components/responses/DescribeTasksInternalError"
          },
          "503": {
            "$ref": "#/components/responses/DescribeTasksServiceUnavailable"
          }
        }
      }
    },
    "/#Action=CancelTask": {
      "x-ecs-action": "CancelTask",
      "x-ecs-idempotent": false,
      "x-ecs-sample-request": {
        "RegionId": "cn-hangzhou",
        "TaskId": "$taskId"
      },
      "parameters": [
        {
          "name": "Action",
          "in": "query",
          "required": false,
          "description": "V1 only. The operation; V3 requests name it in the `x-acs-action` header instead.",
          "schema": {
            "type": "string",
            "const": "CancelTask"
          }
        },
        {
          "name": "x-acs-action",
          "in": "header",
          "required": false,
          "description": "V3 only. The operation; V1 requests name it in the `Action` parameter instead.",
          "schema": {
            "type": "string",
            "const": "CancelTask"
          }
        },
        {
          "$ref": "#/components/parameters/RegionId"
        },
        {
          "$ref": "#/components/parameters/TaskId"
        },
        {
          "$ref": "#/components/parameters/OwnerId"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerId"
        },
        {
          "$ref": "#/components/parameters/Version"
        },
        {
          "$ref": "#/components/parameters/Format"
        },
        {
          "$ref": "#/components/parameters/AccessKeyId"
        },
        {
          "$ref": "#/components/parameters/SignatureMethod"
        },
        {
          "$ref": "#/components/parameters/SignatureVersion"
        },
        {
          "$ref": "#/components/parameters/SignatureNonce"
        },
        {
          "$ref": "#/components/parameters/SignatureType"
        },
        {
          "$ref": "#/components/parameters/Timestamp"
        },
        {
          "$ref": "#/components/parameters/SecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsVersion"
        },
        {
          "$ref": "#/components/parameters/XAcsDate"
        },
        {
          "$ref": "#/components/parameters/XAcsSignatureNonce"
        },
        {
          "$ref": "#/components/parameters/XAcsContentSha256"
        },
        {
          "$ref": "#/components/parameters/XAcsSecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsAccessKeyId"
        },
        {
          "$ref": "#/components/parameters/XAcsCredentialsProvider"
        }
      ],
      "get": {
        "operationId": "cancelTask",
        "tags": [
          "Tasks"
        ],
        "summary": "Cancel a running task",
        "description": "Cancels a running ImportImage or ExportImage task. The task then reports `TaskStatus` `Failed`, its unfinished subtasks with `ErrorCode` `TaskCancelled` (docs/decisions/0038-documented-task-statuses.md). The parameters travel in the query string.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/CancelTaskOk"
          },
          "400": {
            "$ref": "#/components/responses/CancelTaskBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/CancelTaskForbidden"
          },
          "404": {
            "$ref": "#/components/responses/CancelTaskNotFound"
          },
          "500": {
            "$ref": "#/components/responses/CancelTaskInternalError"
          },
          "503": {
            "$ref": "#/components/responses/CancelTaskServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "cancelTaskWithPost",
        "tags": [
          "Tasks"
        ],
        "summary": "Cancel a running task (POST)",
        "description": "Cancels a running ImportImage or ExportImage task. The task then reports `TaskStatus` `Failed`, its unfinished subtasks with `ErrorCode` `TaskCancelled` (docs/decisions/0038-documented-task-statuses.md). The parameters travel in the query string, as GET sends them, or in a form body, or both.",
        "requestBody": {
          "$ref": "#/components/requestBodies/RpcForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/CancelTaskOk"
          },
          "400": {
            "$ref": "#/components/responses/CancelTaskBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/CancelTaskForbidden"
          },
          "404": {
            "$ref": "#/components/responses/CancelTaskNotFound"
          },
          "500": {
            "$ref": "#/components/responses/CancelTaskInternalError"
          },
          "503": {
            "$ref": "#/components/responses/CancelTaskServiceUnavailable"
          }
        }
      }
    },
    "/#Action=ExportImage": {
      "x-ecs-action": "ExportImage",
      "x-ecs-idempotent": false,
      "x-ecs-sample-request": {
        "RegionId": "cn-hangzhou",
        "ImageId": "m-bp67acfmxazb4p0000",
        "OSSBucket": "testexportimage"
      },
      "parameters": [
        {
          "name": "Action",
          "in": "query",
          "required": false,
          "description": "V1 only. The operation; V3 requests name it in the `x-acs-action` header instead.",
          "schema": {
            "type": "string",
            "const": "ExportImage"
          }
        },
        {
          "name": "x-acs-action",
          "in": "header",
          "required": false,
          "description": "V3 only. The operation; V1 requests name it in the `Action` parameter instead.",
          "schema": {
            "type": "string",
            "const": "ExportImage"
          }
        },
        {
          "$ref": "#/components/parameters/RegionId"
        },
        {
          "name": "ImageId",
          "in": "query",
          "required": true,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ExportImage.json and en-US/ecs/ExportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ExportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md @863d685835287076efdafc87084ecf83015115a6 (2021)",
          "description": "The ID of the custom image to export.",
          "schema": {
            "type": "string",
            "minLength": 1
          },
          "example": "m-bp67acfmxazb4p****"
        },
        {
          "name": "OSSBucket",
          "in": "query",
          "required": true,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ExportImage.json and en-US/ecs/ExportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ExportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md @863d685835287076efdafc87084ecf83015115a6 (2021)",
          "description": "The OSS bucket, in the same region, to export the image to.",
          "schema": {
            "type": "string",
            "minLength": 1
          },
          "example": "testexportimage"
        },
        {
          "name": "OSSPrefix",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ExportImage.json and en-US/ecs/ExportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ExportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md @863d685835287076efdafc87084ecf83015115a6 (2021)",
          "description": "The prefix of the OSS object, 1 to 30 letters and digits; another value is refused with `InvalidOSSPrefix.Malformed`.",
          "schema": {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{1,30}$"
          },
          "example": "EcsExport"
        },
        {
          "name": "ImageFormat",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ExportImage.json and en-US/ecs/ExportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ExportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md @863d685835287076efdafc87084ecf83015115a6 (2021)",
          "description": "The format of the exported file, compared without case (the official SDK's sample sends `VHD`); another value is refused with `InvalidImageFormat.Malformed`. The help page says only some regions (Tokyo, Jakarta, Frankfurt, Dubai, Virginia, London, Singapore, Kuala Lumpur, Silicon Valley) honour it and the others export RAW; the reference server honours it everywhere, and `InvalidImageFormat.RegionNotSupported` is injected as a fault.",
          "schema": {
            "type": "string",
            "enum": [
              "raw",
              "vhd",
              "qcow2",
              "vmdk",
              "vdi",
              "RAW",
              "VHD",
              "QCOW2",
              "VMDK",
              "VDI"
            ],
            "default": "raw"
          }
        },
        {
          "name": "RoleName",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ExportImage.json and en-US/ecs/ExportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ExportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md @863d685835287076efdafc87084ecf83015115a6 (2021)",
          "description": "The RAM role ECS assumes to write to OSS.",
          "schema": {
            "type": "string",
            "default": "AliyunECSImageExportDefaultRole"
          }
        },
        {
          "$ref": "#/components/parameters/DryRun"
        },
        {
          "$ref": "#/components/parameters/OwnerId"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerId"
        },
        {
          "$ref": "#/components/parameters/Version"
        },
        {
          "$ref": "#/components/parameters/Format"
        },
        {
          "$ref": "#/components/parameters/AccessKeyId"
        },
        {
          "$ref": "#/components/parameters/SignatureMethod"
        },
        {
          "$ref": "#/components/parameters/SignatureVersion"
        },
        {
          "$ref": "#/components/parameters/SignatureNonce"
        },
        {
          "$ref": "#/components/parameters/SignatureType"
        },
        {
          "$ref": "#/components/parameters/Timestamp"
        },
        {
          "$ref": "#/components/parameters/SecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsVersion"
        },
        {
          "$ref": "#/components/parameters/XAcsDate"
        },
        {
          "$ref": "#/components/parameters/XAcsSignatureNonce"
        },
        {
          "$ref": "#/components/parameters/XAcsContentSha256"
        },
        {
          "$ref": "#/components/parameters/XAcsSecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsAccessKeyId"
        },
        {
          "$ref": "#/components/parameters/XAcsCredentialsProvider"
        }
      ],
      "get": {
        "operationId": "exportImage",
        "tags": [
          "Task producers"
        ],
        "summary": "Export a custom image to OSS",
        "description": "Exports a custom image to an OSS bucket in the same region. Creates an ExportImage task. The parameters travel in the query string.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ExportImageOk"
          },
          "400": {
            "$ref": "#/components/responses/ExportImageBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/ExportImageForbidden"
          },
          "404": {
            "$ref": "#/components/responses/ExportImageNotFound"
          },
          "500": {
            "$ref": "#/components/responses/ExportImageInternalError"
          },
          "503": {
            "$ref": "#/components/responses/ExportImageServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "exportImageWithPost",
        "tags": [
          "Task producers"
        ],
        "summary": "Export a custom image to OSS (POST)",
        "description": "Exports a custom image to an OSS bucket in the same region. Creates an ExportImage task. The parameters travel in the query string, as GET sends them, or in a form body, or both.",
        "requestBody": {
          "$ref": "#/components/requestBodies/RpcForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ExportImageOk"
          },
          "400": {
            "$ref": "#/components/responses/ExportImageBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/ExportImageForbidden"
          },
          "404": {
            "$ref": "#/components/responses/ExportImageNotFound"
          },
          "500": {
            "$ref": "#/components/responses/ExportImageInternalError"
          },
          "503": {
            "$ref": "#/components/responses/ExportImageServiceUnavailable"
          }
        }
      }
    },
    "/#Action=ImportImage": {
      "x-ecs-action": "ImportImage",
      "x-ecs-idempotent": false,
      "x-ecs-sample-request": {
        "RegionId": "cn-hangzhou",
        "DiskDeviceMapping.1.OSSBucket": "ecsimageos",
        "DiskDeviceMapping.1.OSSObject": "CentOS_5.4_32.raw",
        "DiskDeviceMapping.1.Format": "RAW"
      },
      "parameters": [
        {
          "name": "Action",
          "in": "query",
          "required": false,
          "description": "V1 only. The operation; V3 requests name it in the `x-acs-action` header instead.",
          "schema": {
            "type": "string",
            "const": "ImportImage"
          }
        },
        {
          "name": "x-acs-action",
          "in": "header",
          "required": false,
          "description": "V3 only. The operation; V1 requests name it in the `Action` parameter instead.",
          "schema": {
            "type": "string",
            "const": "ImportImage"
          }
        },
        {
          "$ref": "#/components/parameters/RegionId"
        },
        {
          "name": "DiskDeviceMapping",
          "in": "query",
          "required": true,
          "x-ecs-style": "repeat-list",
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The disks of the image, 1 to 17; the first is the system disk, and a disk numbered above 17 is ignored (help page). Sent as a repeat list of structures: `DiskDeviceMapping.1.OSSBucket=...&DiskDeviceMapping.1.OSSObject=...`. A request with no `DiskDeviceMapping.N.*` parameter at all is refused with 403 `MissingParameter.DiskDeviceMapping`; a disk without its `OSSBucket` or `OSSObject` with `MissingParameter` naming it, so the first disk is required in practice although the metadata marks the list optional (docs/decisions/0037).",
          "schema": {
            "type": "array",
            "minItems": 1,
            "maxItems": 17,
            "items": {
              "type": "object",
              "required": [
                "OSSBucket",
                "OSSObject"
              ],
              "properties": {
                "OSSBucket": {
                  "type": "string",
                  "description": "The OSS bucket that holds the image file, in the request's region. A bucket name is 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or a digit (OSS naming rules, https://www.alibabacloud.com/help/en/oss/user-guide/bucket-naming-conventions); another name is refused with `InvalidOSSBucket.Malformed`. The reference server does not hold names to the minimum of 3 characters, so that placeholders such as `b` keep working (docs/decisions/0037).",
                  "minLength": 1,
                  "maxLength": 63,
                  "pattern": "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
                },
                "OSSObject": {
                  "type": "string",
                  "description": "The object (key) of the image file: 1 to 1023 bytes of UTF-8, not starting with `/` or `\\` (OSS naming rules, https://www.alibabacloud.com/help/en/oss/user-guide/object-naming-conventions); another key is refused with `InvalidOSSObject.Malformed`.",
                  "minLength": 1,
                  "maxLength": 1023,
                  "pattern": "^[^/\\\\]"
                },
                "Format": {
                  "type": "string",
                  "description": "The file format, compared without case; detected when absent. `VMDK` is in invitational preview (help page, SDK 7.11.6). Another value is refused with `InvalidImageFormat.Malformed`.",
                  "enum": [
                    "RAW",
                    "VHD",
                    "QCOW2",
                    "VMDK",
                    "raw",
                    "vhd",
                    "qcow2",
                    "vmdk"
                  ]
                },
                "DiskImageSize": {
                  "type": "integer",
                  "description": "The size of the disk in GiB, 1 to 2048 for the system disk and for data disks alike (SDK 7.11.6 and the help page; the 2021 reference said 5 to 500 and 5 to 1,000). Another value is refused with `InvalidImageSize`. Detected from the image when absent.",
                  "minimum": 1,
                  "maximum": 2048
                },
                "DiskImSize": {
                  "type": "integer",
                  "description": "Deprecated name of DiskImageSize, with the same range; another value is refused with `InvalidDataDiskSize`.",
                  "minimum": 1,
                  "maximum": 2048,
                  "deprecated": true
                },
                "Device": {
                  "type": "string",
                  "description": "Deprecated device name of the disk, `/dev/xvda` to `/dev/xvdz` (2019 reference); another value is refused with 403 `InvalidParameter.Malformed`.",
                  "pattern": "^/dev/xvd[a-z]$",
                  "deprecated": true
                }
              }
            }
          }
        },
        {
          "name": "ImageName",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The name of the image: 2 to 128 characters, starting with a letter (the SDK adds: or a Chinese character), not with `acs:` or `aliyun`, without `http://` or `https://`; letters, digits, `.`, `:`, `_` and `-`. Another name is refused with `InvalidImageName.Malformed`.",
          "schema": {
            "type": "string",
            "minLength": 2,
            "maxLength": 128,
            "pattern": "^(?![Aa][Cc][Ss]:|[Aa][Ll][Ii][Yy][Uu][Nn])\\p{L}[\\p{L}\\p{N}.:_-]{1,127}$"
          },
          "example": "ImageTestName"
        },
        {
          "name": "Description",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The description of the image, 2 to 256 characters, not starting with `http://` or `https://`. Another value is refused with `InvalidDescription.Malformed`.",
          "schema": {
            "type": "string",
            "minLength": 2,
            "maxLength": 256,
            "pattern": "^(?![Hh][Tt][Tt][Pp][Ss]?://)"
          },
          "example": "TestDescription"
        },
        {
          "name": "Architecture",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The system architecture; another value is refused with `InvalidArchitecture.Malformed`.",
          "schema": {
            "type": "string",
            "enum": [
              "i386",
              "x86_64",
              "arm64"
            ],
            "default": "x86_64"
          }
        },
        {
          "name": "OSType",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The type of the operating system, compared without case; another value is refused with `InvalidOSType.Malformed`.",
          "schema": {
            "type": "string",
            "enum": [
              "windows",
              "linux"
            ],
            "default": "linux"
          }
        },
        {
          "name": "Platform",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The distribution of the operating system, one of the SDK's list (the help page's list without `Other Windows`); another value is refused with `InvalidPlatform.Malformed`.",
          "schema": {
            "type": "string",
            "enum": [
              "Aliyun",
              "Anolis",
              "CentOS",
              "Ubuntu",
              "CoreOS",
              "SUSE",
              "Debian",
              "OpenSUSE",
              "FreeBSD",
              "RedHat",
              "Kylin",
              "UOS",
              "Fedora",
              "Fedora CoreOS",
              "CentOS Stream",
              "AlmaLinux",
              "Rocky Linux",
              "Gentoo",
              "Customized Linux",
              "Others Linux",
              "Windows Server 2022",
              "Windows Server 2019",
              "Windows Server 2016",
              "Windows Server 2012",
              "Windows Server 2008",
              "Windows Server 2003",
              "Other Windows"
            ],
            "default": "Others Linux"
          }
        },
        {
          "name": "BootMode",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The boot mode of the image: BIOS by default, UEFI by default and the only one allowed when `Architecture` is `arm64` (SDK 7.11.6). Another value is refused with `InvalidBootMode.Malformed`; `BIOS` with `arm64` with `InvalidBootMode.NotSupport`.",
          "schema": {
            "type": "string",
            "enum": [
              "BIOS",
              "UEFI"
            ],
            "default": "BIOS"
          }
        },
        {
          "name": "RoleName",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The RAM role ECS assumes to read from OSS.",
          "schema": {
            "type": "string",
            "default": "AliyunECSImageImportDefaultRole"
          }
        },
        {
          "name": "LicenseType",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "How the operating system is licensed. The SDK 7.11.6 lists `Aliyun` (the default) and `BYOL`; the metadata and the help page also `Auto` (their default), which is still accepted (docs/decisions/0037). Another value is refused with `InvalidLicenseType.NotSupported`.",
          "schema": {
            "type": "string",
            "enum": [
              "Aliyun",
              "BYOL",
              "Auto"
            ],
            "default": "Aliyun"
          }
        },
        {
          "name": "DetectionStrategy",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The image check to run after the import; absent, none. Only `Standard` exists; another value is refused with `InvalidParameter.DetectionStrategy`.",
          "schema": {
            "type": "string",
            "enum": [
              "Standard"
            ]
          }
        },
        {
          "name": "Features.NvmeSupport",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "Member `NvmeSupport` of the `Features` structure (the SDK sends a structure flattened as `Features.<Member>`): whether the image supports NVMe; absent, `unsupported` (SDK 7.11.6). No error is documented for another value, so the server accepts it (docs/decisions/0037).",
          "schema": {
            "type": "string",
            "enum": [
              "supported",
              "unsupported"
            ]
          }
        },
        {
          "name": "Features.ImdsSupport",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "Member `ImdsSupport` of the `Features` structure: the metadata access mode of the image, `v1` by default. Another value is refused with `InvalidParameter.FeaturesImdsSupport`.",
          "schema": {
            "type": "string",
            "enum": [
              "v1",
              "v2"
            ],
            "default": "v1"
          }
        },
        {
          "name": "StorageLocationArn",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The ARN of the CloudBox whose OSS holds the image file, only when importing from OSS on CloudBox: `arn:acs:cloudbox:{RegionId}:{AliUid}:cloudbox/{CloudBoxId}`. The reference server has no CloudBox: the value is accepted and the CloudBox errors are injected as faults.",
          "schema": {
            "type": "string",
            "pattern": "^arn:acs:cloudbox:[a-z0-9-]+:[0-9]+:cloudbox/[A-Za-z0-9*_-]+$"
          },
          "example": "arn:acs:cloudbox:cn-hangzhou:123456:cloudbox/cb-xx***123"
        },
        {
          "name": "Tag",
          "in": "query",
          "required": false,
          "x-ecs-style": "repeat-list",
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "Up to 20 tags, sent as `Tag.N.Key` and `Tag.N.Value`. Keys are compared without case: the same key twice is refused with 403 `TagKey.Duplication`.",
          "schema": {
            "type": "array",
            "maxItems": 20,
            "items": {
              "type": "object",
              "required": [
                "Key"
              ],
              "properties": {
                "Key": {
                  "type": "string",
                  "description": "Not empty, up to 128 characters, not starting with `acs:` or `aliyun`, no `http://` or `https://`.",
                  "minLength": 1,
                  "maxLength": 128
                },
                "Value": {
                  "type": "string",
                  "description": "Up to 128 characters, not starting with `acs:`, no `http://` or `https://`.",
                  "maxLength": 128
                }
              }
            }
          }
        },
        {
          "name": "ResourceGroupId",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "The resource group of the image.",
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "ClientToken",
          "in": "query",
          "required": false,
          "x-ecs-source": "aliyun/aliyun-openapi-meta metadatas/ecs/ImportImage.json and en-US/ecs/ImportImage.json @0e8633d0fda8f4f4098771d70cf5f864bd25839e; @alicloud/ecs20140526 7.11.6 src/models/ImportImageRequest.ts; https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md @3656182248426cda119c47dac2eb4bd9ce231009 (2021) and @ebd887a523a6a4f4cefbf3a248502a9182ce8357 (2019)",
          "description": "A client-chosen token that makes the request idempotent: ASCII only, at most 64 characters; another value is refused with `InvalidClientToken.Malformed`.",
          "schema": {
            "type": "string",
            "maxLength": 64,
            "pattern": "^[\\x00-\\x7F]*$"
          }
        },
        {
          "$ref": "#/components/parameters/DryRun"
        },
        {
          "$ref": "#/components/parameters/OwnerId"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerId"
        },
        {
          "$ref": "#/components/parameters/Version"
        },
        {
          "$ref": "#/components/parameters/Format"
        },
        {
          "$ref": "#/components/parameters/AccessKeyId"
        },
        {
          "$ref": "#/components/parameters/SignatureMethod"
        },
        {
          "$ref": "#/components/parameters/SignatureVersion"
        },
        {
          "$ref": "#/components/parameters/SignatureNonce"
        },
        {
          "$ref": "#/components/parameters/SignatureType"
        },
        {
          "$ref": "#/components/parameters/Timestamp"
        },
        {
          "$ref": "#/components/parameters/SecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsVersion"
        },
        {
          "$ref": "#/components/parameters/XAcsDate"
        },
        {
          "$ref": "#/components/parameters/XAcsSignatureNonce"
        },
        {
          "$ref": "#/components/parameters/XAcsContentSha256"
        },
        {
          "$ref": "#/components/parameters/XAcsSecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsAccessKeyId"
        },
        {
          "$ref": "#/components/parameters/XAcsCredentialsProvider"
        }
      ],
      "get": {
        "operationId": "importImage",
        "tags": [
          "Task producers"
        ],
        "summary": "Import an image from OSS",
        "description": "Imports an image file from an OSS bucket as a custom image. Creates an ImportImage task. The parameters travel in the query string.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ImportImageOk"
          },
          "400": {
            "$ref": "#/components/responses/ImportImageBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/ImportImageForbidden"
          },
          "404": {
            "$ref": "#/components/responses/ImportImageNotFound"
          },
          "500": {
            "$ref": "#/components/responses/ImportImageInternalError"
          },
          "503": {
            "$ref": "#/components/responses/ImportImageServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "importImageWithPost",
        "tags": [
          "Task producers"
        ],
        "summary": "Import an image from OSS (POST)",
        "description": "Imports an image file from an OSS bucket as a custom image. Creates an ImportImage task. The parameters travel in the query string, as GET sends them, or in a form body, or both.",
        "requestBody": {
          "$ref": "#/components/requestBodies/RpcForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ImportImageOk"
          },
          "400": {
            "$ref": "#/components/responses/ImportImageBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/ImportImageForbidden"
          },
          "404": {
            "$ref": "#/components/responses/ImportImageNotFound"
          },
          "500": {
            "$ref": "#/components/responses/ImportImageInternalError"
          },
          "503": {
            "$ref": "#/components/responses/ImportImageServiceUnavailable"
          }
        }
      }
    },
    "/#Action=ModifyDiskSpec": {
      "x-ecs-action": "ModifyDiskSpec",
      "x-ecs-idempotent": false,
      "x-ecs-sample-request": {
        "DiskId": "d-bp131n0q38u3a4zi0000",
        "DiskCategory": "cloud_essd"
      },
      "parameters": [
        {
          "name": "Action",
          "in": "query",
          "required": false,
          "description": "V1 only. The operation; V3 requests name it in the `x-acs-action` header instead.",
          "schema": {
            "type": "string",
            "const": "ModifyDiskSpec"
          }
        },
        {
          "name": "x-acs-action",
          "in": "header",
          "required": false,
          "description": "V3 only. The operation; V1 requests name it in the `Action` parameter instead.",
          "schema": {
            "type": "string",
            "const": "ModifyDiskSpec"
          }
        },
        {
          "name": "DiskId",
          "in": "query",
          "required": true,
          "description": "The ID of the disk.",
          "schema": {
            "type": "string",
            "minLength": 1
          },
          "example": "d-bp131n0q38u3a4zi****"
        },
        {
          "name": "DiskCategory",
          "in": "query",
          "required": false,
          "description": "The new category of the disk: `cloud_essd`, `cloud_auto` (ESSD AutoPL), `cloud_ssd`, `cloud_essd_entry` (ESSD Entry, China site; it can only become `cloud_essd` or `cloud_auto`), `cloud_efficiency`. Absent means the category does not change.",
          "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/ModifyDiskSpecRequest.ts (diskCategory); AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d",
          "schema": {
            "type": "string",
            "enum": [
              "cloud_essd",
              "cloud_auto",
              "cloud_ssd",
              "cloud_essd_entry",
              "cloud_efficiency"
            ]
          }
        },
        {
          "name": "PerformanceLevel",
          "in": "query",
          "required": false,
          "description": "The new performance level of an ESSD, PL0 to PL3 (default PL1).",
          "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/ModifyDiskSpecRequest.ts (performanceLevel, default PL1)",
          "schema": {
            "type": "string",
            "enum": [
              "PL0",
              "PL1",
              "PL2",
              "PL3"
            ],
            "default": "PL1"
          }
        },
        {
          "name": "ProvisionedIops",
          "in": "query",
          "required": false,
          "description": "The provisioned IOPS of an ESSD AutoPL disk, 0 to min{50,000, 1,000 × capacity − baseline}; only with `DiskCategory=cloud_auto`.",
          "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/ModifyDiskSpecRequest.ts (provisionedIops)",
          "schema": {
            "type": "integer",
            "format": "int64"
          }
        },
        {
          "name": "DestinationZoneId",
          "in": "query",
          "required": false,
          "description": "The zone to move the disk to while changing its category (invitational preview).",
          "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/ModifyDiskSpecRequest.ts (destinationZoneId)",
          "schema": {
            "type": "string"
          }
        },
        {
          "name": "PerformanceControlOptions.IOPS",
          "in": "query",
          "required": false,
          "description": "The target IOPS of a dedicated block storage cluster disk: 900 to the disk's maximum, in steps of 100.",
          "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/ModifyDiskSpecRequest.ts (ModifyDiskSpecRequestPerformanceControlOptions.IOPS)",
          "schema": {
            "type": "integer"
          }
        },
        {
          "name": "PerformanceControlOptions.Throughput",
          "in": "query",
          "required": false,
          "description": "The target throughput in MB/s of a dedicated block storage cluster disk, from 60 to the disk's maximum.",
          "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/ModifyDiskSpecRequest.ts (ModifyDiskSpecRequestPerformanceControlOptions.throughput)",
          "schema": {
            "type": "integer"
          }
        },
        {
          "name": "PerformanceControlOptions.Recover",
          "in": "query",
          "required": false,
          "description": "`All` resets the IOPS and throughput of a dedicated block storage cluster disk to their initial values; the other two options are then ignored.",
          "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/ModifyDiskSpecRequest.ts (ModifyDiskSpecRequestPerformanceControlOptions.recover)",
          "schema": {
            "type": "string",
            "enum": [
              "All"
            ]
          }
        },
        {
          "$ref": "#/components/parameters/DryRun"
        },
        {
          "$ref": "#/components/parameters/OwnerId"
        },
        {
          "$ref": "#/components/parameters/OwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerId"
        },
        {
          "$ref": "#/components/parameters/Version"
        },
        {
          "$ref": "#/components/parameters/Format"
        },
        {
          "$ref": "#/components/parameters/AccessKeyId"
        },
        {
          "$ref": "#/components/parameters/SignatureMethod"
        },
        {
          "$ref": "#/components/parameters/SignatureVersion"
        },
        {
          "$ref": "#/components/parameters/SignatureNonce"
        },
        {
          "$ref": "#/components/parameters/SignatureType"
        },
        {
          "$ref": "#/components/parameters/Timestamp"
        },
        {
          "$ref": "#/components/parameters/SecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsVersion"
        },
        {
          "$ref": "#/components/parameters/XAcsDate"
        },
        {
          "$ref": "#/components/parameters/XAcsSignatureNonce"
        },
        {
          "$ref": "#/components/parameters/XAcsContentSha256"
        },
        {
          "$ref": "#/components/parameters/XAcsSecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsAccessKeyId"
        },
        {
          "$ref": "#/components/parameters/XAcsCredentialsProvider"
        }
      ],
      "get": {
        "operationId": "modifyDiskSpec",
        "tags": [
          "Task producers"
        ],
        "summary": "Change the category or performance level of a disk",
        "description": "Changes the category of a disk or the performance level of an ESSD. A category change creates a ModifyDiskSpec task (which cannot be cancelled). The operation has no RegionId parameter. The parameters travel in the query string.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ModifyDiskSpecOk"
          },
          "400": {
            "$ref": "#/components/responses/ModifyDiskSpecBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/ModifyDiskSpecForbidden"
          },
          "404": {
            "$ref": "#/components/responses/ModifyDiskSpecNotFound"
          },
          "500": {
            "$ref": "#/components/responses/ModifyDiskSpecInternalError"
          },
          "503": {
            "$ref": "#/components/responses/ModifyDiskSpecServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "modifyDiskSpecWithPost",
        "tags": [
          "Task producers"
        ],
        "summary": "Change the category or performance level of a disk (POST)",
        "description": "Changes the category of a disk or the performance level of an ESSD. A category change creates a ModifyDiskSpec task (which cannot be cancelled). The operation has no RegionId parameter. The parameters travel in the query string, as GET sends them, or in a form body, or both.",
        "requestBody": {
          "$ref": "#/components/requestBodies/RpcForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ModifyDiskSpecOk"
          },
          "400": {
            "$ref": "#/components/responses/ModifyDiskSpecBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/ModifyDiskSpecForbidden"
          },
          "404": {
            "$ref": "#/components/responses/ModifyDiskSpecNotFound"
          },
          "500": {
            "$ref": "#/components/responses/ModifyDiskSpecInternalError"
          },
          "503": {
            "$ref": "#/components/responses/ModifyDiskSpecServiceUnavailable"
          }
        }
      }
    },
    "/#Action=DescribeRegions": {
      "x-ecs-action": "DescribeRegions",
      "x-ecs-idempotent": true,
      "x-ecs-sample-request": {},
      "parameters": [
        {
          "name": "Action",
          "in": "query",
          "required": false,
          "description": "V1 only. The operation; V3 requests name it in the `x-acs-action` header instead.",
          "schema": {
            "type": "string",
            "const": "DescribeRegions"
          }
        },
        {
          "name": "x-acs-action",
          "in": "header",
          "required": false,
          "description": "V3 only. The operation; V1 requests name it in the `Action` parameter instead.",
          "schema": {
            "type": "string",
            "const": "DescribeRegions"
          }
        },
        {
          "name": "InstanceChargeType",
          "in": "query",
          "required": false,
          "description": "The billing method to list regions for.",
          "schema": {
            "type": "string",
            "enum": [
              "PrePaid",
              "PostPaid",
              "SpotWithPriceLimit",
              "SpotAsPriceGo"
            ],
            "default": "PostPaid"
          }
        },
        {
          "name": "ResourceType",
          "in": "query",
          "required": false,
          "description": "The resource type to list regions for: `instance`, `disk`, `reservedinstance` or `scu` (default `instance`), compared without case: the reference page's own sample request sends `ResourceType=Instance`.",
          "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Regions/DescribeRegions.md@322eaab82e866a494eeaddb0de02bab1978692d1 (values, default, sample request)",
          "schema": {
            "type": "string",
            "pattern": "^([Ii][Nn][Ss][Tt][Aa][Nn][Cc][Ee]|[Dd][Ii][Ss][Kk]|[Rr][Ee][Ss][Ee][Rr][Vv][Ee][Dd][Ii][Nn][Ss][Tt][Aa][Nn][Cc][Ee]|[Ss][Cc][Uu])$",
            "default": "instance",
            "examples": [
              "instance",
              "Instance"
            ]
          }
        },
        {
          "name": "AcceptLanguage",
          "in": "query",
          "required": false,
          "description": "The language of `LocalName`: `zh-CN` (Simplified Chinese, the default), `zh-TW` (Traditional Chinese; the metadata spells it `zh_TW`, and both are accepted), `en-US`, `ja`, `fr`, `de`, `ko`. Names are given in Chinese and English as Alibaba's pages write them; the reference server answers the other languages with the English names (no source gives them; docs/decisions/0039-describe-regions-and-the-rest.md).",
          "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/DescribeRegionsRequest.ts (acceptLanguage); aliyun/aliyun-openapi-meta en-US/ecs/DescribeRegions.json@2563691c22229a0b493606e11166b95896707095",
          "schema": {
            "type": "string",
            "enum": [
              "zh-CN",
              "zh-TW",
              "zh_TW",
              "en-US",
              "ja",
              "fr",
              "de",
              "ko"
            ],
            "default": "zh-CN"
          }
        },
        {
          "$ref": "#/components/parameters/OwnerId"
        },
        {
          "$ref": "#/components/parameters/OwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerAccount"
        },
        {
          "$ref": "#/components/parameters/ResourceOwnerId"
        },
        {
          "$ref": "#/components/parameters/Version"
        },
        {
          "$ref": "#/components/parameters/Format"
        },
        {
          "$ref": "#/components/parameters/AccessKeyId"
        },
        {
          "$ref": "#/components/parameters/SignatureMethod"
        },
        {
          "$ref": "#/components/parameters/SignatureVersion"
        },
        {
          "$ref": "#/components/parameters/SignatureNonce"
        },
        {
          "$ref": "#/components/parameters/SignatureType"
        },
        {
          "$ref": "#/components/parameters/Timestamp"
        },
        {
          "$ref": "#/components/parameters/SecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsVersion"
        },
        {
          "$ref": "#/components/parameters/XAcsDate"
        },
        {
          "$ref": "#/components/parameters/XAcsSignatureNonce"
        },
        {
          "$ref": "#/components/parameters/XAcsContentSha256"
        },
        {
          "$ref": "#/components/parameters/XAcsSecurityToken"
        },
        {
          "$ref": "#/components/parameters/XAcsAccessKeyId"
        },
        {
          "$ref": "#/components/parameters/XAcsCredentialsProvider"
        }
      ],
      "get": {
        "operationId": "describeRegions",
        "tags": [
          "Regions"
        ],
        "summary": "List the regions",
        "description": "Queries the regions that are available to the account. The parameters travel in the query string.",
        "responses": {
          "200": {
            "$ref": "#/components/responses/DescribeRegionsOk"
          },
          "400": {
            "$ref": "#/components/responses/DescribeRegionsBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/DescribeRegionsForbidden"
          },
          "404": {
            "$ref": "#/components/responses/DescribeRegionsNotFound"
          },
          "500": {
            "$ref": "#/components/responses/DescribeRegionsInternalError"
          },
          "503": {
            "$ref": "#/components/responses/DescribeRegionsServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "describeRegionsWithPost",
        "tags": [
          "Regions"
        ],
        "summary": "List the regions (POST)",
        "description": "Queries the regions that are available to the account. The parameters travel in the query string, as GET sends them, or in a form body, or both.",
        "requestBody": {
          "$ref": "#/components/requestBodies/RpcForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/DescribeRegionsOk"
          },
          "400": {
            "$ref": "#/components/responses/DescribeRegionsBadRequest"
          },
          "403": {
            "$ref": "#/components/responses/DescribeRegionsForbidden"
          },
          "404": {
            "$ref": "#/components/responses/DescribeRegionsNotFound"
          },
          "500": {
            "$ref": "#/components/responses/DescribeRegionsInternalError"
          },
          "503": {
            "$ref": "#/components/responses/DescribeRegionsServiceUnavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "AcsSignatureV3": {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
        "description": "Signature V3: `Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<h1;h2>,Signature=<hex>` over a canonical request of the method, `/`, the sorted query, the `host`, `content-type` and `x-acs-*` headers and the body's SHA-256 (`ACS3-HMAC-SM3` with SM3 works the same way)."
      },
      "AcsSignatureV1": {
        "type": "apiKey",
        "in": "query",
        "name": "Signature",
        "description": "Signature V1 (called V2 in Alibaba's newer pages): `Signature` = Base64 HMAC-SHA1, keyed with `AccessKeySecret&`, of `METHOD&%2F&` + the percent-encoded, sorted, percent-encoded parameters, with `AccessKeyId`, `SignatureMethod`, `SignatureVersion`, `SignatureNonce` and `Timestamp` among them."
      }
    },
    "schemas": {
      "CancelTaskResponse": {
        "type": "object",
        "description": "The task is cancelled; DescribeTaskAttribute now reports it as `Failed` (decision 0038).",
        "xml": {
          "name": "CancelTaskResponse"
        },
        "required": [
          "RequestId"
        ],
        "properties": {
          "RequestId": {
            "$ref": "#/components/schemas/RequestId"
          }
        }
      },
      "DescribeRegionsResponse": {
        "type": "object",
        "description": "The regions the account can use.",
        "xml": {
          "name": "DescribeRegionsResponse"
        },
        "required": [
          "RequestId",
          "Regions"
        ],
        "properties": {
          "RequestId": {
            "$ref": "#/components/schemas/RequestId"
          },
          "Regions": {
            "type": "object",
            "required": [
              "Region"
            ],
            "properties": {
              "Region": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Region"
                }
              }
            }
          }
        }
      },
      "DescribeTaskAttributeResponse": {
        "type": "object",
        "description": "The details of one asynchronous task.",
        "xml": {
          "name": "DescribeTaskAttributeResponse"
        },
        "required": [
          "RequestId",
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
          "RequestId": {
            "$ref": "#/components/schemas/RequestId"
          },
          "TaskId": {
            "$ref": "#/components/schemas/TaskId"
          },
          "RegionId": {
            "$ref": "#/components/schemas/RegionId"
          },
          "TaskAction": {
            "$ref": "#/components/schemas/TaskAction"
          },
          "TaskStatus": {
            "$ref": "#/components/schemas/TaskStatus"
          },
          "TaskProcess": {
            "$ref": "#/components/schemas/TaskProcess"
          },
          "SupportCancel": {
            "$ref": "#/components/schemas/SupportCancel"
          },
          "TotalCount": {
            "type": "integer",
            "minimum": 0,
            "description": "The number of subtasks.",
            "examples": [
              1
            ]
          },
          "SuccessCount": {
            "type": "integer",
            "minimum": 0,
            "description": "The number of subtasks that succeeded.",
            "examples": [
              1
            ]
          },
          "FailedCount": {
            "type": "integer",
            "minimum": 0,
            "description": "The number of subtasks that failed.",
            "examples": [
              0
            ]
          },
          "CreationTime": {
            "$ref": "#/components/schemas/EcsTime"
          },
          "FinishedTime": {
            "description": "When the task ended, or the empty string while it has not ended (see docs/decisions/0004-finished-time-while-running.md).",
            "anyOf": [
              {
                "$ref": "#/components/schemas/EcsTime"
              },
              {
                "type": "string",
                "const": ""
              }
            ]
          },
          "OperationProgressSet": {
            "type": "object",
            "description": "The progress of each subtask.",
            "required": [
              "OperationProgress"
            ],
            "properties": {
              "OperationProgress": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/OperationProgress"
                }
              }
            }
          }
        }
      },
      "DescribeTasksResponse": {
        "type": "object",
        "description": "One page of tasks, newest first.",
        "xml": {
          "name": "DescribeTasksResponse"
        },
        "required": [
          "RequestId",
          "RegionId",
          "TotalCount",
          "PageNumber",
          "PageSize",
          "TaskSet"
        ],
        "properties": {
          "RequestId": {
            "$ref": "#/components/schemas/RequestId"
          },
          "RegionId": {
            "$ref": "#/components/schemas/RegionId"
          },
          "TotalCount": {
            "type": "integer",
            "minimum": 0,
            "description": "The number of tasks that match the filters, over all pages.",
            "examples": [
              2
            ]
          },
          "PageNumber": {
            "type": "integer",
            "minimum": 1,
            "description": "The number of this page, from 1.",
            "examples": [
              1
            ]
          },
          "PageSize": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "The page size the request asked for.",
            "examples": [
              10
            ]
          },
          "TaskSet": {
            "type": "object",
            "description": "The tasks of this page. (One English documentation sample wraps this object in an array; the official SDK, the XML sample and the older samples show an object, as here.)",
            "required": [
              "Task"
            ],
            "properties": {
              "Task": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/TaskSummary"
                }
              }
            }
          }
        }
      },
      "DocumentedErrorCode": {
        "type": "string",
        "description": "Every error code this document describes, for DescribeTaskAttribute, its companion operations and the common errors. A test keeps this list equal to the codes of the error examples.",
        "enum": [
          "Account.Arrearage",
          "CancelTaskFailed",
          "DiskCreatingSnapshot",
          "DiskInArrears",
          "DryRunOperation",
          "ExportImageFailed",
          "Forbidden.RAM",
          "ImageCheckUnsupported.WindowsImage",
          "ImageIsExporting",
          "ImageIsImporting",
          "ImageNotSupported",
          "ImportImageFailed",
          "IncompleteSignature",
          "IncorrectDiskStatus",
          "IncorrectImageStatus",
          "InstanceExpiredOrInArrears",
          "InternalError",
          "InvalidAcceptLanguage.NotFound",
          "InvalidAccessKeyId.NotFound",
          "InvalidAccountStatus.OSSDisabled",
          "InvalidAction.NotFound",
          "InvalidArchitecture.Malformed",
          "InvalidArchitecture.PlatformUnsupported",
          "InvalidBootMode.Malformed",
          "InvalidBootMode.NotSupport",
          "InvalidClientToken.Malformed",
          "InvalidDataDiskSize",
          "InvalidDescription.Malformed",
          "InvalidDiskCategory.ValueNotSupported",
          "InvalidDiskId.NotFound",
          "InvalidImage.DiskAmountOrSize",
          "InvalidImageCategory.NotSupported",
          "InvalidImageFormat.Malformed",
          "InvalidImageFormat.RegionNotSupported",
          "InvalidImageId.NotFound",
          "InvalidImageName.Duplicated",
          "InvalidImageName.Malformed",
          "InvalidImageSize",
          "InvalidInstanceId.NotFound",
          "InvalidInstanceType.NotSupportDiskCategory",
          "InvalidLicenseType.BYOLOnly",
          "InvalidLicenseType.NotSupported",
          "InvalidOSS.NotAuthorized",
          "InvalidOSSBucket.EncryptUnsupported",
          "InvalidOSSBucket.Malformed",
          "InvalidOSSBucket.NotFound",
          "InvalidOSSBucket.NotMatched",
          "InvalidOSSObject.Malformed",
          "InvalidOSSObject.NeedRestore",
          "InvalidOSSObject.NotFound",
          "InvalidOSSObject.Size",
          "InvalidOSSPrefix.Malformed",
          "InvalidOSType.Malformed",
          "InvalidOperation.CloudBoxImageImportRoleRequired",
          "InvalidOperation.CloudBoxImageImportUnsupported",
          "InvalidParameter",
          "InvalidParameter.DetectionStrategy",
          "InvalidParameter.FeaturesImdsSupport",
          "InvalidParameter.Malformed",
          "InvalidPerformanceLevel.Malformed",
          "InvalidPlatform.Malformed",
          "InvalidRegion.NotSupport",
          "InvalidRegionId.NotFound",
          "InvalidResourceGroup.NotFound",
          "InvalidResourceType.NotFound",
          "InvalidStorageLocation.NotFound",
          "InvalidTaskId.IncorrectTaskStatus",
          "InvalidTaskId.NotFound",
          "InvalidTaskId.TaskActionNotSupport",
          "InvalidTimeStamp.Expired",
          "InvalidVHDImage.IncorrectSize",
          "InvalidVersion",
          "MissingParameter",
          "MissingParameter.DiskDeviceMapping",
          "NoSetRoletoECSServiceAcount",
          "OperationDenied",
          "OperationDenied.NoStock",
          "OperationDenied.PerformanceLevelNotMatch",
          "QuotaExceed.Image",
          "ServiceUnavailable",
          "SignatureDoesNotMatch",
          "SignatureNonceUsed",
          "TagKey.Duplication",
          "Throttling",
          "Unauthorized.EmptyRegion",
          "UnsupportedHTTPMethod",
          "UnsupportedSuffix.OSSObject",
          "UserNotInTheWhiteList"
        ]
      },
      "EcsTime": {
        "type": "string",
        "description": "A UTC time at minute precision, `YYYY-MM-DDThh:mmZ`, as ECS writes it in task responses (for example `2015-11-23T02:13Z`). It has no seconds, so it is deliberately not `format: date-time`: RFC 3339 validators would reject every real response. See docs/decisions/0003-time-format.md.",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]Z$",
        "examples": [
          "2015-11-23T02:13Z"
        ]
      },
      "ErrorBody": {
        "type": "object",
        "description": "The body of every error answer, whatever the operation (XML root element `Error`). `Code` names the error; the documented codes are listed in `DocumentedErrorCode`, but a server may send others. The documentation lists `RequestId`, `HostId`, `Code` and `Message`; `Recommend` is what real gateway answers add (and the reference server always sends), so it is not required of a server (docs/decisions/0039).",
        "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Call methods/Response results.md@322eaab82e866a494eeaddb0de02bab1978692d1 (error body fields)",
        "xml": {
          "name": "Error"
        },
        "required": [
          "RequestId",
          "HostId",
          "Code",
          "Message"
        ],
        "properties": {
          "RequestId": {
            "$ref": "#/components/schemas/RequestId"
          },
          "HostId": {
            "type": "string",
            "description": "The endpoint host that answered.",
            "minLength": 1,
            "examples": [
              "ecs.aliyuncs.com"
            ]
          },
          "Code": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/DocumentedErrorCode"
              },
              {
                "type": "string",
                "minLength": 1
              }
            ],
            "description": "The error code."
          },
          "Message": {
            "type": "string",
            "description": "The error message.",
            "minLength": 1
          },
          "Recommend": {
            "type": "string",
            "description": "A troubleshooting link for this error and request. Not in the documentation's list; real answers carry it (e.g. from ecs.aliyuncs.com in fog/fog-aliyun#32, and in NewFuture/DDNS#57, jeessy2/ddns-go#1291).",
            "minLength": 1,
            "examples": [
              "https://api.aliyun.com/troubleshoot?q=InvalidTaskId.NotFound&product=Ecs&requestId=473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"
            ]
          }
        }
      },
      "ExportImageResponse": {
        "type": "object",
        "description": "The export task was created. (The documentation's sample body names the field `ExportTaskId`; its table and the official SDK model name it `TaskId`, which is what is sent.)",
        "x-ecs-source": "@alicloud/ecs20140526 7.11.6 src/models/ExportImageResponseBody.ts (RequestId, TaskId, RegionId); https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (response parameters, sample with TaskId); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6 (sample with ExportTaskId)",
        "xml": {
          "name": "ExportImageResponse"
        },
        "required": [
          "RequestId",
          "RegionId",
          "TaskId"
        ],
        "properties": {
          "RequestId": {
            "$ref": "#/components/schemas/RequestId"
          },
          "RegionId": {
            "$ref": "#/components/schemas/RegionId"
          },
          "TaskId": {
            "$ref": "#/components/schemas/TaskId"
          }
        }
      },
      "ImportImageResponse": {
        "type": "object",
        "description": "The import task was created, with the ID of the image it is making. (The documentation's sample body names the task field `ImportTaskId`; its table and the official SDK model name it `TaskId`.)",
        "x-ecs-source": "@alicloud/ecs20140526 7.11.6 src/models/ImportImageResponseBody.ts (RequestId, ImageId, TaskId, RegionId); https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (response parameters, sample with TaskId); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009 (sample with ImportTaskId)",
        "xml": {
          "name": "ImportImageResponse"
        },
        "required": [
          "RequestId",
          "RegionId",
          "ImageId",
          "TaskId"
        ],
        "properties": {
          "RequestId": {
            "$ref": "#/components/schemas/RequestId"
          },
          "RegionId": {
            "$ref": "#/components/schemas/RegionId"
          },
          "ImageId": {
            "type": "string",
            "description": "The ID of the image being imported.",
            "examples": [
              "m-bp67acfmxazb4p****"
            ]
          },
          "TaskId": {
            "$ref": "#/components/schemas/TaskId"
          }
        }
      },
      "ModifyDiskSpecResponse": {
        "type": "object",
        "description": "The disk change was accepted.",
        "xml": {
          "name": "ModifyDiskSpecResponse"
        },
        "required": [
          "RequestId"
        ],
        "properties": {
          "RequestId": {
            "$ref": "#/components/schemas/RequestId"
          },
          "TaskId": {
            "allOf": [
              {
                "$ref": "#/components/schemas/TaskId"
              }
            ],
            "description": "The ID of the disk category change task. Not returned when only the performance level of an ESSD changes."
          },
          "OrderId": {
            "type": "string",
            "description": "The order ID, returned only for subscription disks.",
            "examples": [
              "1234567890"
            ]
          }
        }
      },
      "OperationProgress": {
        "type": "object",
        "description": "The progress of one subtask.",
        "required": [
          "OperationStatus",
          "ErrorCode",
          "ErrorMsg",
          "RelatedItemSet"
        ],
        "properties": {
          "OperationStatus": {
            "$ref": "#/components/schemas/OperationStatus"
          },
          "ErrorCode": {
            "type": "string",
            "description": "The error code of a failed subtask; an empty string otherwise.",
            "examples": [
              "ParameterInvalid"
            ]
          },
          "ErrorMsg": {
            "type": "string",
            "description": "The error message of a failed subtask; an empty string otherwise.",
            "examples": [
              "The specified RegionId parameter is invalid."
            ]
          },
          "RelatedItemSet": {
            "type": "object",
            "description": "The resources related to the subtask.",
            "required": [
              "RelatedItem"
            ],
            "properties": {
              "RelatedItem": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RelatedItem"
                }
              }
            }
          }
        }
      },
      "OperationStatus": {
        "type": "string",
        "description": "The status of one subtask. `Success` is the only value the ECS documentation shows; `Failed` (with `ErrorCode` and `ErrorMsg` filled in) follows the sibling structure of DeleteSnapshotGroup; `Processing` is what a subtask that has not ended reports.",
        "enum": [
          "Success",
          "Failed",
          "Processing"
        ],
        "examples": [
          "Success"
        ]
      },
      "Region": {
        "type": "object",
        "description": "One region.",
        "required": [
          "RegionId",
          "LocalName",
          "RegionEndpoint",
          "Status"
        ],
        "properties": {
          "RegionId": {
            "$ref": "#/components/schemas/RegionId"
          },
          "LocalName": {
            "type": "string",
            "description": "The name of the region in the requested language.",
            "examples": [
              "China (Hangzhou)"
            ]
          },
          "RegionEndpoint": {
            "type": "string",
            "description": "The ECS endpoint of the region.",
            "examples": [
              "ecs.cn-hangzhou.aliyuncs.com"
            ]
          },
          "Status": {
            "type": "string",
            "description": "Whether the region is sold out.",
            "enum": [
              "available",
              "soldOut"
            ],
            "examples": [
              "available"
            ]
          }
        }
      },
      "RegionId": {
        "type": "string",
        "description": "A region ID, as listed by DescribeRegions.",
        "minLength": 1,
        "examples": [
          "cn-hangzhou"
        ]
      },
      "RelatedItem": {
        "type": "object",
        "description": "A resource related to a subtask. ExportImage tasks name `OSSBucket`, `OSSObject` and `ImageFormat`; ImportImage tasks name the image and its OSS source; ModifyDiskSpec tasks name the disk.",
        "required": [
          "Name",
          "Value"
        ],
        "properties": {
          "Name": {
            "type": "string",
            "description": "The kind of the related resource.",
            "examples": [
              "OSSObject"
            ]
          },
          "Value": {
            "type": "string",
            "description": "The related resource.",
            "examples": [
              "MYOSSPRE_m-23f8tcp***_t-23ym6mv***.vhd"
            ]
          }
        }
      },
      "RequestId": {
        "type": "string",
        "description": "The ID of the request, an upper-case UUID. Every answer carries one, successful or not, and no two answers share one.",
        "pattern": "^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
        "examples": [
          "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"
        ]
      },
      "RpcFormBody": {
        "type": "object",
        "description": "Any request parameter (operation or common, lists flattened as `Name.N`) may travel in an `application/x-www-form-urlencoded` POST body instead of the query string; the two are merged, and a parameter's `required` flag applies to the merged set. `@alicloud/pop-core` sends everything here.",
        "additionalProperties": {
          "type": "string"
        }
      },
      "SupportCancel": {
        "description": "Whether CancelTask can still cancel the task. The operation page's sample writes a JSON boolean, while the documentation tables and every official SDK model declare a string `\"true\"`/`\"false\"`, so both forms are valid. See docs/decisions/0002-support-cancel-type.md.",
        "oneOf": [
          {
            "type": "boolean"
          },
          {
            "type": "string",
            "enum": [
              "true",
              "false"
            ]
          }
        ],
        "examples": [
          true
        ]
      },
      "TaskAction": {
        "type": "string",
        "description": "The name of the operation that created the task. DescribeTaskAttribute covers tasks made by ImportImage, ExportImage and ModifyDiskSpec; DescribeTasks can also list RedeployInstance and ArchiveSnapshot tasks. (Some older samples write `IMPORT_IMAGE`; the JSON API writes the operation name.)",
        "enum": [
          "ImportImage",
          "ExportImage",
          "ModifyDiskSpec",
          "RedeployInstance",
          "ArchiveSnapshot"
        ],
        "examples": [
          "ExportImage"
        ]
      },
      "TaskId": {
        "type": "string",
        "description": "The ID of an asynchronous task, `t-` followed by lower-case letters and digits (the documentation masks the tail with `*`).",
        "minLength": 1,
        "examples": [
          "t-ce946ntx4wr****"
        ]
      },
      "TaskProcess": {
        "type": "string",
        "description": "The progress of the task, an integer percentage followed by `%`.",
        "pattern": "^(100|[1-9]?[0-9])%$",
        "examples": [
          "100%"
        ]
      },
      "TaskStatus": {
        "type": "string",
        "description": "The status of a task, as the current documentation lists it: `Processing` (running, or queued at 0 %), `Finished` (done) and `Failed` (ended without success, see `OperationProgressSet`; a task cancelled with CancelTask ends `Failed` too, its unfinished subtasks with `TaskCancelled`). The current DescribeTasks page, the API metadata and the official SDK's model name these three and no other; the 2015-era values `Waiting`, `Paused` and `Deleted` appear in no current source and in no real answer found, so they are not answered (the reference server shows its finer internal phase through its control API). See docs/decisions/0038-documented-task-statuses.md.",
        "x-ecs-source": [
          "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-describetasks (TaskStatus, 2025-01-22)",
          "aliyun/aliyun-openapi-meta en-US/ecs/DescribeTasks.json@2563691c22229a0b493606e11166b95896707095 (TaskStatus)",
          "@alicloud/ecs20140526@7.11.6 src/models/DescribeTasksRequest.ts (taskStatus: Finished, Processing, Failed)"
        ],
        "enum": [
          "Processing",
          "Finished",
          "Failed"
        ],
        "examples": [
          "Finished"
        ]
      },
      "TaskSummary": {
        "type": "object",
        "description": "One task in a DescribeTasks page.",
        "required": [
          "TaskId",
          "TaskAction",
          "TaskStatus",
          "SupportCancel",
          "CreationTime",
          "FinishedTime"
        ],
        "properties": {
          "TaskId": {
            "$ref": "#/components/schemas/TaskId"
          },
          "TaskAction": {
            "$ref": "#/components/schemas/TaskAction"
          },
          "TaskStatus": {
            "$ref": "#/components/schemas/TaskStatus"
          },
          "SupportCancel": {
            "$ref": "#/components/schemas/SupportCancel"
          },
          "CreationTime": {
            "$ref": "#/components/schemas/EcsTime"
          },
          "FinishedTime": {
            "description": "When the task ended, or the empty string while it has not ended.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/EcsTime"
              },
              {
                "type": "string",
                "const": ""
              }
            ]
          },
          "ResourceId": {
            "type": "string",
            "description": "The ID of the resource the task works on (the image or the disk). Present in the official SDK model, absent from the 2021 documentation.",
            "examples": [
              "m-bp67acfmxazb4p****"
            ]
          }
        }
      }
    },
    "parameters": {
      "RegionId": {
        "name": "RegionId",
        "in": "query",
        "required": true,
        "description": "The region ID. You can call the DescribeRegions operation to query the most recent region list.",
        "schema": {
          "$ref": "#/components/schemas/RegionId"
        },
        "example": "cn-hangzhou"
      },
      "TaskId": {
        "name": "TaskId",
        "in": "query",
        "required": true,
        "description": "The ID of the task. You can call the DescribeTasks operation to query the list of task IDs.",
        "schema": {
          "$ref": "#/components/schemas/TaskId"
        },
        "example": "t-ce946ntx4wr****"
      },
      "OwnerId": {
        "name": "OwnerId",
        "in": "query",
        "required": false,
        "description": "Hidden parameter of the official SDK models; not documented.",
        "schema": {
          "type": "integer",
          "format": "int64"
        }
      },
      "ResourceOwnerAccount": {
        "name": "ResourceOwnerAccount",
        "in": "query",
        "required": false,
        "description": "Hidden parameter of the official SDK models; not documented.",
        "schema": {
          "type": "string"
        }
      },
      "ResourceOwnerId": {
        "name": "ResourceOwnerId",
        "in": "query",
        "required": false,
        "description": "Hidden parameter of the official SDK models; not documented.",
        "schema": {
          "type": "integer",
          "format": "int64"
        }
      },
      "Version": {
        "name": "Version",
        "in": "query",
        "required": false,
        "description": "The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`.",
        "schema": {
          "type": "string",
          "const": "2014-05-26"
        }
      },
      "Format": {
        "name": "Format",
        "in": "query",
        "required": false,
        "description": "The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).",
        "schema": {
          "type": "string",
          "pattern": "^([Jj][Ss][Oo][Nn]|[Xx][Mm][Ll])$"
        },
        "example": "JSON"
      },
      "AccessKeyId": {
        "name": "AccessKeyId",
        "in": "query",
        "required": false,
        "description": "V1 only. The AccessKey ID that signed the request.",
        "schema": {
          "type": "string"
        },
        "example": "testid"
      },
      "SignatureMethod": {
        "name": "SignatureMethod",
        "in": "query",
        "required": false,
        "description": "V1 only. The signature method, `HMAC-SHA1`.",
        "schema": {
          "type": "string",
          "const": "HMAC-SHA1"
        }
      },
      "SignatureVersion": {
        "name": "SignatureVersion",
        "in": "query",
        "required": false,
        "description": "V1 only. The signature version, `1.0`.",
        "schema": {
          "type": "string",
          "const": "1.0"
        }
      },
      "SignatureNonce": {
        "name": "SignatureNonce",
        "in": "query",
        "required": false,
        "description": "V1 only. A value unique to each request, against replay.",
        "schema": {
          "type": "string"
        },
        "example": "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
      },
      "SignatureType": {
        "name": "SignatureType",
        "in": "query",
        "required": false,
        "description": "V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter.",
        "schema": {
          "type": "string"
        }
      },
      "Timestamp": {
        "name": "Timestamp",
        "in": "query",
        "required": false,
        "description": "V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
        },
        "example": "2016-02-23T12:46:24Z"
      },
      "SecurityToken": {
        "name": "SecurityToken",
        "in": "query",
        "required": false,
        "description": "V1 only. The STS security token, when the AccessKey is temporary.",
        "schema": {
          "type": "string"
        }
      },
      "XAcsVersion": {
        "name": "x-acs-version",
        "in": "header",
        "required": false,
        "description": "V3 only. The API version, `2014-05-26`.",
        "schema": {
          "type": "string",
          "const": "2014-05-26"
        }
      },
      "XAcsDate": {
        "name": "x-acs-date",
        "in": "header",
        "required": false,
        "description": "V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
        },
        "example": "2023-10-26T10:22:32Z"
      },
      "XAcsSignatureNonce": {
        "name": "x-acs-signature-nonce",
        "in": "header",
        "required": false,
        "description": "V3 only. A value unique to each request, against replay.",
        "schema": {
          "type": "string"
        },
        "example": "3156853299f313e23d1673dc12e1703d"
      },
      "XAcsContentSha256": {
        "name": "x-acs-content-sha256",
        "in": "header",
        "required": false,
        "description": "V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        },
        "example": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
      },
      "XAcsSecurityToken": {
        "name": "x-acs-security-token",
        "in": "header",
        "required": false,
        "description": "V3 only. The STS security token, when the AccessKey is temporary.",
        "schema": {
          "type": "string"
        }
      },
      "XAcsAccessKeyId": {
        "name": "x-acs-accesskey-id",
        "in": "header",
        "required": false,
        "description": "V3 only. The AccessKey ID, sent beside an STS token.",
        "schema": {
          "type": "string"
        }
      },
      "XAcsCredentialsProvider": {
        "name": "x-acs-credentials-provider",
        "in": "header",
        "required": false,
        "description": "V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.",
        "schema": {
          "type": "string"
        },
        "example": "static_ak"
      },
      "OwnerAccount": {
        "name": "OwnerAccount",
        "in": "query",
        "required": false,
        "description": "Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored.",
        "x-ecs-source": "@alicloud/ecs20140526@7.11.6 src/models/{DescribeRegions,DescribeTasks,ModifyDiskSpec}Request.ts (ownerAccount)",
        "schema": {
          "type": "string"
        }
      },
      "DryRun": {
        "name": "DryRun",
        "in": "query",
        "required": false,
        "description": "Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code.",
        "schema": {
          "type": "boolean",
          "default": false
        }
      }
    },
    "responses": {
      "DescribeTaskAttributeOk": {
        "description": "The DescribeTaskAttribute result.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/DescribeTaskAttributeResponse"
            },
            "examples": {
              "PageSample": {
                "summary": "The sample response of the DescribeTaskAttribute reference page (a finished ExportImage task)",
                "value": {
                  "CreationTime": "2015-11-23T02:13Z",
                  "SupportCancel": true,
                  "TotalCount": 1,
                  "SuccessCount": 1,
                  "RegionId": "cn-hangzhou",
                  "TaskAction": "ExportImage",
                  "FailedCount": 0,
                  "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
                  "TaskStatus": "Finished",
                  "TaskProcess": "100%",
                  "FinishedTime": "2015-11-23T02:19Z",
                  "TaskId": "t-ce946ntx4wr****",
                  "OperationProgressSet": {
                    "OperationProgress": [
                      {
                        "ErrorMsg": "The specified RegionId parameter is invalid.",
                        "ErrorCode": "ParameterInvalid",
                        "OperationStatus": "Success",
                        "RelatedItemSet": {
                          "RelatedItem": [
                            {
                              "Name": "OSSObject",
                              "Value": "MYOSSPRE_m-23f8tcp***_t-23ym6mv***.vhd"
                            }
                          ]
                        }
                      }
                    ]
                  }
                }
              },
              "FinishedExportWithAllItems": {
                "summary": "A finished export as the English reference's JSON sample shows it, with every related item",
                "value": {
                  "CreationTime": "2015-11-23T02:13Z",
                  "OperationProgressSet": {
                    "OperationProgress": [
                      {
                        "RelatedItemSet": {
                          "RelatedItem": [
                            {
                              "Name": "OSSBucket",
                              "Value": "image-temp"
                            },
                            {
                              "Name": "OSSObject",
                              "Value": "MYOSSPRE_m-23f8tcp***_t-23ym6mv***.vhd"
                            },
                            {
                              "Name": "ImageFormat",
                              "Value": "vhd"
                            }
                          ]
                        },
                        "ErrorMsg": "",
                        "ErrorCode": "",
                        "OperationStatus": "Success"
                      }
                    ]
                  },
                  "FinishedTime": "2015-11-23T02:19Z",
                  "FailedCount": 0,
                  "SupportCancel": true,
                  "TotalCount": 1,
                  "SuccessCount": 1,
                  "RequestId": "4BE2C7FE-C7A4-4675-A153-174E032AABFB",
                  "RegionId": "cn-hangzhou",
                  "TaskAction": "ExportImage",
                  "TaskStatus": "Finished",
                  "TaskProcess": "100%",
                  "TaskId": "t-ce946ntx4wr****"
                }
              },
              "ProcessingImport": {
                "summary": "An import still running, as the official SDK models write SupportCancel (a string)",
                "value": {
                  "RequestId": "9C0E7B1A-3F2D-4E8B-A5C6-0D1E2F3A4B5C",
                  "TaskId": "t-bp1hvgwromzv32iq****",
                  "RegionId": "cn-hangzhou",
                  "TaskAction": "ImportImage",
                  "TaskStatus": "Processing",
                  "TaskProcess": "35%",
                  "SupportCancel": "true",
                  "TotalCount": 1,
                  "SuccessCount": 0,
                  "FailedCount": 0,
                  "CreationTime": "2026-11-28T01:10Z",
                  "FinishedTime": "",
                  "OperationProgressSet": {
                    "OperationProgress": [
                      {
                        "OperationStatus": "Processing",
                        "ErrorCode": "",
                        "ErrorMsg": "",
                        "RelatedItemSet": {
                          "RelatedItem": [
                            {
                              "Name": "ImageId",
                              "Value": "m-bp67acfmxazb4p****"
                            },
                            {
                              "Name": "OSSBucket",
                              "Value": "ecsimageos"
                            },
                            {
                              "Name": "OSSObject",
                              "Value": "CentOS_5.4_32.raw"
                            }
                          ]
                        }
                      }
                    ]
                  }
                }
              },
              "FailedDiskChange": {
                "summary": "A disk category change that failed",
                "value": {
                  "RequestId": "2D6C4B1E-8A7F-4C3D-9E0B-1A2B3C4D5E6F",
                  "TaskId": "t-bp179lofu2pv768w****",
                  "RegionId": "cn-beijing",
                  "TaskAction": "ModifyDiskSpec",
                  "TaskStatus": "Failed",
                  "TaskProcess": "60%",
                  "SupportCancel": false,
                  "TotalCount": 1,
                  "SuccessCount": 0,
                  "FailedCount": 1,
                  "CreationTime": "2026-11-27T22:40Z",
                  "FinishedTime": "2026-11-27T22:47Z",
                  "OperationProgressSet": {
                    "OperationProgress": [
                      {
                        "OperationStatus": "Failed",
                        "ErrorCode": "OperationDenied.NoStock",
                        "ErrorMsg": "The requested resource is sold out in the specified zone; try other types of resources or other regions and zones.",
                        "RelatedItemSet": {
                          "RelatedItem": [
                            {
                              "Name": "DiskId",
                              "Value": "d-bp131n0q38u3a4zi****"
                            }
                          ]
                        }
                      }
                    ]
                  }
                }
              },
              "CancelledExport": {
                "summary": "An export cancelled by CancelTask: Failed, its unfinished subtask Failed with TaskCancelled (docs/decisions/0038-documented-task-statuses.md)",
                "value": {
                  "RequestId": "7E5D3C2B-1A09-4F8E-B7D6-C5B4A3928170",
                  "TaskId": "t-bp1e4lgpeiwyjxn3****",
                  "RegionId": "cn-shanghai",
                  "TaskAction": "ExportImage",
                  "TaskStatus": "Failed",
                  "TaskProcess": "20%",
                  "SupportCancel": false,
                  "TotalCount": 1,
                  "SuccessCount": 0,
                  "FailedCount": 1,
                  "CreationTime": "2026-11-28T00:02Z",
                  "FinishedTime": "2026-11-28T00:05Z",
                  "OperationProgressSet": {
                    "OperationProgress": [
                      {
                        "OperationStatus": "Failed",
                        "ErrorCode": "TaskCancelled",
                        "ErrorMsg": "The task was cancelled.",
                        "RelatedItemSet": {
                          "RelatedItem": [
                            {
                              "Name": "OSSBucket",
                              "Value": "testexportimage"
                            },
                            {
                              "Name": "OSSObject",
                              "Value": "EcsExport_m-bp67acfmxazb4p****_t-bp1e4lgpeiwyjxn3****.raw"
                            },
                            {
                              "Name": "ImageFormat",
                              "Value": "raw"
                            }
                          ]
                        }
                      }
                    ]
                  }
                }
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/DescribeTaskAttributeResponse"
            }
          }
        }
      },
      "DescribeTaskAttributeBadRequest": {
        "description": "Bad request: a documented error (see the examples for each code and the request that provokes it).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "MissingParameter.RegionId": {
                "summary": "`RegionId` is not sent.",
                "x-ecs-trigger": {
                  "remove": [
                    "RegionId"
                  ]
                },
                "value": {
                  "RequestId": "9E8423DE-CCD5-7DE7-7C55-C12944848210",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"RegionId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=9E8423DE-CCD5-7DE7-7C55-C12944848210"
                }
              },
              "MissingParameter.TaskId": {
                "summary": "`TaskId` is not sent.",
                "x-ecs-trigger": {
                  "remove": [
                    "TaskId"
                  ]
                },
                "value": {
                  "RequestId": "72C90105-CE63-8821-1795-6F6D33C2ECA3",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"TaskId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=72C90105-CE63-8821-1795-6F6D33C2ECA3"
                }
              },
              "InvalidRegionId.NotFound": {
                "summary": "The region does not exist.",
                "x-ecs-trigger": {
                  "set": {
                    "RegionId": "xx-nowhere-1"
                  }
                },
                "value": {
                  "RequestId": "641069D0-A465-1990-7827-9C6E3DCA16DF",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidRegionId.NotFound",
                  "Message": "The specified RegionId does not exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidRegionId.NotFound&product=Ecs&requestId=641069D0-A465-1990-7827-9C6E3DCA16DF"
                }
              },
              "InvalidTaskId.NotFound": {
                "summary": "No task with this ID exists in this region for this account.",
                "x-ecs-trigger": {
                  "set": {
                    "TaskId": "t-doesnotexist00000000"
                  }
                },
                "value": {
                  "RequestId": "6BA2444B-C614-85F0-3FE5-EFD22FA61E4D",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidTaskId.NotFound",
                  "Message": "The specified \"TaskId\" is not found.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidTaskId.NotFound&product=Ecs&requestId=6BA2444B-C614-85F0-3FE5-EFD22FA61E4D"
                }
              },
              "Throttling": {
                "$ref": "#/components/examples/Throttling"
              },
              "RequestBodyTooLarge": {
                "$ref": "#/components/examples/RequestBodyTooLarge"
              },
              "RequestHeadersTooLarge": {
                "$ref": "#/components/examples/RequestHeadersTooLarge"
              },
              "ParameterTooLong": {
                "$ref": "#/components/examples/ParameterTooLong"
              },
              "MissingParameter.Action": {
                "$ref": "#/components/examples/MissingParameter.Action"
              },
              "MissingParameter.Version": {
                "$ref": "#/components/examples/MissingParameter.Version"
              },
              "InvalidVersion": {
                "$ref": "#/components/examples/InvalidVersion"
              },
              "IncompleteSignature": {
                "$ref": "#/components/examples/IncompleteSignature"
              },
              "SignatureDoesNotMatch": {
                "$ref": "#/components/examples/SignatureDoesNotMatch"
              },
              "InvalidTimeStamp.Expired": {
                "$ref": "#/components/examples/InvalidTimeStamp.Expired"
              },
              "SignatureNonceUsed": {
                "$ref": "#/components/examples/SignatureNonceUsed"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTaskAttributeForbidden": {
        "description": "Forbidden: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "UnsupportedHTTPMethod": {
                "$ref": "#/components/examples/UnsupportedHTTPMethod"
              },
              "Forbidden.RAM": {
                "$ref": "#/components/examples/Forbidden.RAM"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTaskAttributeNotFound": {
        "description": "Not found: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InvalidAction.NotFound": {
                "$ref": "#/components/examples/InvalidAction.NotFound"
              },
              "InvalidAccessKeyId.NotFound": {
                "$ref": "#/components/examples/InvalidAccessKeyId.NotFound"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTaskAttributeInternalError": {
        "description": "Internal error: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InternalError": {
                "$ref": "#/components/examples/InternalError"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTaskAttributeServiceUnavailable": {
        "description": "Service unavailable: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ServiceUnavailable": {
                "$ref": "#/components/examples/ServiceUnavailable"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTasksOk": {
        "description": "The DescribeTasks result.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/DescribeTasksResponse"
            },
            "examples": {
              "TwoImports": {
                "summary": "A page of two finished imports (the reference's sample, with TaskSet as an object)",
                "value": {
                  "PageNumber": 1,
                  "TotalCount": 2,
                  "PageSize": 2,
                  "RegionId": "cn-hangzhou",
                  "TaskSet": {
                    "Task": [
                      {
                        "CreationTime": "2015-11-24T12:50Z",
                        "FinishedTime": "2015-11-24T12:50Z",
                        "SupportCancel": true,
                        "TaskAction": "ImportImage",
                        "TaskStatus": "Finished",
                        "TaskId": "t-bp1hvgwromzv32iq****"
                      },
                      {
                        "CreationTime": "2015-11-23T15:10Z",
                        "FinishedTime": "2015-11-23T15:16Z",
                        "SupportCancel": "true",
                        "TaskAction": "ImportImage",
                        "TaskStatus": "Finished",
                        "TaskId": "t-bp179lofu2pv768w****"
                      }
                    ]
                  },
                  "RequestId": "F746C690-D9EA-4F87-AF31-8E1910FAB541"
                }
              },
              "EmptyPage": {
                "summary": "No task matches",
                "value": {
                  "PageNumber": 1,
                  "TotalCount": 0,
                  "PageSize": 10,
                  "RegionId": "cn-beijing",
                  "TaskSet": {
                    "Task": []
                  },
                  "RequestId": "E5C82807-5588-4661-9A96-350B206A7623"
                }
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/DescribeTasksResponse"
            }
          }
        }
      },
      "DescribeTasksBadRequest": {
        "description": "Bad request: a documented error (see the examples for each code and the request that provokes it).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "MissingParameter.RegionId": {
                "summary": "`RegionId` is not sent.",
                "x-ecs-trigger": {
                  "remove": [
                    "RegionId"
                  ]
                },
                "value": {
                  "RequestId": "7A9765FA-A281-4EE9-BC99-189AA7A6999B",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"RegionId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=7A9765FA-A281-4EE9-BC99-189AA7A6999B"
                }
              },
              "InvalidRegionId.NotFound": {
                "summary": "The region does not exist.",
                "x-ecs-trigger": {
                  "set": {
                    "RegionId": "xx-nowhere-1"
                  }
                },
                "value": {
                  "RequestId": "8909364E-24B6-115F-4DA8-A54BCECEF04F",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidRegionId.NotFound",
                  "Message": "The specified RegionId does not exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidRegionId.NotFound&product=Ecs&requestId=8909364E-24B6-115F-4DA8-A54BCECEF04F"
                }
              },
              "Throttling": {
                "$ref": "#/components/examples/Throttling"
              },
              "RequestBodyTooLarge": {
                "$ref": "#/components/examples/RequestBodyTooLarge"
              },
              "RequestHeadersTooLarge": {
                "$ref": "#/components/examples/RequestHeadersTooLarge"
              },
              "ParameterTooLong": {
                "$ref": "#/components/examples/ParameterTooLong"
              },
              "MissingParameter.Action": {
                "$ref": "#/components/examples/MissingParameter.Action"
              },
              "MissingParameter.Version": {
                "$ref": "#/components/examples/MissingParameter.Version"
              },
              "InvalidVersion": {
                "$ref": "#/components/examples/InvalidVersion"
              },
              "IncompleteSignature": {
                "$ref": "#/components/examples/IncompleteSignature"
              },
              "SignatureDoesNotMatch": {
                "$ref": "#/components/examples/SignatureDoesNotMatch"
              },
              "InvalidTimeStamp.Expired": {
                "$ref": "#/components/examples/InvalidTimeStamp.Expired"
              },
              "SignatureNonceUsed": {
                "$ref": "#/components/examples/SignatureNonceUsed"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTasksForbidden": {
        "description": "Forbidden: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "UnsupportedHTTPMethod": {
                "$ref": "#/components/examples/UnsupportedHTTPMethod"
              },
              "Forbidden.RAM": {
                "$ref": "#/components/examples/Forbidden.RAM"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTasksNotFound": {
        "description": "Not found: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InvalidAction.NotFound": {
                "$ref": "#/components/examples/InvalidAction.NotFound"
              },
              "InvalidAccessKeyId.NotFound": {
                "$ref": "#/components/examples/InvalidAccessKeyId.NotFound"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTasksInternalError": {
        "description": "Internal error: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InternalError": {
                "$ref": "#/components/examples/InternalError"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeTasksServiceUnavailable": {
        "description": "Service unavailable: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ServiceUnavailable": {
                "$ref": "#/components/examples/ServiceUnavailable"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "CancelTaskOk": {
        "description": "The CancelTask result.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/CancelTaskResponse"
            },
            "examples": {
              "Cancelled": {
                "summary": "The task is cancelled",
                "value": {
                  "RequestId": "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E"
                }
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/CancelTaskResponse"
            }
          }
        }
      },
      "CancelTaskBadRequest": {
        "description": "Bad request: a documented error (see the examples for each code and the request that provokes it).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "MissingParameter.RegionId": {
                "summary": "`RegionId` is not sent.",
                "x-ecs-trigger": {
                  "remove": [
                    "RegionId"
                  ]
                },
                "value": {
                  "RequestId": "506E38BD-BA10-2AE7-858A-722F31838431",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"RegionId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=506E38BD-BA10-2AE7-858A-722F31838431"
                }
              },
              "MissingParameter.TaskId": {
                "summary": "`TaskId` is not sent.",
                "x-ecs-trigger": {
                  "remove": [
                    "TaskId"
                  ]
                },
                "value": {
                  "RequestId": "7DF16ABF-BC3B-ED94-D409-D0F1B822EAA9",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"TaskId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=7DF16ABF-BC3B-ED94-D409-D0F1B822EAA9"
                }
              },
              "InvalidRegionId.NotFound": {
                "summary": "The region does not exist.",
                "x-ecs-trigger": {
                  "set": {
                    "RegionId": "xx-nowhere-1"
                  }
                },
                "value": {
                  "RequestId": "E327C809-34B1-1347-5A13-5D908A86391D",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidRegionId.NotFound",
                  "Message": "The specified RegionId does not exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidRegionId.NotFound&product=Ecs&requestId=E327C809-34B1-1347-5A13-5D908A86391D"
                }
              },
              "InvalidTaskId.NotFound": {
                "summary": "No task with this ID exists in this region for this account.",
                "x-ecs-trigger": {
                  "set": {
                    "TaskId": "t-doesnotexist00000000"
                  }
                },
                "value": {
                  "RequestId": "8D0BF861-71BA-8785-60B5-BFDD1C114EA9",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidTaskId.NotFound",
                  "Message": "The specified \"TaskId\" is not found.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidTaskId.NotFound&product=Ecs&requestId=8D0BF861-71BA-8785-60B5-BFDD1C114EA9"
                }
              },
              "Throttling": {
                "$ref": "#/components/examples/Throttling"
              },
              "RequestBodyTooLarge": {
                "$ref": "#/components/examples/RequestBodyTooLarge"
              },
              "RequestHeadersTooLarge": {
                "$ref": "#/components/examples/RequestHeadersTooLarge"
              },
              "ParameterTooLong": {
                "$ref": "#/components/examples/ParameterTooLong"
              },
              "MissingParameter.Action": {
                "$ref": "#/components/examples/MissingParameter.Action"
              },
              "MissingParameter.Version": {
                "$ref": "#/components/examples/MissingParameter.Version"
              },
              "InvalidVersion": {
                "$ref": "#/components/examples/InvalidVersion"
              },
              "IncompleteSignature": {
                "$ref": "#/components/examples/IncompleteSignature"
              },
              "SignatureDoesNotMatch": {
                "$ref": "#/components/examples/SignatureDoesNotMatch"
              },
              "InvalidTimeStamp.Expired": {
                "$ref": "#/components/examples/InvalidTimeStamp.Expired"
              },
              "SignatureNonceUsed": {
                "$ref": "#/components/examples/SignatureNonceUsed"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "CancelTaskForbidden": {
        "description": "Forbidden: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InvalidTaskId.TaskActionNotSupport": {
                "summary": "The task was made by an operation whose tasks cannot be cancelled (ModifyDiskSpec).",
                "x-ecs-trigger": {
                  "precondition": "uncancellable-task"
                },
                "value": {
                  "RequestId": "50756247-239D-2701-599D-BB5458DDCCCA",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidTaskId.TaskActionNotSupport",
                  "Message": "The specified task action not support.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidTaskId.TaskActionNotSupport&product=Ecs&requestId=50756247-239D-2701-599D-BB5458DDCCCA"
                }
              },
              "InvalidTaskId.IncorrectTaskStatus": {
                "summary": "The task is no longer running (the message is verbatim, double negative included).",
                "x-ecs-trigger": {
                  "precondition": "finished-task"
                },
                "value": {
                  "RequestId": "051935DA-49DE-45CE-EC83-AD13A34086F7",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidTaskId.IncorrectTaskStatus",
                  "Message": "The specified task status is not invalid.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidTaskId.IncorrectTaskStatus&product=Ecs&requestId=051935DA-49DE-45CE-EC83-AD13A34086F7"
                }
              },
              "CancelTaskFailed": {
                "summary": "The service could not cancel the task.",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "3DF0809A-202A-F893-9A1F-0D9A41C33FBA",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "CancelTaskFailed",
                  "Message": "The task is failed to cancel, Please contact the administrator.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=CancelTaskFailed&product=Ecs&requestId=3DF0809A-202A-F893-9A1F-0D9A41C33FBA"
                }
              },
              "UnsupportedHTTPMethod": {
                "$ref": "#/components/examples/UnsupportedHTTPMethod"
              },
              "Forbidden.RAM": {
                "$ref": "#/components/examples/Forbidden.RAM"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "CancelTaskNotFound": {
        "description": "Not found: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InvalidAction.NotFound": {
                "$ref": "#/components/examples/InvalidAction.NotFound"
              },
              "InvalidAccessKeyId.NotFound": {
                "$ref": "#/components/examples/InvalidAccessKeyId.NotFound"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "CancelTaskInternalError": {
        "description": "Internal error: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InternalError": {
                "$ref": "#/components/examples/InternalError"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "CancelTaskServiceUnavailable": {
        "description": "Service unavailable: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ServiceUnavailable": {
                "$ref": "#/components/examples/ServiceUnavailable"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ExportImageOk": {
        "description": "The ExportImage result.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ExportImageResponse"
            },
            "examples": {
              "Created": {
                "summary": "The export task was created",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "value": {
                  "RequestId": "C8B26B44-0189-443E-9816-D951F59623A9",
                  "TaskId": "t-bp67acfmxazb4p****",
                  "RegionId": "cn-hangzhou"
                }
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ExportImageResponse"
            }
          }
        }
      },
      "ExportImageBadRequest": {
        "description": "Bad request: a documented error (see the examples for each code and the request that provokes it).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "MissingParameter.RegionId": {
                "summary": "`RegionId` is not sent.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "remove": [
                    "RegionId"
                  ]
                },
                "value": {
                  "RequestId": "6F0CF9C9-3BEB-FBCA-43D0-6FD24A99D1B0",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"RegionId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=6F0CF9C9-3BEB-FBCA-43D0-6FD24A99D1B0"
                }
              },
              "MissingParameter.ImageId": {
                "summary": "`ImageId` is not sent.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "remove": [
                    "ImageId"
                  ]
                },
                "value": {
                  "RequestId": "7B77A2A5-CCB6-BDF8-8AB9-34A440794887",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"ImageId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=7B77A2A5-CCB6-BDF8-8AB9-34A440794887"
                }
              },
              "MissingParameter.OSSBucket": {
                "summary": "`OSSBucket` is not sent.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "remove": [
                    "OSSBucket"
                  ]
                },
                "value": {
                  "RequestId": "8166F714-F85F-5E7C-D0CC-92647F8DDD4A",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"OSSBucket\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=8166F714-F85F-5E7C-D0CC-92647F8DDD4A"
                }
              },
              "InvalidRegionId.NotFound": {
                "summary": "The region does not exist.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "set": {
                    "RegionId": "xx-nowhere-1"
                  }
                },
                "value": {
                  "RequestId": "CFE64C13-797D-5388-074F-04273BC54888",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidRegionId.NotFound",
                  "Message": "The specified RegionId does not exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidRegionId.NotFound&product=Ecs&requestId=CFE64C13-797D-5388-074F-04273BC54888"
                }
              },
              "InvalidImageFormat.Malformed": {
                "summary": "`ImageFormat` is not one of raw, vhd, qcow2, vmdk, vdi.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "set": {
                    "ImageFormat": "iso"
                  }
                },
                "value": {
                  "RequestId": "4932F86E-A061-46C3-3884-29EFE8E802D7",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageFormat.Malformed",
                  "Message": "The specified Image Format is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageFormat.Malformed&product=Ecs&requestId=4932F86E-A061-46C3-3884-29EFE8E802D7"
                }
              },
              "InvalidOSSPrefix.Malformed": {
                "summary": "`OSSPrefix` is not 1 to 30 letters and digits.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "set": {
                    "OSSPrefix": "not a valid prefix, far longer than thirty characters"
                  }
                },
                "value": {
                  "RequestId": "A9E5DCAC-FE06-902E-228E-2A54B089614E",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSPrefix.Malformed",
                  "Message": "The specified OSSPrefix format is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSPrefix.Malformed&product=Ecs&requestId=A9E5DCAC-FE06-902E-228E-2A54B089614E"
                }
              },
              "InvalidOSSBucket.NotFound": {
                "summary": "The bucket does not exist in this region.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "B6F0CCE0-8A0A-0CA5-8E1C-48CD2DD45DF1",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSBucket.NotFound",
                  "Message": "The specified OSS bucket does not exist in this region.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSBucket.NotFound&product=Ecs&requestId=B6F0CCE0-8A0A-0CA5-8E1C-48CD2DD45DF1"
                }
              },
              "IncorrectImageStatus": {
                "summary": "The image is not in a state that can be exported.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "C3465645-35C3-34A0-9066-678CF5EB5843",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "IncorrectImageStatus",
                  "Message": "The specified Image is not available.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=IncorrectImageStatus&product=Ecs&requestId=C3465645-35C3-34A0-9066-678CF5EB5843"
                }
              },
              "DryRunOperation": {
                "summary": "`DryRun=true` and the request would have succeeded.",
                "x-ecs-source": "the DryRun parameter of https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29) and of @alicloud/ecs20140526 7.11.6 (decision 0037: not the table's DRYRUN.SUCCESS)",
                "x-ecs-trigger": {
                  "set": {
                    "DryRun": "true"
                  }
                },
                "value": {
                  "RequestId": "03F4E36D-CB86-8B8C-7969-EA4785D56BAA",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "DryRunOperation",
                  "Message": "Request validation has been passed with DryRun flag set.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=DryRunOperation&product=Ecs&requestId=03F4E36D-CB86-8B8C-7969-EA4785D56BAA"
                }
              },
              "InvalidImageName.Malformed": {
                "summary": "The image's name breaks the naming rules. No ExportImage parameter carries a name (the 2021 page describes CopyImage's `DestinationImageName`), so only an injected fault can show it.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "7A24E31A-D6FE-4CAD-86C4-936C62FB863F",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageName.Malformed",
                  "Message": "The specified Image name is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageName.Malformed&product=Ecs&requestId=7A24E31A-D6FE-4CAD-86C4-936C62FB863F"
                }
              },
              "InvalidOSSBucket.NotMatched": {
                "summary": "The bucket does not fit the request (the service appends why, for example its region).",
                "x-ecs-message-match": "prefix",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6 (message `The specified OSS bucket is incorrect, %s.`)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "63A9817B-F4EC-48C5-8D48-CEC78E69576C",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSBucket.NotMatched",
                  "Message": "The specified OSS bucket is incorrect,",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSBucket.NotMatched&product=Ecs&requestId=63A9817B-F4EC-48C5-8D48-CEC78E69576C"
                }
              },
              "InvalidImage.DiskAmountOrSize": {
                "summary": "The image has more than four data disks, or a data disk over 500 GiB.",
                "x-ecs-source": "the message of the Chinese and older English pages (the 2021 and current English tables print %s); https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "15D62AC6-4E79-46D9-B6E7-ABB6802E6832",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImage.DiskAmountOrSize",
                  "Message": "The diskSize or diskAmount of the image exceeds the limitation.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImage.DiskAmountOrSize&product=Ecs&requestId=15D62AC6-4E79-46D9-B6E7-ABB6802E6832"
                }
              },
              "InvalidRegion.NotSupport": {
                "summary": "The region does not offer image export.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "6CED8671-9646-4C3B-81CB-DA52E7F17165",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidRegion.NotSupport",
                  "Message": "The specified region does not support image import or export.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidRegion.NotSupport&product=Ecs&requestId=6CED8671-9646-4C3B-81CB-DA52E7F17165"
                }
              },
              "OperationDenied": {
                "summary": "The image maps a data disk snapshot, which cannot be exported.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "A3371F4C-BCE6-4B49-9503-0A355BA06444",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "OperationDenied",
                  "Message": "The specified image contains the snapshot of the data disk,does not support this operation.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=OperationDenied&product=Ecs&requestId=A3371F4C-BCE6-4B49-9503-0A355BA06444"
                }
              },
              "ImageNotSupported.EncryptedSnapshots": {
                "summary": "The image contains encrypted snapshots.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "A3F187F8-C065-443E-AFC4-24D9DC59BDB4",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "ImageNotSupported",
                  "Message": "The specified Image contains encrypted snapshots, do not support export.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=ImageNotSupported&product=Ecs&requestId=A3F187F8-C065-443E-AFC4-24D9DC59BDB4"
                }
              },
              "InvalidOSSObject.NeedRestore": {
                "summary": "The target OSS object is archived and must be restored first.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "4FF80CCF-AAA4-4059-8F92-ED4CC6C98FFF",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSObject.NeedRestore",
                  "Message": "The specified OSS object is a archive object, need restore first.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSObject.NeedRestore&product=Ecs&requestId=4FF80CCF-AAA4-4059-8F92-ED4CC6C98FFF"
                }
              },
              "InvalidImageFormat.RegionNotSupported": {
                "summary": "`ImageFormat` is not offered in this region.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "4090E8B2-BA1A-415D-B4D1-8D8ACEB3AB11",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageFormat.RegionNotSupported",
                  "Message": "The specified image format is not supported in current region.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageFormat.RegionNotSupported&product=Ecs&requestId=4090E8B2-BA1A-415D-B4D1-8D8ACEB3AB11"
                }
              },
              "Throttling": {
                "$ref": "#/components/examples/Throttling"
              },
              "RequestBodyTooLarge": {
                "$ref": "#/components/examples/RequestBodyTooLarge"
              },
              "RequestHeadersTooLarge": {
                "$ref": "#/components/examples/RequestHeadersTooLarge"
              },
              "ParameterTooLong": {
                "$ref": "#/components/examples/ParameterTooLong"
              },
              "MissingParameter.Action": {
                "$ref": "#/components/examples/MissingParameter.Action"
              },
              "MissingParameter.Version": {
                "$ref": "#/components/examples/MissingParameter.Version"
              },
              "InvalidVersion": {
                "$ref": "#/components/examples/InvalidVersion"
              },
              "IncompleteSignature": {
                "$ref": "#/components/examples/IncompleteSignature"
              },
              "SignatureDoesNotMatch": {
                "$ref": "#/components/examples/SignatureDoesNotMatch"
              },
              "InvalidTimeStamp.Expired": {
                "$ref": "#/components/examples/InvalidTimeStamp.Expired"
              },
              "SignatureNonceUsed": {
                "$ref": "#/components/examples/SignatureNonceUsed"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ExportImageForbidden": {
        "description": "Forbidden: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ImageIsExporting": {
                "summary": "The image is already being exported.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29) (the 2021 page: `The specified Image is exporting.`)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "9561EF20-C4E6-D99C-5E96-BBFBA1560800",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "ImageIsExporting",
                  "Message": "The specified Image is being exported. You can use the DescribeTasks API to check the status of existing tasks.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=ImageIsExporting&product=Ecs&requestId=9561EF20-C4E6-D99C-5E96-BBFBA1560800"
                }
              },
              "ExportImageFailed": {
                "summary": "The service could not start the export.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "6B821DDF-2720-0F0B-B0C0-FBBCB8C5E9B1",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "ExportImageFailed",
                  "Message": "Exporting image is failed, Please contact the administrator.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=ExportImageFailed&product=Ecs&requestId=6B821DDF-2720-0F0B-B0C0-FBBCB8C5E9B1"
                }
              },
              "NoSetRoletoECSServiceAcount": {
                "summary": "ECS may not write to the bucket (no RAM role).",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "ABF2ABFF-21B4-EBDB-E612-015B8D75C924",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "NoSetRoletoECSServiceAcount",
                  "Message": "ECS service account Have no right to access your OSS.please attach a role of access your oss to ECS service account.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=NoSetRoletoECSServiceAcount&product=Ecs&requestId=ABF2ABFF-21B4-EBDB-E612-015B8D75C924"
                }
              },
              "ImageNotSupported": {
                "summary": "The image comes from Alibaba Cloud Marketplace.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "9366F93C-1FE6-45A6-8CA0-07B04A2F7FA1",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "ImageNotSupported",
                  "Message": "The specified image from the image market, do not support export image.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=ImageNotSupported&product=Ecs&requestId=9366F93C-1FE6-45A6-8CA0-07B04A2F7FA1"
                }
              },
              "UserNotInTheWhiteList": {
                "summary": "The account may not export images.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "90C81CB8-1C25-4417-9ABE-A136021757CF",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "UserNotInTheWhiteList",
                  "Message": "The user is not in the white list of exporting image.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=UserNotInTheWhiteList&product=Ecs&requestId=90C81CB8-1C25-4417-9ABE-A136021757CF"
                }
              },
              "InvalidOSS.NotAuthorized": {
                "summary": "The caller may not write to the bucket.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "9A40AB55-C04C-4675-905D-4653976651C2",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSS.NotAuthorized",
                  "Message": "The specified OSS bucket or object is not allowed to access.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSS.NotAuthorized&product=Ecs&requestId=9A40AB55-C04C-4675-905D-4653976651C2"
                }
              },
              "InvalidImageCategory.NotSupported": {
                "summary": "The image's category (its owner alias) cannot be exported.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "0A18AF71-70F6-4208-97CF-BC7998AA934A",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageCategory.NotSupported",
                  "Message": "The specified image category is not supported.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageCategory.NotSupported&product=Ecs&requestId=0A18AF71-70F6-4208-97CF-BC7998AA934A"
                }
              },
              "InvalidOSSBucket.EncryptUnsupported": {
                "summary": "The bucket is encrypted.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "7E416BD2-8215-4F31-BBE3-46B9B59B7436",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSBucket.EncryptUnsupported",
                  "Message": "Accessing objects from encrypted OSS bucket is not supported.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSBucket.EncryptUnsupported&product=Ecs&requestId=7E416BD2-8215-4F31-BBE3-46B9B59B7436"
                }
              },
              "UnsupportedHTTPMethod": {
                "$ref": "#/components/examples/UnsupportedHTTPMethod"
              },
              "Forbidden.RAM": {
                "$ref": "#/components/examples/Forbidden.RAM"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ExportImageNotFound": {
        "description": "Not found: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InvalidImageId.NotFound": {
                "summary": "The image does not exist in this account.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-exportimage (error codes; change history to 2025-04-29); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ExportImage.md@863d685835287076efdafc87084ecf83015115a6",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "83691DC2-FDB4-8F42-4AE2-5037A410768E",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageId.NotFound",
                  "Message": "The specified ImageId does not exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageId.NotFound&product=Ecs&requestId=83691DC2-FDB4-8F42-4AE2-5037A410768E"
                }
              },
              "InvalidAction.NotFound": {
                "$ref": "#/components/examples/InvalidAction.NotFound"
              },
              "InvalidAccessKeyId.NotFound": {
                "$ref": "#/components/examples/InvalidAccessKeyId.NotFound"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ExportImageInternalError": {
        "description": "Internal error: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InternalError": {
                "$ref": "#/components/examples/InternalError"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ExportImageServiceUnavailable": {
        "description": "Service unavailable: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ServiceUnavailable": {
                "$ref": "#/components/examples/ServiceUnavailable"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ImportImageOk": {
        "description": "The ImportImage result.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ImportImageResponse"
            },
            "examples": {
              "Created": {
                "summary": "The import task was created",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "value": {
                  "RequestId": "C8B26B44-0189-443E-9816-D951F59623A9",
                  "ImageId": "m-bp67acfmxazb4p****",
                  "RegionId": "cn-hangzhou",
                  "TaskId": "t-bp67acfmxazb4p****"
                }
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ImportImageResponse"
            }
          }
        }
      },
      "ImportImageBadRequest": {
        "description": "Bad request: a documented error (see the examples for each code and the request that provokes it).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "MissingParameter.RegionId": {
                "summary": "`RegionId` is not sent.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "remove": [
                    "RegionId"
                  ]
                },
                "value": {
                  "RequestId": "BB00BC27-7A60-CB06-A09F-92E16AFF08D4",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"RegionId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=BB00BC27-7A60-CB06-A09F-92E16AFF08D4"
                }
              },
              "MissingParameter.DiskDeviceMapping.1.OSSBucket": {
                "summary": "The system disk's OSS bucket is not sent.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "remove": [
                    "DiskDeviceMapping.1.OSSBucket"
                  ]
                },
                "value": {
                  "RequestId": "2B7A71CD-099C-1567-4DB8-49F4301337BB",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"DiskDeviceMapping.1.OSSBucket\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=2B7A71CD-099C-1567-4DB8-49F4301337BB"
                }
              },
              "MissingParameter.DiskDeviceMapping.1.OSSObject": {
                "summary": "The system disk's OSS object is not sent.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "remove": [
                    "DiskDeviceMapping.1.OSSObject"
                  ]
                },
                "value": {
                  "RequestId": "1B66643F-83DF-B3E6-E8E6-CB60B86AF42C",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"DiskDeviceMapping.1.OSSObject\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=1B66643F-83DF-B3E6-E8E6-CB60B86AF42C"
                }
              },
              "InvalidRegionId.NotFound": {
                "summary": "The region does not exist.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "RegionId": "xx-nowhere-1"
                  }
                },
                "value": {
                  "RequestId": "48B38D63-BCEA-5987-D637-E88DDB41A16D",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidRegionId.NotFound",
                  "Message": "The specified RegionId does not exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidRegionId.NotFound&product=Ecs&requestId=48B38D63-BCEA-5987-D637-E88DDB41A16D"
                }
              },
              "InvalidImageFormat.Malformed": {
                "summary": "`DiskDeviceMapping.N.Format` is not one of RAW, VHD, QCOW2, VMDK (compared without case).",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "DiskDeviceMapping.1.Format": "ISO"
                  }
                },
                "value": {
                  "RequestId": "1C4ECB7E-150D-5608-516C-067DFBB367A1",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageFormat.Malformed",
                  "Message": "The specified Image Format is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageFormat.Malformed&product=Ecs&requestId=1C4ECB7E-150D-5608-516C-067DFBB367A1"
                }
              },
              "InvalidArchitecture.Malformed": {
                "summary": "`Architecture` is not i386, x86_64 or arm64.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "Architecture": "sparc"
                  }
                },
                "value": {
                  "RequestId": "77271BC8-65F3-A1F0-A9CE-3AFB64516B81",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidArchitecture.Malformed",
                  "Message": "The specified Architecture is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidArchitecture.Malformed&product=Ecs&requestId=77271BC8-65F3-A1F0-A9CE-3AFB64516B81"
                }
              },
              "InvalidOSType.Malformed": {
                "summary": "`OSType` is not windows or linux.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "OSType": "plan9"
                  }
                },
                "value": {
                  "RequestId": "62BB2903-9DF5-BF0B-A56D-04B34A2CEF96",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSType.Malformed",
                  "Message": "The specified OSType is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSType.Malformed&product=Ecs&requestId=62BB2903-9DF5-BF0B-A56D-04B34A2CEF96"
                }
              },
              "InvalidImageName.Malformed": {
                "summary": "`ImageName` breaks the naming rules (2 to 128 characters, starting with a letter, not with `acs:` or `aliyun`, no `http://` or `https://`).",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "ImageName": "9-starts-with-a-digit"
                  }
                },
                "value": {
                  "RequestId": "2DC8AB64-07F7-828B-CFC0-DBAB5429951B",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageName.Malformed",
                  "Message": "The specified Image name is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageName.Malformed&product=Ecs&requestId=2DC8AB64-07F7-828B-CFC0-DBAB5429951B"
                }
              },
              "InvalidImageName.Duplicated": {
                "summary": "An image with this name already exists.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "4A64B107-7B82-FA85-E6A7-D8ED0DD72F6D",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageName.Duplicated",
                  "Message": "The destination image is exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageName.Duplicated&product=Ecs&requestId=4A64B107-7B82-FA85-E6A7-D8ED0DD72F6D"
                }
              },
              "InvalidOSSBucket.NotFound": {
                "summary": "The bucket does not exist in this region.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "38B94A74-368B-AE80-B753-598EC2AB2A32",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSBucket.NotFound",
                  "Message": "The specified OSS bucket does not exist in this region.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSBucket.NotFound&product=Ecs&requestId=38B94A74-368B-AE80-B753-598EC2AB2A32"
                }
              },
              "InvalidOSSObject.NotFound": {
                "summary": "The object does not exist in the bucket.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "B553D1CD-6BD5-B2B9-48BC-E02A29EB0442",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSObject.NotFound",
                  "Message": "The specified OSS object does not exist in this region.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSObject.NotFound&product=Ecs&requestId=B553D1CD-6BD5-B2B9-48BC-E02A29EB0442"
                }
              },
              "DryRunOperation": {
                "summary": "`DryRun=true` and the request would have succeeded.",
                "x-ecs-source": "the DryRun parameter of https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13) and of @alicloud/ecs20140526 7.11.6 (decision 0037: not the table's DRYRUN.SUCCESS)",
                "x-ecs-trigger": {
                  "set": {
                    "DryRun": "true"
                  }
                },
                "value": {
                  "RequestId": "D5166DEE-40E3-C544-68BD-7181E3DB6EDF",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "DryRunOperation",
                  "Message": "Request validation has been passed with DryRun flag set.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=DryRunOperation&product=Ecs&requestId=D5166DEE-40E3-C544-68BD-7181E3DB6EDF"
                }
              },
              "InvalidOSSBucket.Malformed": {
                "summary": "`DiskDeviceMapping.N.OSSBucket` breaks the OSS bucket naming rules (3 to 63 lower-case letters, digits and hyphens).",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "set": {
                    "DiskDeviceMapping.1.OSSBucket": "Not_A_Bucket"
                  }
                },
                "value": {
                  "RequestId": "1D7C60FE-FACB-4299-A12E-580FBF285C09",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSBucket.Malformed",
                  "Message": "The specified OSS bucket is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSBucket.Malformed&product=Ecs&requestId=1D7C60FE-FACB-4299-A12E-580FBF285C09"
                }
              },
              "InvalidOSSObject.Malformed": {
                "summary": "`DiskDeviceMapping.N.OSSObject` breaks the OSS object naming rules (1 to 1023 bytes, not starting with `/` or `\\\\`).",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "DiskDeviceMapping.1.OSSObject": "/starts-with-a-slash.raw"
                  }
                },
                "value": {
                  "RequestId": "FE17C9CA-0511-4C71-B448-6CB5A675058A",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSObject.Malformed",
                  "Message": "The specified OSS object is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSObject.Malformed&product=Ecs&requestId=FE17C9CA-0511-4C71-B448-6CB5A675058A"
                }
              },
              "InvalidImageSize": {
                "summary": "`DiskDeviceMapping.N.DiskImageSize` is not an integer from 1 to 2048.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@ebd887a523a6a4f4cefbf3a248502a9182ce8357 (the message; later pages print %s); range from @alicloud/ecs20140526 7.11.6 and https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "set": {
                    "DiskDeviceMapping.1.DiskImageSize": "4096"
                  }
                },
                "value": {
                  "RequestId": "0793B28B-B6EB-427B-912A-F0B0E4A6D1D8",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageSize",
                  "Message": "The specified DiskDeviceMapping.n.DiskImageSize beyond the permitted range.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageSize&product=Ecs&requestId=0793B28B-B6EB-427B-912A-F0B0E4A6D1D8"
                }
              },
              "InvalidDataDiskSize": {
                "summary": "`DiskDeviceMapping.N.DiskImSize` (the deprecated name) is not an integer from 1 to 2048.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "DiskDeviceMapping.1.DiskImSize": "0"
                  }
                },
                "value": {
                  "RequestId": "E85B5F4A-F814-4130-9916-0DE87822244F",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidDataDiskSize",
                  "Message": "The specified DiskDeviceMapping.N.DiskImSize should be in the specified range.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidDataDiskSize&product=Ecs&requestId=E85B5F4A-F814-4130-9916-0DE87822244F"
                }
              },
              "InvalidDescription.Malformed": {
                "summary": "`Description` is shorter than 2 or longer than 256 characters, or starts with `http://` or `https://`.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "Description": "x"
                  }
                },
                "value": {
                  "RequestId": "6B8BFAAE-FF43-4BD6-AE8E-191EE486E639",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidDescription.Malformed",
                  "Message": "The specified Image description is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidDescription.Malformed&product=Ecs&requestId=6B8BFAAE-FF43-4BD6-AE8E-191EE486E639"
                }
              },
              "InvalidPlatform.Malformed": {
                "summary": "`Platform` is not one of the documented distributions.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "set": {
                    "Platform": "Plan 9"
                  }
                },
                "value": {
                  "RequestId": "A6B17EF3-4DF4-4594-B237-7E815C59972C",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidPlatform.Malformed",
                  "Message": "The specified Platform is wrongly formed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidPlatform.Malformed&product=Ecs&requestId=A6B17EF3-4DF4-4594-B237-7E815C59972C"
                }
              },
              "InvalidBootMode.Malformed": {
                "summary": "`BootMode` is not BIOS or UEFI.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "set": {
                    "BootMode": "CSM"
                  }
                },
                "value": {
                  "RequestId": "F2733910-DFA4-453B-AD6D-283FBD2FE5B8",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidBootMode.Malformed",
                  "Message": "The specified parameter \"BootMode\" is malformed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidBootMode.Malformed&product=Ecs&requestId=F2733910-DFA4-453B-AD6D-283FBD2FE5B8"
                }
              },
              "InvalidBootMode.NotSupport": {
                "summary": "`BootMode=BIOS` with `Architecture=arm64`, which boots only by UEFI.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); arm64 allows only UEFI: @alicloud/ecs20140526 7.11.6 ImportImageRequest.bootMode",
                "x-ecs-trigger": {
                  "set": {
                    "Architecture": "arm64",
                    "BootMode": "BIOS"
                  }
                },
                "value": {
                  "RequestId": "57B981D8-7D3F-4E6E-9B1C-A3D2F3EC3C06",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidBootMode.NotSupport",
                  "Message": "The specified parameter BootMode is not supported for current image architecture.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidBootMode.NotSupport&product=Ecs&requestId=57B981D8-7D3F-4E6E-9B1C-A3D2F3EC3C06"
                }
              },
              "InvalidLicenseType.NotSupported": {
                "summary": "`LicenseType` is not Aliyun, BYOL or Auto.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13) (with the final period; the 2021 page has none)",
                "x-ecs-trigger": {
                  "set": {
                    "LicenseType": "Free"
                  }
                },
                "value": {
                  "RequestId": "564D4B16-A3A3-442D-AD11-DB90C9BB3ECE",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidLicenseType.NotSupported",
                  "Message": "The specified LicenseType is not supported.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidLicenseType.NotSupported&product=Ecs&requestId=564D4B16-A3A3-442D-AD11-DB90C9BB3ECE"
                }
              },
              "InvalidParameter.DetectionStrategy": {
                "summary": "`DetectionStrategy` is not Standard.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "set": {
                    "DetectionStrategy": "Deep"
                  }
                },
                "value": {
                  "RequestId": "0CC7D047-2156-4153-9210-28966ABB9652",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidParameter.DetectionStrategy",
                  "Message": "The specified parameter DetectionStrategy is invalid.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter.DetectionStrategy&product=Ecs&requestId=0CC7D047-2156-4153-9210-28966ABB9652"
                }
              },
              "InvalidParameter.FeaturesImdsSupport": {
                "summary": "`Features.ImdsSupport` is not v1 or v2.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "set": {
                    "Features.ImdsSupport": "v3"
                  }
                },
                "value": {
                  "RequestId": "221AFB2F-DDA2-4815-9605-0C60FA102623",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidParameter.FeaturesImdsSupport",
                  "Message": "The specified parameter Features.ImdsSupport is not supported.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter.FeaturesImdsSupport&product=Ecs&requestId=221AFB2F-DDA2-4815-9605-0C60FA102623"
                }
              },
              "InvalidClientToken.Malformed": {
                "summary": "`ClientToken` has a character outside ASCII or more than 64 characters.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "set": {
                    "ClientToken": "töken"
                  }
                },
                "value": {
                  "RequestId": "49E409EB-5527-4153-BC3A-50ED04A86313",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidClientToken.Malformed",
                  "Message": "The specified parameter clientToken is not valid.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidClientToken.Malformed&product=Ecs&requestId=49E409EB-5527-4153-BC3A-50ED04A86313"
                }
              },
              "InvalidOSSBucket.NotMatched": {
                "summary": "The bucket does not fit the request (the service appends why, for example its region).",
                "x-ecs-message-match": "prefix",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13) (message `The specified OSS bucket is incorrect, %s.`)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "A4038F14-6FDB-4488-8435-4CEB6D0F59B0",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSBucket.NotMatched",
                  "Message": "The specified OSS bucket is incorrect,",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSBucket.NotMatched&product=Ecs&requestId=A4038F14-6FDB-4488-8435-4CEB6D0F59B0"
                }
              },
              "InvalidRegion.NotSupport": {
                "summary": "The region does not offer image import.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "F5F1AF1A-663B-4520-979A-102DABE7AAD2",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidRegion.NotSupport",
                  "Message": "The specified region does not support image import or export.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidRegion.NotSupport&product=Ecs&requestId=F5F1AF1A-663B-4520-979A-102DABE7AAD2"
                }
              },
              "InvalidImageFormat.RegionNotSupported": {
                "summary": "The image format is not offered in this region.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "B281C790-1DF3-4570-98D2-1BE85B732E1D",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidImageFormat.RegionNotSupported",
                  "Message": "The specified image format is not supported in current region.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidImageFormat.RegionNotSupported&product=Ecs&requestId=B281C790-1DF3-4570-98D2-1BE85B732E1D"
                }
              },
              "InvalidLicenseType.BYOLOnly": {
                "summary": "The platform's license can only be brought by the user.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "3A784C07-09A6-434D-BF2D-13C3F3D7D37F",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidLicenseType.BYOLOnly",
                  "Message": "Only BYOL LicenseType is supported for the current platform provided.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidLicenseType.BYOLOnly&product=Ecs&requestId=3A784C07-09A6-434D-BF2D-13C3F3D7D37F"
                }
              },
              "InvalidOSSObject.Size": {
                "summary": "The OSS object is empty.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "E57CA294-579E-42C3-99BD-E94D9279AD5F",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSObject.Size",
                  "Message": "The specified OSS object size is zero.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSObject.Size&product=Ecs&requestId=E57CA294-579E-42C3-99BD-E94D9279AD5F"
                }
              },
              "InvalidOSSObject.NeedRestore": {
                "summary": "The OSS object is archived and must be restored first.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "457CFA56-01F3-4065-817E-68EEFC1CF0CE",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSObject.NeedRestore",
                  "Message": "The specified OSS object is a archive object, need restore first.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSObject.NeedRestore&product=Ecs&requestId=457CFA56-01F3-4065-817E-68EEFC1CF0CE"
                }
              },
              "UnsupportedSuffix.OSSObject": {
                "summary": "The OSS object's suffix is not an image suffix the service reads.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "0231945D-7419-474C-B8B8-040D8A49FA7F",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "UnsupportedSuffix.OSSObject",
                  "Message": "The specified OSS object suffix is not supported.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=UnsupportedSuffix.OSSObject&product=Ecs&requestId=0231945D-7419-474C-B8B8-040D8A49FA7F"
                }
              },
              "Account.Arrearage": {
                "summary": "The account has overdue payments.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "22B9692F-9F70-4AA0-AE2D-4031909D3B18",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "Account.Arrearage",
                  "Message": "Your account has an outstanding payment.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=Account.Arrearage&product=Ecs&requestId=22B9692F-9F70-4AA0-AE2D-4031909D3B18"
                }
              },
              "Throttling": {
                "$ref": "#/components/examples/Throttling"
              },
              "RequestBodyTooLarge": {
                "$ref": "#/components/examples/RequestBodyTooLarge"
              },
              "RequestHeadersTooLarge": {
                "$ref": "#/components/examples/RequestHeadersTooLarge"
              },
              "ParameterTooLong": {
                "$ref": "#/components/examples/ParameterTooLong"
              },
              "MissingParameter.Action": {
                "$ref": "#/components/examples/MissingParameter.Action"
              },
              "MissingParameter.Version": {
                "$ref": "#/components/examples/MissingParameter.Version"
              },
              "InvalidVersion": {
                "$ref": "#/components/examples/InvalidVersion"
              },
              "IncompleteSignature": {
                "$ref": "#/components/examples/IncompleteSignature"
              },
              "SignatureDoesNotMatch": {
                "$ref": "#/components/examples/SignatureDoesNotMatch"
              },
              "InvalidTimeStamp.Expired": {
                "$ref": "#/components/examples/InvalidTimeStamp.Expired"
              },
              "SignatureNonceUsed": {
                "$ref": "#/components/examples/SignatureNonceUsed"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ImportImageForbidden": {
        "description": "Forbidden: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ImportImageFailed": {
                "summary": "The service could not start the import.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "8A89969B-48CE-B801-4005-9E0D8AA0C5AE",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "ImportImageFailed",
                  "Message": "Importing image is failed, Please contact the administrator.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=ImportImageFailed&product=Ecs&requestId=8A89969B-48CE-B801-4005-9E0D8AA0C5AE"
                }
              },
              "QuotaExceed.Image": {
                "summary": "The custom image quota is used up.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "BF54DD52-BAEB-23E2-5522-56E68E7C4734",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "QuotaExceed.Image",
                  "Message": "The Image Quota exceeds.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=QuotaExceed.Image&product=Ecs&requestId=BF54DD52-BAEB-23E2-5522-56E68E7C4734"
                }
              },
              "NoSetRoletoECSServiceAcount": {
                "summary": "ECS may not read the bucket (no RAM role).",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "CE55C0C3-319F-5FE9-0EBB-5EC8C192B08B",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "NoSetRoletoECSServiceAcount",
                  "Message": "ECS service account Have no right to access your OSS.please attach a role of access your oss to ECS service account.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=NoSetRoletoECSServiceAcount&product=Ecs&requestId=CE55C0C3-319F-5FE9-0EBB-5EC8C192B08B"
                }
              },
              "MissingParameter.DiskDeviceMapping": {
                "summary": "No `DiskDeviceMapping.N.*` parameter is sent at all.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "remove": [
                    "DiskDeviceMapping.1.OSSBucket",
                    "DiskDeviceMapping.1.OSSObject",
                    "DiskDeviceMapping.1.Format"
                  ]
                },
                "value": {
                  "RequestId": "334CC07D-9B68-4130-993D-D6537A22FABF",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter.DiskDeviceMapping",
                  "Message": "The specified parameter DiskDeviceMapping is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter.DiskDeviceMapping&product=Ecs&requestId=334CC07D-9B68-4130-993D-D6537A22FABF"
                }
              },
              "InvalidParameter.Malformed": {
                "summary": "`DiskDeviceMapping.N.Device` (deprecated) is not `/dev/xvda` to `/dev/xvdz`.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); valid names from AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@ebd887a523a6a4f4cefbf3a248502a9182ce8357",
                "x-ecs-trigger": {
                  "set": {
                    "DiskDeviceMapping.1.Device": "/dev/sda"
                  }
                },
                "value": {
                  "RequestId": "4586F1A2-5713-4D10-9F16-544B27099177",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidParameter.Malformed",
                  "Message": "The specified parameter \"DiskDeviceMapping.n.Device \" is not valid.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter.Malformed&product=Ecs&requestId=4586F1A2-5713-4D10-9F16-544B27099177"
                }
              },
              "TagKey.Duplication": {
                "summary": "Two `Tag.N.Key` are equal when compared without case.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "set": {
                    "Tag.1.Key": "env",
                    "Tag.2.Key": "ENV"
                  }
                },
                "value": {
                  "RequestId": "37D8C17E-E88D-4E66-8E25-C09B4A451F8B",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "TagKey.Duplication",
                  "Message": "The TagKey has duplication with others, case-insensitive.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=TagKey.Duplication&product=Ecs&requestId=37D8C17E-E88D-4E66-8E25-C09B4A451F8B"
                }
              },
              "ImageIsImporting": {
                "summary": "The image is already being imported.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "D0E9C276-8D11-49C3-AAE6-43530AC1EC30",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "ImageIsImporting",
                  "Message": "The specified Image is importing.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=ImageIsImporting&product=Ecs&requestId=D0E9C276-8D11-49C3-AAE6-43530AC1EC30"
                }
              },
              "UserNotInTheWhiteList": {
                "summary": "The account may not import images.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13); AlibabaCloudDocs/ecs intl.en-US/API Reference/Images/ImportImage.md@3656182248426cda119c47dac2eb4bd9ce231009",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "7DDD3515-A856-4B54-BF8E-F190B67A51D5",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "UserNotInTheWhiteList",
                  "Message": "The user is not in the white list of importing image.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=UserNotInTheWhiteList&product=Ecs&requestId=7DDD3515-A856-4B54-BF8E-F190B67A51D5"
                }
              },
              "InvalidOSS.NotAuthorized": {
                "summary": "The caller may not read the bucket or object.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "96195519-F41E-451C-A3BA-1B980FE8239A",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSS.NotAuthorized",
                  "Message": "The specified OSS bucket or object is not allowed to access.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSS.NotAuthorized&product=Ecs&requestId=96195519-F41E-451C-A3BA-1B980FE8239A"
                }
              },
              "InvalidOSSBucket.EncryptUnsupported": {
                "summary": "The bucket is encrypted.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "7B1AE704-B2CE-4637-9FE4-953752A275E5",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOSSBucket.EncryptUnsupported",
                  "Message": "Accessing objects from encrypted OSS bucket is not supported.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOSSBucket.EncryptUnsupported&product=Ecs&requestId=7B1AE704-B2CE-4637-9FE4-953752A275E5"
                }
              },
              "InvalidVHDImage.IncorrectSize": {
                "summary": "The VHD file's size does not match its header.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "0DAA214F-7672-427E-B293-D48DD2BB1BD3",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidVHDImage.IncorrectSize",
                  "Message": "The specified size of the VHD image does not meet the 'header.MaxTableEntries * header.BlockSize' specification.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidVHDImage.IncorrectSize&product=Ecs&requestId=0DAA214F-7672-427E-B293-D48DD2BB1BD3"
                }
              },
              "InvalidArchitecture.PlatformUnsupported": {
                "summary": "The platform does not support the architecture.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "77E67C85-F812-4D32-B92C-3BCC6CFBB4A2",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidArchitecture.PlatformUnsupported",
                  "Message": "The OS platform you selected does not support the specified architecture.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidArchitecture.PlatformUnsupported&product=Ecs&requestId=77E67C85-F812-4D32-B92C-3BCC6CFBB4A2"
                }
              },
              "InvalidAccountStatus.OSSDisabled": {
                "summary": "OSS is disabled for the account.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "26272882-03ED-4F9D-B384-E3FDEDBC4D50",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidAccountStatus.OSSDisabled",
                  "Message": "OSS is disabled due to invalid account status.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidAccountStatus.OSSDisabled&product=Ecs&requestId=26272882-03ED-4F9D-B384-E3FDEDBC4D50"
                }
              },
              "ImageCheckUnsupported.WindowsImage": {
                "summary": "`DetectionStrategy` asked for a check of a Windows image the check does not support.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "5984B072-2E4A-4E94-9EB9-AB08A63D7122",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "ImageCheckUnsupported.WindowsImage",
                  "Message": "Image check is unsupported for windows image.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=ImageCheckUnsupported.WindowsImage&product=Ecs&requestId=5984B072-2E4A-4E94-9EB9-AB08A63D7122"
                }
              },
              "InvalidStorageLocation.NotFound": {
                "summary": "`StorageLocationArn` names no CloudBox storage location (the service names the location in the message).",
                "x-ecs-message-match": "prefix",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13) (message `The specified cloud box storage location %s could not be found.`)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "1F10C867-5A9D-41AB-846B-EC381240873B",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidStorageLocation.NotFound",
                  "Message": "The specified cloud box storage location",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidStorageLocation.NotFound&product=Ecs&requestId=1F10C867-5A9D-41AB-846B-EC381240873B"
                }
              },
              "InvalidOperation.CloudBoxImageImportRoleRequired": {
                "summary": "`StorageLocationArn` names a CloudBox but ECS has no role to read it.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "D2D15665-E5D5-48D6-B341-A6AF6133F2A5",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOperation.CloudBoxImageImportRoleRequired",
                  "Message": "The role for cloud box image import is not set to the ECS service.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOperation.CloudBoxImageImportRoleRequired&product=Ecs&requestId=D2D15665-E5D5-48D6-B341-A6AF6133F2A5"
                }
              },
              "InvalidOperation.CloudBoxImageImportUnsupported": {
                "summary": "Importing from a CloudBox is not offered.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "620078C7-5F96-4841-A482-698746FD88B9",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidOperation.CloudBoxImageImportUnsupported",
                  "Message": "Importing cloud box images is not supported.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidOperation.CloudBoxImageImportUnsupported&product=Ecs&requestId=620078C7-5F96-4841-A482-698746FD88B9"
                }
              },
              "UnsupportedHTTPMethod": {
                "$ref": "#/components/examples/UnsupportedHTTPMethod"
              },
              "Forbidden.RAM": {
                "$ref": "#/components/examples/Forbidden.RAM"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ImportImageNotFound": {
        "description": "Not found: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InvalidResourceGroup.NotFound": {
                "summary": "`ResourceGroupId` names no resource group of the account.",
                "x-ecs-source": "https://www.alibabacloud.com/help/en/ecs/developer-reference/api-ecs-2014-05-26-importimage (error codes; change history to 2025-05-13)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "3CD85E1A-F8CF-4273-8795-70704E8AAEB5",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidResourceGroup.NotFound",
                  "Message": "The ResourceGroup provided does not exist in our records.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidResourceGroup.NotFound&product=Ecs&requestId=3CD85E1A-F8CF-4273-8795-70704E8AAEB5"
                }
              },
              "InvalidAction.NotFound": {
                "$ref": "#/components/examples/InvalidAction.NotFound"
              },
              "InvalidAccessKeyId.NotFound": {
                "$ref": "#/components/examples/InvalidAccessKeyId.NotFound"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ImportImageInternalError": {
        "description": "Internal error: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InternalError": {
                "$ref": "#/components/examples/InternalError"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ImportImageServiceUnavailable": {
        "description": "Service unavailable: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ServiceUnavailable": {
                "$ref": "#/components/examples/ServiceUnavailable"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ModifyDiskSpecOk": {
        "description": "The ModifyDiskSpec result.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ModifyDiskSpecResponse"
            },
            "examples": {
              "CategoryChanged": {
                "summary": "A disk category change task was created",
                "value": {
                  "TaskId": "t-bp67acfmxazb4p****",
                  "RequestId": "5B38289D-88AB-42BD-B021-12FC6942F099"
                }
              },
              "PerformanceLevelOnly": {
                "summary": "Only the ESSD performance level changed, so no task is returned",
                "value": {
                  "RequestId": "6A1F3E2D-4C5B-4A69-8F70-9E8D7C6B5A41"
                }
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ModifyDiskSpecResponse"
            }
          }
        }
      },
      "ModifyDiskSpecBadRequest": {
        "description": "Bad request: a documented error (see the examples for each code and the request that provokes it).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "MissingParameter.DiskId": {
                "summary": "`DiskId` is not sent.",
                "x-ecs-trigger": {
                  "remove": [
                    "DiskId"
                  ]
                },
                "value": {
                  "RequestId": "1A3CC769-6309-1FCB-39D6-DD22D3AE3A7E",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "MissingParameter",
                  "Message": "An input parameter \"DiskId\" that is mandatory for processing the request is not supplied.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=1A3CC769-6309-1FCB-39D6-DD22D3AE3A7E"
                }
              },
              "InvalidDiskCategory.ValueNotSupported": {
                "summary": "`DiskCategory` is not cloud_essd, cloud_auto, cloud_ssd, cloud_essd_entry or cloud_efficiency.",
                "x-ecs-trigger": {
                  "set": {
                    "DiskCategory": "floppy"
                  }
                },
                "value": {
                  "RequestId": "3BE69BA9-2EF1-867D-31E3-9F24C6B8671C",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidDiskCategory.ValueNotSupported",
                  "Message": "The specified parameter \"DiskCategory\" is not valid.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidDiskCategory.ValueNotSupported&product=Ecs&requestId=3BE69BA9-2EF1-867D-31E3-9F24C6B8671C"
                }
              },
              "InvalidPerformanceLevel.Malformed": {
                "summary": "`PerformanceLevel` is not PL0 to PL3.",
                "x-ecs-trigger": {
                  "set": {
                    "PerformanceLevel": "PL9"
                  }
                },
                "value": {
                  "RequestId": "B0606783-B53F-84DA-3B34-B2EECF4B564B",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidPerformanceLevel.Malformed",
                  "Message": "The specified parameter PerformanceLevel is not valid.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidPerformanceLevel.Malformed&product=Ecs&requestId=B0606783-B53F-84DA-3B34-B2EECF4B564B"
                }
              },
              "DryRunOperation": {
                "summary": "`DryRun=true` and the request would have succeeded.",
                "x-ecs-trigger": {
                  "set": {
                    "DryRun": "true"
                  }
                },
                "value": {
                  "RequestId": "6FB6CD23-7355-17B8-238B-2699E0DA38C5",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "DryRunOperation",
                  "Message": "Request validation has been passed with DryRun flag set.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=DryRunOperation&product=Ecs&requestId=6FB6CD23-7355-17B8-238B-2699E0DA38C5"
                }
              },
              "Throttling": {
                "$ref": "#/components/examples/Throttling"
              },
              "RequestBodyTooLarge": {
                "$ref": "#/components/examples/RequestBodyTooLarge"
              },
              "RequestHeadersTooLarge": {
                "$ref": "#/components/examples/RequestHeadersTooLarge"
              },
              "ParameterTooLong": {
                "$ref": "#/components/examples/ParameterTooLong"
              },
              "MissingParameter.Action": {
                "$ref": "#/components/examples/MissingParameter.Action"
              },
              "MissingParameter.Version": {
                "$ref": "#/components/examples/MissingParameter.Version"
              },
              "InvalidVersion": {
                "$ref": "#/components/examples/InvalidVersion"
              },
              "IncompleteSignature": {
                "$ref": "#/components/examples/IncompleteSignature"
              },
              "SignatureDoesNotMatch": {
                "$ref": "#/components/examples/SignatureDoesNotMatch"
              },
              "InvalidTimeStamp.Expired": {
                "$ref": "#/components/examples/InvalidTimeStamp.Expired"
              },
              "SignatureNonceUsed": {
                "$ref": "#/components/examples/SignatureNonceUsed"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ModifyDiskSpecForbidden": {
        "description": "Forbidden: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "IncorrectDiskStatus": {
                "summary": "The disk is not In_Use or Available.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "B4A65131-72BF-86C4-C76F-73E674D0304E",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "IncorrectDiskStatus",
                  "Message": "The current disk status does not support this operation.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=IncorrectDiskStatus&product=Ecs&requestId=B4A65131-72BF-86C4-C76F-73E674D0304E"
                }
              },
              "OperationDenied": {
                "summary": "This disk category cannot be changed.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "D00E6DE5-7EF6-3315-1A8C-3F7AADB0969E",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "OperationDenied",
                  "Message": "The type of the disk does not support the operation.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=OperationDenied&product=Ecs&requestId=D00E6DE5-7EF6-3315-1A8C-3F7AADB0969E"
                }
              },
              "DiskInArrears": {
                "summary": "The disk has an overdue payment.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "7C1E5A2B-3D4F-4A6B-8C9D-0E1F2A3B4C5D",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "DiskInArrears",
                  "Message": "The specified operation is denied as your disk owing fee.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=DiskInArrears&product=Ecs&requestId=7C1E5A2B-3D4F-4A6B-8C9D-0E1F2A3B4C5D"
                }
              },
              "InstanceExpiredOrInArrears": {
                "summary": "The instance the disk is attached to has expired or is in arrears.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "8D2F6B3C-4E5A-4B7C-9D0E-1F2A3B4C5D6E",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InstanceExpiredOrInArrears",
                  "Message": "The specified operation is denied as your prepay instance is expired (prepay mode) or in arrears (afterpay mode).",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InstanceExpiredOrInArrears&product=Ecs&requestId=8D2F6B3C-4E5A-4B7C-9D0E-1F2A3B4C5D6E"
                }
              },
              "DiskCreatingSnapshot": {
                "summary": "A snapshot of the disk is still being created.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "9E3A7C4D-5F6B-4C8D-8E1F-2A3B4C5D6E7F",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "DiskCreatingSnapshot",
                  "Message": "The operation is denied due to a snapshot of the specified disk is not completed yet.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=DiskCreatingSnapshot&product=Ecs&requestId=9E3A7C4D-5F6B-4C8D-8E1F-2A3B4C5D6E7F"
                }
              },
              "OperationDenied.PerformanceLevelNotMatch": {
                "summary": "The ESSD is too small for the requested performance level.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "0F4B8D5E-6A7C-4D9E-9F2A-3B4C5D6E7F80",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "OperationDenied.PerformanceLevelNotMatch",
                  "Message": "The specified PerformanceLevel and disk size do not match.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=OperationDenied.PerformanceLevelNotMatch&product=Ecs&requestId=0F4B8D5E-6A7C-4D9E-9F2A-3B4C5D6E7F80"
                }
              },
              "InvalidInstanceType.NotSupportDiskCategory": {
                "summary": "The instance type of the disk's instance does not support the category.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "1A5C9E6F-7B8D-4E0F-8A3B-4C5D6E7F8091",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidInstanceType.NotSupportDiskCategory",
                  "Message": "The instanceType of the specified instance does not support this disk category.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidInstanceType.NotSupportDiskCategory&product=Ecs&requestId=1A5C9E6F-7B8D-4E0F-8A3B-4C5D6E7F8091"
                }
              },
              "OperationDenied.NoStock": {
                "summary": "The requested category is sold out in the disk's zone.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "2B6D0F7A-8C9E-4F1A-9B4C-5D6E7F8091A2",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "OperationDenied.NoStock",
                  "Message": "The requested resource is sold out in the specified zone; try other types of resources or other regions and zones.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=OperationDenied.NoStock&product=Ecs&requestId=2B6D0F7A-8C9E-4F1A-9B4C-5D6E7F8091A2"
                }
              },
              "UnsupportedHTTPMethod": {
                "$ref": "#/components/examples/UnsupportedHTTPMethod"
              },
              "Forbidden.RAM": {
                "$ref": "#/components/examples/Forbidden.RAM"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ModifyDiskSpecNotFound": {
        "description": "Not found: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InvalidDiskId.NotFound": {
                "summary": "The disk does not exist.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "5FA87FD6-325C-F0EE-E676-60B0C7DA48B6",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidDiskId.NotFound",
                  "Message": "The specified disk does not exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidDiskId.NotFound&product=Ecs&requestId=5FA87FD6-325C-F0EE-E676-60B0C7DA48B6"
                }
              },
              "InvalidInstanceId.NotFound": {
                "summary": "The instance the disk is attached to does not exist.",
                "x-ecs-source": "AlibabaCloudDocs/ecs intl.en-US/API Reference/Disk/ModifyDiskSpec.md@ca2413050f982768b2139bbd8498bc39e184235d (error codes)",
                "x-ecs-trigger": {
                  "needs": [
                    "control-api"
                  ]
                },
                "value": {
                  "RequestId": "3C7E1A8B-9D0F-4A2B-8C5D-6E7F8091A2B3",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidInstanceId.NotFound",
                  "Message": "The specified InstanceId does not exist.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidInstanceId.NotFound&product=Ecs&requestId=3C7E1A8B-9D0F-4A2B-8C5D-6E7F8091A2B3"
                }
              },
              "InvalidAction.NotFound": {
                "$ref": "#/components/examples/InvalidAction.NotFound"
              },
              "InvalidAccessKeyId.NotFound": {
                "$ref": "#/components/examples/InvalidAccessKeyId.NotFound"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ModifyDiskSpecInternalError": {
        "description": "Internal error: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InternalError": {
                "$ref": "#/components/examples/InternalError"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "ModifyDiskSpecServiceUnavailable": {
        "description": "Service unavailable: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ServiceUnavailable": {
                "$ref": "#/components/examples/ServiceUnavailable"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeRegionsOk": {
        "description": "The DescribeRegions result.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/DescribeRegionsResponse"
            },
            "examples": {
              "TwoRegionsInChinese": {
                "summary": "Two regions (abridged), named in Chinese, the default language",
                "value": {
                  "RequestId": "5B0A2F4E-8C1D-4B7A-9E3F-2D6C8A1B0E47",
                  "Regions": {
                    "Region": [
                      {
                        "RegionId": "cn-hangzhou",
                        "RegionEndpoint": "ecs.aliyuncs.com",
                        "LocalName": "华东 1（杭州）",
                        "Status": "available"
                      },
                      {
                        "RegionId": "eu-central-1",
                        "RegionEndpoint": "ecs.eu-central-1.aliyuncs.com",
                        "LocalName": "德国（法兰克福）",
                        "Status": "available"
                      }
                    ]
                  }
                }
              },
              "TwoRegions": {
                "summary": "Two regions (abridged), with AcceptLanguage=en-US",
                "value": {
                  "RequestId": "38EC7366-F5A9-46B1-BDB1-0FDC2E296397",
                  "Regions": {
                    "Region": [
                      {
                        "RegionId": "cn-hangzhou",
                        "RegionEndpoint": "ecs.aliyuncs.com",
                        "LocalName": "China (Hangzhou)",
                        "Status": "available"
                      },
                      {
                        "RegionId": "eu-central-1",
                        "RegionEndpoint": "ecs.eu-central-1.aliyuncs.com",
                        "LocalName": "Germany (Frankfurt)",
                        "Status": "available"
                      }
                    ]
                  }
                }
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/DescribeRegionsResponse"
            }
          }
        }
      },
      "DescribeRegionsBadRequest": {
        "description": "Bad request: a documented error (see the examples for each code and the request that provokes it).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "Throttling": {
                "$ref": "#/components/examples/Throttling"
              },
              "RequestBodyTooLarge": {
                "$ref": "#/components/examples/RequestBodyTooLarge"
              },
              "RequestHeadersTooLarge": {
                "$ref": "#/components/examples/RequestHeadersTooLarge"
              },
              "ParameterTooLong": {
                "$ref": "#/components/examples/ParameterTooLong"
              },
              "MissingParameter.Action": {
                "$ref": "#/components/examples/MissingParameter.Action"
              },
              "MissingParameter.Version": {
                "$ref": "#/components/examples/MissingParameter.Version"
              },
              "InvalidVersion": {
                "$ref": "#/components/examples/InvalidVersion"
              },
              "IncompleteSignature": {
                "$ref": "#/components/examples/IncompleteSignature"
              },
              "SignatureDoesNotMatch": {
                "$ref": "#/components/examples/SignatureDoesNotMatch"
              },
              "InvalidTimeStamp.Expired": {
                "$ref": "#/components/examples/InvalidTimeStamp.Expired"
              },
              "SignatureNonceUsed": {
                "$ref": "#/components/examples/SignatureNonceUsed"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeRegionsForbidden": {
        "description": "Forbidden: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "Unauthorized.EmptyRegion": {
                "summary": "The account may use no region.",
                "x-ecs-trigger": {
                  "provokable": false
                },
                "value": {
                  "RequestId": "C6C2C6CD-F132-6B1D-830D-4D846E841659",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "Unauthorized.EmptyRegion",
                  "Message": "The specified account has no access authority to any region.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=Unauthorized.EmptyRegion&product=Ecs&requestId=C6C2C6CD-F132-6B1D-830D-4D846E841659"
                }
              },
              "UnsupportedHTTPMethod": {
                "$ref": "#/components/examples/UnsupportedHTTPMethod"
              },
              "Forbidden.RAM": {
                "$ref": "#/components/examples/Forbidden.RAM"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeRegionsNotFound": {
        "description": "Not found: a documented error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InvalidAcceptLanguage.NotFound": {
                "summary": "`AcceptLanguage` is not a supported language.",
                "x-ecs-trigger": {
                  "set": {
                    "AcceptLanguage": "xx-XX"
                  }
                },
                "value": {
                  "RequestId": "805D3AB9-C9E1-81C5-8A51-D872C44B1299",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidAcceptLanguage.NotFound",
                  "Message": "Only Chinese (zh-CN), English (en-US), and Japanese (ja) are allowed.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidAcceptLanguage.NotFound&product=Ecs&requestId=805D3AB9-C9E1-81C5-8A51-D872C44B1299"
                }
              },
              "InvalidResourceType.NotFound": {
                "summary": "`ResourceType` is not instance, disk, reservedinstance or scu (in any case).",
                "x-ecs-trigger": {
                  "set": {
                    "ResourceType": "spaceship"
                  }
                },
                "value": {
                  "RequestId": "2D896367-7493-0045-9F88-D62FB3E4ABC8",
                  "HostId": "ecs.aliyuncs.com",
                  "Code": "InvalidResourceType.NotFound",
                  "Message": "The ResourceType provided does not exist in our records.",
                  "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidResourceType.NotFound&product=Ecs&requestId=2D896367-7493-0045-9F88-D62FB3E4ABC8"
                }
              },
              "InvalidAction.NotFound": {
                "$ref": "#/components/examples/InvalidAction.NotFound"
              },
              "InvalidAccessKeyId.NotFound": {
                "$ref": "#/components/examples/InvalidAccessKeyId.NotFound"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeRegionsInternalError": {
        "description": "Internal error: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "InternalError": {
                "$ref": "#/components/examples/InternalError"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "DescribeRegionsServiceUnavailable": {
        "description": "Service unavailable: retry with backoff.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "ServiceUnavailable": {
                "$ref": "#/components/examples/ServiceUnavailable"
              }
            }
          },
          "text/xml": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      }
    },
    "examples": {
      "Throttling": {
        "summary": "The caller is throttled (the answer may carry `x-acs-retry-after`, in milliseconds).",
        "x-ecs-trigger": {
          "needs": [
            "control-api"
          ]
        },
        "value": {
          "RequestId": "1A013142-9945-54A2-D02A-E7FF4142C0E4",
          "HostId": "ecs.aliyuncs.com",
          "Code": "Throttling",
          "Message": "You have made too many requests within a short time; your request is denied due to request throttling.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=Throttling&product=Ecs&requestId=1A013142-9945-54A2-D02A-E7FF4142C0E4"
        }
      },
      "RequestBodyTooLarge": {
        "summary": "The request body is larger than the server reads (1 MiB on the reference server); the request is refused without being read. ECS documents no code of its own for this: the generic parameter error, with a message that names what was too large (docs/decisions/0023-oversized-requests.md).",
        "x-ecs-trigger": {
          "bodyBytes": 2097152
        },
        "value": {
          "RequestId": "4E32A281-994C-8245-F59B-22A6A9833492",
          "HostId": "ecs.aliyuncs.com",
          "Code": "InvalidParameter",
          "Message": "The request body is too large; send fewer or shorter parameters.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=Ecs&requestId=4E32A281-994C-8245-F59B-22A6A9833492"
        }
      },
      "RequestHeadersTooLarge": {
        "summary": "The request line and headers, the query string included, are larger than the server reads (256 KiB on the reference server); the request is refused without being read. ECS documents no code of its own for this: the generic parameter error, with a message that names what was too large and how to send it instead (docs/decisions/0023-oversized-requests.md).",
        "x-ecs-trigger": {
          "queryBytes": 1048576
        },
        "value": {
          "RequestId": "9B0E61C5-3F27-4A8D-B5E4-2C71D08A6F13",
          "HostId": "ecs.aliyuncs.com",
          "Code": "InvalidParameter",
          "Message": "The request URL and headers are too large; send long parameters in a POST form body (application/x-www-form-urlencoded) instead of the query string.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=Ecs&requestId=9B0E61C5-3F27-4A8D-B5E4-2C71D08A6F13"
        }
      },
      "ParameterTooLong": {
        "summary": "A parameter name or value is longer than the server accepts: the parameter's documented maximum (`maxLength`), or a general limit on any parameter (4096 characters on the reference server, `--max-parameter-length`); the message goes on with the parameter's name and the limit. ECS documents no code of its own for this: the generic parameter error (docs/decisions/0034-resource-limits.md).",
        "x-ecs-message-match": "prefix",
        "x-ecs-trigger": {
          "queryBytes": 65536
        },
        "value": {
          "RequestId": "5C0E8A3B-7D41-4F2E-9B6A-1E3D2C4B5A69",
          "HostId": "ecs.aliyuncs.com",
          "Code": "InvalidParameter",
          "Message": "A parameter is longer than the server accepts; send a shorter value.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=Ecs&requestId=5C0E8A3B-7D41-4F2E-9B6A-1E3D2C4B5A69"
        }
      },
      "MissingParameter.Action": {
        "summary": "Neither the `Action` parameter nor the `x-acs-action` header names an operation.",
        "x-ecs-trigger": {
          "action": null
        },
        "value": {
          "RequestId": "18DDBF03-F114-2DCD-BE42-72734FD47B68",
          "HostId": "ecs.aliyuncs.com",
          "Code": "MissingParameter",
          "Message": "The input parameter \"Action\" that is mandatory for processing this request is not supplied",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=18DDBF03-F114-2DCD-BE42-72734FD47B68"
        }
      },
      "MissingParameter.Version": {
        "summary": "Neither the `Version` parameter nor the `x-acs-version` header is sent.",
        "x-ecs-trigger": {
          "version": null
        },
        "value": {
          "RequestId": "7014E94E-AACB-4C24-20B1-791AF5511A1E",
          "HostId": "ecs.aliyuncs.com",
          "Code": "MissingParameter",
          "Message": "The input parameter \"Version\" that is mandatory for processing this request is not supplied",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=7014E94E-AACB-4C24-20B1-791AF5511A1E"
        }
      },
      "InvalidVersion": {
        "summary": "The version is not 2014-05-26.",
        "x-ecs-trigger": {
          "version": "2099-01-01"
        },
        "value": {
          "RequestId": "33E7C79F-D4F4-B8ED-7E89-8C67A37CFD77",
          "HostId": "ecs.aliyuncs.com",
          "Code": "InvalidVersion",
          "Message": "Specified parameter Version is not valid.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidVersion&product=Ecs&requestId=33E7C79F-D4F4-B8ED-7E89-8C67A37CFD77"
        }
      },
      "IncompleteSignature": {
        "summary": "The signature parts are missing or malformed (the real service may append `server string to sign is: ...`).",
        "x-ecs-message-match": "prefix",
        "x-ecs-trigger": {
          "needs": [
            "auth-verify"
          ],
          "auth": "malformed-signature"
        },
        "value": {
          "RequestId": "408A77E3-2486-3E84-B6A3-E9DB33D7469A",
          "HostId": "ecs.aliyuncs.com",
          "Code": "IncompleteSignature",
          "Message": "The request signature does not conform to Aliyun standards.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=IncompleteSignature&product=Ecs&requestId=408A77E3-2486-3E84-B6A3-E9DB33D7469A"
        }
      },
      "SignatureDoesNotMatch": {
        "summary": "The signature does not match the one the server computes (the message goes on with `server string to sign is:` and the string).",
        "x-ecs-message-match": "prefix",
        "x-ecs-trigger": {
          "needs": [
            "auth-verify"
          ],
          "auth": "wrong-secret"
        },
        "value": {
          "RequestId": "C697F069-C7E4-288E-0964-2FA5D3FB376D",
          "HostId": "ecs.aliyuncs.com",
          "Code": "SignatureDoesNotMatch",
          "Message": "Specified signature is not matched with our calculation.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Ecs&requestId=C697F069-C7E4-288E-0964-2FA5D3FB376D"
        }
      },
      "InvalidTimeStamp.Expired": {
        "summary": "`Timestamp` or `x-acs-date` is more than 15 minutes away from the server time.",
        "x-ecs-trigger": {
          "needs": [
            "auth-verify"
          ],
          "auth": "stale-timestamp"
        },
        "value": {
          "RequestId": "0874303D-41A9-F2EE-05FA-80E82E2ADFD3",
          "HostId": "ecs.aliyuncs.com",
          "Code": "InvalidTimeStamp.Expired",
          "Message": "Specified time stamp or date value is expired.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidTimeStamp.Expired&product=Ecs&requestId=0874303D-41A9-F2EE-05FA-80E82E2ADFD3"
        }
      },
      "SignatureNonceUsed": {
        "summary": "`SignatureNonce` or `x-acs-signature-nonce` was already used within the timestamp window.",
        "x-ecs-trigger": {
          "needs": [
            "auth-verify"
          ],
          "auth": "reused-nonce"
        },
        "value": {
          "RequestId": "28F756F1-2D9D-6409-4A47-AD3DB4837E65",
          "HostId": "ecs.aliyuncs.com",
          "Code": "SignatureNonceUsed",
          "Message": "The request signature nonce has been used.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=SignatureNonceUsed&product=Ecs&requestId=28F756F1-2D9D-6409-4A47-AD3DB4837E65"
        }
      },
      "UnsupportedHTTPMethod": {
        "summary": "A method other than GET or POST.",
        "x-ecs-trigger": {
          "method": "PUT"
        },
        "value": {
          "RequestId": "04051C42-71EF-E56F-BCD9-BA9E4B342F95",
          "HostId": "ecs.aliyuncs.com",
          "Code": "UnsupportedHTTPMethod",
          "Message": "This http method is not supported.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=UnsupportedHTTPMethod&product=Ecs&requestId=04051C42-71EF-E56F-BCD9-BA9E4B342F95"
        }
      },
      "Forbidden.RAM": {
        "summary": "A RAM user lacks the permission.",
        "x-ecs-trigger": {
          "provokable": false
        },
        "value": {
          "RequestId": "037C9D43-97E9-CC84-ECD4-7413EFDF0F9C",
          "HostId": "ecs.aliyuncs.com",
          "Code": "Forbidden.RAM",
          "Message": "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=Forbidden.RAM&product=Ecs&requestId=037C9D43-97E9-CC84-ECD4-7413EFDF0F9C"
        }
      },
      "InvalidAction.NotFound": {
        "summary": "The action names no operation of this version.",
        "x-ecs-trigger": {
          "action": "DescribeNothingAtAll"
        },
        "value": {
          "RequestId": "60AB3499-35A5-1E50-7BF5-8E3F10363312",
          "HostId": "ecs.aliyuncs.com",
          "Code": "InvalidAction.NotFound",
          "Message": "Specified api is not found, please check your url and method.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidAction.NotFound&product=Ecs&requestId=60AB3499-35A5-1E50-7BF5-8E3F10363312"
        }
      },
      "InvalidAccessKeyId.NotFound": {
        "summary": "The AccessKey ID is unknown (the ECS table says 400; real answers are 404).",
        "x-ecs-trigger": {
          "needs": [
            "auth-verify"
          ],
          "auth": "unknown-key"
        },
        "value": {
          "RequestId": "22112209-7CDC-89F0-C60E-1F5B9A5613F6",
          "HostId": "ecs.aliyuncs.com",
          "Code": "InvalidAccessKeyId.NotFound",
          "Message": "Specified access key is not found.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound&product=Ecs&requestId=22112209-7CDC-89F0-C60E-1F5B9A5613F6"
        }
      },
      "InternalError": {
        "summary": "An internal failure; retry with backoff.",
        "x-ecs-trigger": {
          "needs": [
            "control-api"
          ]
        },
        "value": {
          "RequestId": "1D77D7BE-8207-197F-B919-E6534CD62709",
          "HostId": "ecs.aliyuncs.com",
          "Code": "InternalError",
          "Message": "The request processing has failed due to some unknown error, exception or failure.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=InternalError&product=Ecs&requestId=1D77D7BE-8207-197F-B919-E6534CD62709"
        }
      },
      "ServiceUnavailable": {
        "summary": "A temporary failure; retry with backoff.",
        "description": "The reference server also answers it when its task store cannot commit (with `--db`, a full disk or an I/O error): the call changed nothing, and the same call succeeds once the storage recovers.",
        "x-ecs-trigger": {
          "needs": [
            "control-api"
          ]
        },
        "value": {
          "RequestId": "56493463-3B5E-899A-1AC0-8FD4586CC296",
          "HostId": "ecs.aliyuncs.com",
          "Code": "ServiceUnavailable",
          "Message": "The request has failed due to a temporary failure of the server.",
          "Recommend": "https://api.aliyun.com/troubleshoot?q=ServiceUnavailable&product=Ecs&requestId=56493463-3B5E-899A-1AC0-8FD4586CC296"
        }
      }
    },
    "requestBodies": {
      "RpcForm": {
        "required": false,
        "description": "Optional form body. POST requests from the official SDK send every parameter in the query string and an empty body; `@alicloud/pop-core` sends every parameter, signature included, in this body.",
        "content": {
          "application/x-www-form-urlencoded": {
            "schema": {
              "$ref": "#/components/schemas/RpcFormBody"
            }
          }
        }
      }
    }
  }
};
