/**
 * This file was auto-generated from openapi/openapi.yaml.
 * Do not make direct changes to the file: edit the spec, then run `pnpm generate`.
 */

/** Every value of the `DocumentedErrorCode` schema. */
export const documentedErrorCodes = ["Account.Arrearage","CancelTaskFailed","DiskCreatingSnapshot","DiskInArrears","DryRunOperation","ExportImageFailed","Forbidden.RAM","ImageCheckUnsupported.WindowsImage","ImageIsExporting","ImageIsImporting","ImageNotSupported","ImportImageFailed","IncompleteSignature","IncorrectDiskStatus","IncorrectImageStatus","InstanceExpiredOrInArrears","InternalError","InvalidAcceptLanguage.NotFound","InvalidAccessKeyId.NotFound","InvalidAccountStatus.OSSDisabled","InvalidAction.NotFound","InvalidArchitecture.Malformed","InvalidArchitecture.PlatformUnsupported","InvalidBootMode.Malformed","InvalidBootMode.NotSupport","InvalidClientToken.Malformed","InvalidDataDiskSize","InvalidDescription.Malformed","InvalidDiskCategory.ValueNotSupported","InvalidDiskId.NotFound","InvalidImage.DiskAmountOrSize","InvalidImageCategory.NotSupported","InvalidImageFormat.Malformed","InvalidImageFormat.RegionNotSupported","InvalidImageId.NotFound","InvalidImageName.Duplicated","InvalidImageName.Malformed","InvalidImageSize","InvalidInstanceId.NotFound","InvalidInstanceType.NotSupportDiskCategory","InvalidLicenseType.BYOLOnly","InvalidLicenseType.NotSupported","InvalidOSS.NotAuthorized","InvalidOSSBucket.EncryptUnsupported","InvalidOSSBucket.Malformed","InvalidOSSBucket.NotFound","InvalidOSSBucket.NotMatched","InvalidOSSObject.Malformed","InvalidOSSObject.NeedRestore","InvalidOSSObject.NotFound","InvalidOSSObject.Size","InvalidOSSPrefix.Malformed","InvalidOSType.Malformed","InvalidOperation.CloudBoxImageImportRoleRequired","InvalidOperation.CloudBoxImageImportUnsupported","InvalidParameter","InvalidParameter.DetectionStrategy","InvalidParameter.FeaturesImdsSupport","InvalidParameter.Malformed","InvalidPerformanceLevel.Malformed","InvalidPlatform.Malformed","InvalidRegion.NotSupport","InvalidRegionId.NotFound","InvalidResourceGroup.NotFound","InvalidResourceType.NotFound","InvalidStorageLocation.NotFound","InvalidTaskId.IncorrectTaskStatus","InvalidTaskId.NotFound","InvalidTaskId.TaskActionNotSupport","InvalidTimeStamp.Expired","InvalidVHDImage.IncorrectSize","InvalidVersion","MissingParameter","MissingParameter.DiskDeviceMapping","NoSetRoletoECSServiceAcount","OperationDenied","OperationDenied.NoStock","OperationDenied.PerformanceLevelNotMatch","QuotaExceed.Image","ServiceUnavailable","SignatureDoesNotMatch","SignatureNonceUsed","TagKey.Duplication","Throttling","Unauthorized.EmptyRegion","UnsupportedHTTPMethod","UnsupportedSuffix.OSSObject","UserNotInTheWhiteList"] as const;

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
