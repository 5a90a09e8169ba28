/**
 * This file was auto-generated from openapi/openapi.yaml.
 * Do not make direct changes to the file: edit the spec, then run `pnpm generate`.
 */

/** Every value of the `DocumentedErrorCode` schema. */
export const documentedErrorCodes = ["CancelTaskFailed","DiskCreatingSnapshot","DiskInArrears","DryRunOperation","ExportImageFailed","Forbidden.RAM","ImageIsExporting","ImportImageFailed","IncompleteSignature","IncorrectDiskStatus","IncorrectImageStatus","InstanceExpiredOrInArrears","InternalError","InvalidAcceptLanguage.NotFound","InvalidAccessKeyId.NotFound","InvalidAction.NotFound","InvalidArchitecture.Malformed","InvalidDiskCategory.ValueNotSupported","InvalidDiskId.NotFound","InvalidImageFormat.Malformed","InvalidImageId.NotFound","InvalidImageName.Duplicated","InvalidImageName.Malformed","InvalidInstanceId.NotFound","InvalidInstanceType.NotSupportDiskCategory","InvalidOSSBucket.NotFound","InvalidOSSObject.NotFound","InvalidOSSPrefix.Malformed","InvalidOSType.Malformed","InvalidParameter","InvalidPerformanceLevel.Malformed","InvalidRegionId.NotFound","InvalidResourceType.NotFound","InvalidTaskId.IncorrectTaskStatus","InvalidTaskId.NotFound","InvalidTaskId.TaskActionNotSupport","InvalidTimeStamp.Expired","InvalidVersion","MissingParameter","NoSetRoletoECSServiceAcount","OperationDenied","OperationDenied.NoStock","OperationDenied.PerformanceLevelNotMatch","QuotaExceed.Image","ServiceUnavailable","SignatureDoesNotMatch","SignatureNonceUsed","Throttling","Unauthorized.EmptyRegion","UnsupportedHTTPMethod"] as const;

/** Every value of the `OperationStatus` schema. */
export const operationStatuses = ["Success","Failed","Processing"] as const;

/** Every value of the `TaskAction` schema. */
export const taskActions = ["ImportImage","ExportImage","ModifyDiskSpec","RedeployInstance","ArchiveSnapshot"] as const;

/** Every value of the `TaskStatus` schema. */
export const taskStatuses = ["Processing","Finished","Failed"] as const;

/** The actions that create tasks (tagged `Task producers`). */
export const taskProducingActions = ["ExportImage","ImportImage","ModifyDiskSpec"] as const;

/** The values of DescribeTasks's `TaskStatus` that the service filters on (`x-ecs-filtered-values`). */
export const describeTasksTaskStatusFilters = ["Finished","Processing","Failed"] as const;
