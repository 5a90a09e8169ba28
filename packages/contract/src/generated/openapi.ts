/**
 * This file was auto-generated from openapi/openapi.yaml.
 * Do not make direct changes to the file: edit the spec, then run `pnpm generate`.
 */

export interface paths {
    "/#Action=DescribeTaskAttribute": {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeTaskAttribute";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the task. You can call the DescribeTasks operation to query the list of task IDs.
                 * @example t-ce946ntx4wr****
                 */
                TaskId: components["parameters"]["TaskId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeTaskAttribute";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Query the details of an asynchronous task
         * @description Queries the details of an asynchronous task. The asynchronous tasks that you can query by calling this operation are the tasks generated by the ImportImage, ExportImage, and ModifyDiskSpec operations. The parameters travel in the query string.
         */
        get: operations["describeTaskAttribute"];
        put?: never;
        /**
         * Query the details of an asynchronous task (POST)
         * @description Queries the details of an asynchronous task. The asynchronous tasks that you can query by calling this operation are the tasks generated by the ImportImage, ExportImage, and ModifyDiskSpec operations. The parameters travel in the query string, as GET sends them, or in a form body, or both.
         */
        post: operations["describeTaskAttributeWithPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=DescribeTasks": {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeTasks";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description Up to 100 task IDs separated by commas (one string, not a list).
                 * @example t-bp1hvgwromzv32iq****,t-bp179lofu2pv768w****
                 */
                TaskIds?: string;
                /** @description Only tasks made by this operation. */
                TaskAction?: components["schemas"]["TaskAction"];
                /** @description Only tasks in this status. The service filters by `Finished`, `Processing` and `Failed` and ignores any other value (it is not rejected), so the schema is a plain string. A queued task counts as `Processing` and a cancelled one as `Failed`, as they are answered (decision 0038). */
                TaskStatus?: string;
                /**
                 * @description Only tasks created at or after this UTC time, `yyyy-MM-ddTHH:mm:ssZ` (minutes only are accepted too).
                 * @example 2015-11-23T15:10:00Z
                 */
                StartTime?: string;
                /**
                 * @description Only tasks created at or before this UTC time, `yyyy-MM-ddTHH:mm:ssZ` (minutes only are accepted too).
                 * @example 2015-11-23T15:16:00Z
                 */
                EndTime?: string;
                /** @description The page to return, from 1. */
                PageNumber?: number;
                /** @description The number of tasks per page, 1 to 100. */
                PageSize?: number;
                /** @description Only tasks on these resources (image or disk IDs), up to 100. Sent as a repeat list: `ResourceIds.1=...&ResourceIds.2=...`. */
                ResourceIds?: string[];
                /** @description Invitational preview. When set, the other filters are ignored. */
                TaskGroupId?: string;
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeTasks";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List asynchronous tasks
         * @description Queries the progress of one or more asynchronous tasks, one page at a time. The parameters travel in the query string.
         */
        get: operations["describeTasks"];
        put?: never;
        /**
         * List asynchronous tasks (POST)
         * @description Queries the progress of one or more asynchronous tasks, one page at a time. The parameters travel in the query string, as GET sends them, or in a form body, or both.
         */
        post: operations["describeTasksWithPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=CancelTask": {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "CancelTask";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the task. You can call the DescribeTasks operation to query the list of task IDs.
                 * @example t-ce946ntx4wr****
                 */
                TaskId: components["parameters"]["TaskId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "CancelTask";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Cancel a running task
         * @description Cancels a running ImportImage or ExportImage task. The task then reports `TaskStatus` `Failed`, its unfinished subtasks with `ErrorCode` `TaskCancelled` (docs/decisions/0038-documented-task-statuses.md). The parameters travel in the query string.
         */
        get: operations["cancelTask"];
        put?: never;
        /**
         * Cancel a running task (POST)
         * @description Cancels a running ImportImage or ExportImage task. The task then reports `TaskStatus` `Failed`, its unfinished subtasks with `ErrorCode` `TaskCancelled` (docs/decisions/0038-documented-task-statuses.md). The parameters travel in the query string, as GET sends them, or in a form body, or both.
         */
        post: operations["cancelTaskWithPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ExportImage": {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ExportImage";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the custom image to export.
                 * @example m-bp67acfmxazb4p****
                 */
                ImageId: string;
                /**
                 * @description The OSS bucket, in the same region, to export the image to.
                 * @example testexportimage
                 */
                OSSBucket: string;
                /**
                 * @description The prefix of the OSS object, 1 to 30 letters and digits; another value is refused with `InvalidOSSPrefix.Malformed`.
                 * @example EcsExport
                 */
                OSSPrefix?: string;
                /** @description The format of the exported file, compared without case (the official SDK's sample sends `VHD`); another value is refused with `InvalidImageFormat.Malformed`. The help page says only some regions (Tokyo, Jakarta, Frankfurt, Dubai, Virginia, London, Singapore, Kuala Lumpur, Silicon Valley) honour it and the others export RAW; the reference server honours it everywhere, and `InvalidImageFormat.RegionNotSupported` is injected as a fault. */
                ImageFormat?: "raw" | "vhd" | "qcow2" | "vmdk" | "vdi" | "RAW" | "VHD" | "QCOW2" | "VMDK" | "VDI";
                /** @description The RAM role ECS assumes to write to OSS. */
                RoleName?: string;
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ExportImage";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Export a custom image to OSS
         * @description Exports a custom image to an OSS bucket in the same region. Creates an ExportImage task. The parameters travel in the query string.
         */
        get: operations["exportImage"];
        put?: never;
        /**
         * Export a custom image to OSS (POST)
         * @description Exports a custom image to an OSS bucket in the same region. Creates an ExportImage task. The parameters travel in the query string, as GET sends them, or in a form body, or both.
         */
        post: operations["exportImageWithPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ImportImage": {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ImportImage";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /** @description The disks of the image, 1 to 17; the first is the system disk, and a disk numbered above 17 is ignored (help page). Sent as a repeat list of structures: `DiskDeviceMapping.1.OSSBucket=...&DiskDeviceMapping.1.OSSObject=...`. A request with no `DiskDeviceMapping.N.*` parameter at all is refused with 403 `MissingParameter.DiskDeviceMapping`; a disk without its `OSSBucket` or `OSSObject` with `MissingParameter` naming it, so the first disk is required in practice although the metadata marks the list optional (docs/decisions/0037). */
                DiskDeviceMapping: {
                    /** @description The OSS bucket that holds the image file, in the request's region. A bucket name is 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or a digit (OSS naming rules, https://www.alibabacloud.com/help/en/oss/user-guide/bucket-naming-conventions); another name is refused with `InvalidOSSBucket.Malformed`. The reference server does not hold names to the minimum of 3 characters, so that placeholders such as `b` keep working (docs/decisions/0037). */
                    OSSBucket: string;
                    /** @description The object (key) of the image file: 1 to 1023 bytes of UTF-8, not starting with `/` or `\` (OSS naming rules, https://www.alibabacloud.com/help/en/oss/user-guide/object-naming-conventions); another key is refused with `InvalidOSSObject.Malformed`. */
                    OSSObject: string;
                    /**
                     * @description The file format, compared without case; detected when absent. `VMDK` is in invitational preview (help page, SDK 7.11.6). Another value is refused with `InvalidImageFormat.Malformed`.
                     * @enum {string}
                     */
                    Format?: "RAW" | "VHD" | "QCOW2" | "VMDK" | "raw" | "vhd" | "qcow2" | "vmdk";
                    /** @description The size of the disk in GiB, 1 to 2048 for the system disk and for data disks alike (SDK 7.11.6 and the help page; the 2021 reference said 5 to 500 and 5 to 1,000). Another value is refused with `InvalidImageSize`. Detected from the image when absent. */
                    DiskImageSize?: number;
                    /**
                     * @deprecated
                     * @description Deprecated name of DiskImageSize, with the same range; another value is refused with `InvalidDataDiskSize`.
                     */
                    DiskImSize?: number;
                    /**
                     * @deprecated
                     * @description Deprecated device name of the disk, `/dev/xvda` to `/dev/xvdz` (2019 reference); another value is refused with 403 `InvalidParameter.Malformed`.
                     */
                    Device?: string;
                }[];
                /**
                 * @description The name of the image: 2 to 128 characters, starting with a letter (the SDK adds: or a Chinese character), not with `acs:` or `aliyun`, without `http://` or `https://`; letters, digits, `.`, `:`, `_` and `-`. Another name is refused with `InvalidImageName.Malformed`.
                 * @example ImageTestName
                 */
                ImageName?: string;
                /**
                 * @description The description of the image, 2 to 256 characters, not starting with `http://` or `https://`. Another value is refused with `InvalidDescription.Malformed`.
                 * @example TestDescription
                 */
                Description?: string;
                /** @description The system architecture; another value is refused with `InvalidArchitecture.Malformed`. */
                Architecture?: "i386" | "x86_64" | "arm64";
                /** @description The type of the operating system, compared without case; another value is refused with `InvalidOSType.Malformed`. */
                OSType?: "windows" | "linux";
                /** @description The distribution of the operating system, one of the SDK's list (the help page's list without `Other Windows`); another value is refused with `InvalidPlatform.Malformed`. */
                Platform?: "Aliyun" | "Anolis" | "CentOS" | "Ubuntu" | "CoreOS" | "SUSE" | "Debian" | "OpenSUSE" | "FreeBSD" | "RedHat" | "Kylin" | "UOS" | "Fedora" | "Fedora CoreOS" | "CentOS Stream" | "AlmaLinux" | "Rocky Linux" | "Gentoo" | "Customized Linux" | "Others Linux" | "Windows Server 2022" | "Windows Server 2019" | "Windows Server 2016" | "Windows Server 2012" | "Windows Server 2008" | "Windows Server 2003" | "Other Windows";
                /** @description The boot mode of the image: BIOS by default, UEFI by default and the only one allowed when `Architecture` is `arm64` (SDK 7.11.6). Another value is refused with `InvalidBootMode.Malformed`; `BIOS` with `arm64` with `InvalidBootMode.NotSupport`. */
                BootMode?: "BIOS" | "UEFI";
                /** @description The RAM role ECS assumes to read from OSS. */
                RoleName?: string;
                /** @description How the operating system is licensed. The SDK 7.11.6 lists `Aliyun` (the default) and `BYOL`; the metadata and the help page also `Auto` (their default), which is still accepted (docs/decisions/0037). Another value is refused with `InvalidLicenseType.NotSupported`. */
                LicenseType?: "Aliyun" | "BYOL" | "Auto";
                /** @description The image check to run after the import; absent, none. Only `Standard` exists; another value is refused with `InvalidParameter.DetectionStrategy`. */
                DetectionStrategy?: "Standard";
                /** @description Member `NvmeSupport` of the `Features` structure (the SDK sends a structure flattened as `Features.<Member>`): whether the image supports NVMe; absent, `unsupported` (SDK 7.11.6). No error is documented for another value, so the server accepts it (docs/decisions/0037). */
                "Features.NvmeSupport"?: "supported" | "unsupported";
                /** @description Member `ImdsSupport` of the `Features` structure: the metadata access mode of the image, `v1` by default. Another value is refused with `InvalidParameter.FeaturesImdsSupport`. */
                "Features.ImdsSupport"?: "v1" | "v2";
                /**
                 * @description The ARN of the CloudBox whose OSS holds the image file, only when importing from OSS on CloudBox: `arn:acs:cloudbox:{RegionId}:{AliUid}:cloudbox/{CloudBoxId}`. The reference server has no CloudBox: the value is accepted and the CloudBox errors are injected as faults.
                 * @example arn:acs:cloudbox:cn-hangzhou:123456:cloudbox/cb-xx***123
                 */
                StorageLocationArn?: string;
                /** @description Up to 20 tags, sent as `Tag.N.Key` and `Tag.N.Value`. Keys are compared without case: the same key twice is refused with 403 `TagKey.Duplication`. */
                Tag?: {
                    /** @description Not empty, up to 128 characters, not starting with `acs:` or `aliyun`, no `http://` or `https://`. */
                    Key: string;
                    /** @description Up to 128 characters, not starting with `acs:`, no `http://` or `https://`. */
                    Value?: string;
                }[];
                /** @description The resource group of the image. */
                ResourceGroupId?: string;
                /** @description A client-chosen token that makes the request idempotent: ASCII only, at most 64 characters; another value is refused with `InvalidClientToken.Malformed`. */
                ClientToken?: string;
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ImportImage";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Import an image from OSS
         * @description Imports an image file from an OSS bucket as a custom image. Creates an ImportImage task. The parameters travel in the query string.
         */
        get: operations["importImage"];
        put?: never;
        /**
         * Import an image from OSS (POST)
         * @description Imports an image file from an OSS bucket as a custom image. Creates an ImportImage task. The parameters travel in the query string, as GET sends them, or in a form body, or both.
         */
        post: operations["importImageWithPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ModifyDiskSpec": {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ModifyDiskSpec";
                /**
                 * @description The ID of the disk.
                 * @example d-bp131n0q38u3a4zi****
                 */
                DiskId: string;
                /** @description The new category of the disk: `cloud_essd`, `cloud_auto` (ESSD AutoPL), `cloud_ssd`, `cloud_essd_entry` (ESSD Entry, China site; it can only become `cloud_essd` or `cloud_auto`), `cloud_efficiency`. Absent means the category does not change. */
                DiskCategory?: "cloud_essd" | "cloud_auto" | "cloud_ssd" | "cloud_essd_entry" | "cloud_efficiency";
                /** @description The new performance level of an ESSD, PL0 to PL3 (default PL1). */
                PerformanceLevel?: "PL0" | "PL1" | "PL2" | "PL3";
                /** @description The provisioned IOPS of an ESSD AutoPL disk, 0 to min{50,000, 1,000 × capacity − baseline}; only with `DiskCategory=cloud_auto`. */
                ProvisionedIops?: number;
                /** @description The zone to move the disk to while changing its category (invitational preview). */
                DestinationZoneId?: string;
                /** @description The target IOPS of a dedicated block storage cluster disk: 900 to the disk's maximum, in steps of 100. */
                "PerformanceControlOptions.IOPS"?: number;
                /** @description The target throughput in MB/s of a dedicated block storage cluster disk, from 60 to the disk's maximum. */
                "PerformanceControlOptions.Throughput"?: number;
                /** @description `All` resets the IOPS and throughput of a dedicated block storage cluster disk to their initial values; the other two options are then ignored. */
                "PerformanceControlOptions.Recover"?: "All";
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ModifyDiskSpec";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Change the category or performance level of a disk
         * @description Changes the category of a disk or the performance level of an ESSD. A category change creates a ModifyDiskSpec task (which cannot be cancelled). The operation has no RegionId parameter. The parameters travel in the query string.
         */
        get: operations["modifyDiskSpec"];
        put?: never;
        /**
         * Change the category or performance level of a disk (POST)
         * @description Changes the category of a disk or the performance level of an ESSD. A category change creates a ModifyDiskSpec task (which cannot be cancelled). The operation has no RegionId parameter. The parameters travel in the query string, as GET sends them, or in a form body, or both.
         */
        post: operations["modifyDiskSpecWithPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=DescribeRegions": {
        parameters: {
            query?: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeRegions";
                /** @description The billing method to list regions for. */
                InstanceChargeType?: "PrePaid" | "PostPaid" | "SpotWithPriceLimit" | "SpotAsPriceGo";
                /** @description The resource type to list regions for: `instance`, `disk`, `reservedinstance` or `scu` (default `instance`), compared without case: the reference page's own sample request sends `ResourceType=Instance`. */
                ResourceType?: string;
                /** @description The language of `LocalName`: `zh-CN` (Simplified Chinese, the default), `zh-TW` (Traditional Chinese; the metadata spells it `zh_TW`, and both are accepted), `en-US`, `ja`, `fr`, `de`, `ko`. Names are given in Chinese and English as Alibaba's pages write them; the reference server answers the other languages with the English names (no source gives them; docs/decisions/0039-describe-regions-and-the-rest.md). */
                AcceptLanguage?: "zh-CN" | "zh-TW" | "zh_TW" | "en-US" | "ja" | "fr" | "de" | "ko";
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeRegions";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the regions
         * @description Queries the regions that are available to the account. The parameters travel in the query string.
         */
        get: operations["describeRegions"];
        put?: never;
        /**
         * List the regions (POST)
         * @description Queries the regions that are available to the account. The parameters travel in the query string, as GET sends them, or in a form body, or both.
         */
        post: operations["describeRegionsWithPost"];
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
        /** @description The task is cancelled; DescribeTaskAttribute now reports it as `Failed` (decision 0038). */
        CancelTaskResponse: {
            RequestId: components["schemas"]["RequestId"];
        };
        /** @description The regions the account can use. */
        DescribeRegionsResponse: {
            RequestId: components["schemas"]["RequestId"];
            Regions: {
                Region: components["schemas"]["Region"][];
            };
        };
        /** @description The details of one asynchronous task. */
        DescribeTaskAttributeResponse: {
            RequestId: components["schemas"]["RequestId"];
            TaskId: components["schemas"]["TaskId"];
            RegionId: components["schemas"]["RegionId"];
            TaskAction: components["schemas"]["TaskAction"];
            TaskStatus: components["schemas"]["TaskStatus"];
            TaskProcess: components["schemas"]["TaskProcess"];
            SupportCancel: components["schemas"]["SupportCancel"];
            /**
             * @description The number of subtasks.
             * @example 1
             */
            TotalCount: number;
            /**
             * @description The number of subtasks that succeeded.
             * @example 1
             */
            SuccessCount: number;
            /**
             * @description The number of subtasks that failed.
             * @example 0
             */
            FailedCount: number;
            CreationTime: components["schemas"]["EcsTime"];
            /** @description When the task ended, or the empty string while it has not ended (see docs/decisions/0004-finished-time-while-running.md). */
            FinishedTime: components["schemas"]["EcsTime"] | "";
            /** @description The progress of each subtask. */
            OperationProgressSet: {
                OperationProgress: components["schemas"]["OperationProgress"][];
            };
        };
        /** @description One page of tasks, newest first. */
        DescribeTasksResponse: {
            RequestId: components["schemas"]["RequestId"];
            RegionId: components["schemas"]["RegionId"];
            /**
             * @description The number of tasks that match the filters, over all pages.
             * @example 2
             */
            TotalCount: number;
            /**
             * @description The number of this page, from 1.
             * @example 1
             */
            PageNumber: number;
            /**
             * @description The page size the request asked for.
             * @example 10
             */
            PageSize: number;
            /** @description The tasks of this page. (One English documentation sample wraps this object in an array; the official SDK, the XML sample and the older samples show an object, as here.) */
            TaskSet: {
                Task: components["schemas"]["TaskSummary"][];
            };
        };
        /**
         * @description Every error code this document describes, for DescribeTaskAttribute, its companion operations and the common errors. A test keeps this list equal to the codes of the error examples.
         * @enum {string}
         */
        DocumentedErrorCode: "Account.Arrearage" | "CancelTaskFailed" | "DiskCreatingSnapshot" | "DiskInArrears" | "DryRunOperation" | "ExportImageFailed" | "Forbidden.RAM" | "ImageCheckUnsupported.WindowsImage" | "ImageIsExporting" | "ImageIsImporting" | "ImageNotSupported" | "ImportImageFailed" | "IncompleteSignature" | "IncorrectDiskStatus" | "IncorrectImageStatus" | "InstanceExpiredOrInArrears" | "InternalError" | "InvalidAcceptLanguage.NotFound" | "InvalidAccessKeyId.NotFound" | "InvalidAccountStatus.OSSDisabled" | "InvalidAction.NotFound" | "InvalidArchitecture.Malformed" | "InvalidArchitecture.PlatformUnsupported" | "InvalidBootMode.Malformed" | "InvalidBootMode.NotSupport" | "InvalidClientToken.Malformed" | "InvalidDataDiskSize" | "InvalidDescription.Malformed" | "InvalidDiskCategory.ValueNotSupported" | "InvalidDiskId.NotFound" | "InvalidImage.DiskAmountOrSize" | "InvalidImageCategory.NotSupported" | "InvalidImageFormat.Malformed" | "InvalidImageFormat.RegionNotSupported" | "InvalidImageId.NotFound" | "InvalidImageName.Duplicated" | "InvalidImageName.Malformed" | "InvalidImageSize" | "InvalidInstanceId.NotFound" | "InvalidInstanceType.NotSupportDiskCategory" | "InvalidLicenseType.BYOLOnly" | "InvalidLicenseType.NotSupported" | "InvalidOSS.NotAuthorized" | "InvalidOSSBucket.EncryptUnsupported" | "InvalidOSSBucket.Malformed" | "InvalidOSSBucket.NotFound" | "InvalidOSSBucket.NotMatched" | "InvalidOSSObject.Malformed" | "InvalidOSSObject.NeedRestore" | "InvalidOSSObject.NotFound" | "InvalidOSSObject.Size" | "InvalidOSSPrefix.Malformed" | "InvalidOSType.Malformed" | "InvalidOperation.CloudBoxImageImportRoleRequired" | "InvalidOperation.CloudBoxImageImportUnsupported" | "InvalidParameter" | "InvalidParameter.DetectionStrategy" | "InvalidParameter.FeaturesImdsSupport" | "InvalidParameter.Malformed" | "InvalidPerformanceLevel.Malformed" | "InvalidPlatform.Malformed" | "InvalidRegion.NotSupport" | "InvalidRegionId.NotFound" | "InvalidResourceGroup.NotFound" | "InvalidResourceType.NotFound" | "InvalidStorageLocation.NotFound" | "InvalidTaskId.IncorrectTaskStatus" | "InvalidTaskId.NotFound" | "InvalidTaskId.TaskActionNotSupport" | "InvalidTimeStamp.Expired" | "InvalidVHDImage.IncorrectSize" | "InvalidVersion" | "MissingParameter" | "MissingParameter.DiskDeviceMapping" | "NoSetRoletoECSServiceAcount" | "OperationDenied" | "OperationDenied.NoStock" | "OperationDenied.PerformanceLevelNotMatch" | "QuotaExceed.Image" | "ServiceUnavailable" | "SignatureDoesNotMatch" | "SignatureNonceUsed" | "TagKey.Duplication" | "Throttling" | "Unauthorized.EmptyRegion" | "UnsupportedHTTPMethod" | "UnsupportedSuffix.OSSObject" | "UserNotInTheWhiteList";
        /**
         * @description A UTC time at minute precision, `YYYY-MM-DDThh:mmZ`, as ECS writes it in task responses (for example `2015-11-23T02:13Z`). It has no seconds, so it is deliberately not `format: date-time`: RFC 3339 validators would reject every real response. See docs/decisions/0003-time-format.md.
         * @example 2015-11-23T02:13Z
         */
        EcsTime: string;
        /** @description The body of every error answer, whatever the operation (XML root element `Error`). `Code` names the error; the documented codes are listed in `DocumentedErrorCode`, but a server may send others. The documentation lists `RequestId`, `HostId`, `Code` and `Message`; `Recommend` is what real gateway answers add (and the reference server always sends), so it is not required of a server (docs/decisions/0039). */
        ErrorBody: {
            RequestId: components["schemas"]["RequestId"];
            /**
             * @description The endpoint host that answered.
             * @example ecs.aliyuncs.com
             */
            HostId: string;
            /** @description The error code. */
            Code: components["schemas"]["DocumentedErrorCode"] | string;
            /** @description The error message. */
            Message: string;
            /**
             * @description A troubleshooting link for this error and request. Not in the documentation's list; real answers carry it (e.g. from ecs.aliyuncs.com in fog/fog-aliyun#32, and in NewFuture/DDNS#57, jeessy2/ddns-go#1291).
             * @example https://api.aliyun.com/troubleshoot?q=InvalidTaskId.NotFound&product=Ecs&requestId=473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E
             */
            Recommend?: string;
        };
        /** @description The export task was created. (The documentation's sample body names the field `ExportTaskId`; its table and the official SDK model name it `TaskId`, which is what is sent.) */
        ExportImageResponse: {
            RequestId: components["schemas"]["RequestId"];
            RegionId: components["schemas"]["RegionId"];
            TaskId: components["schemas"]["TaskId"];
        };
        /** @description The import task was created, with the ID of the image it is making. (The documentation's sample body names the task field `ImportTaskId`; its table and the official SDK model name it `TaskId`.) */
        ImportImageResponse: {
            RequestId: components["schemas"]["RequestId"];
            RegionId: components["schemas"]["RegionId"];
            /**
             * @description The ID of the image being imported.
             * @example m-bp67acfmxazb4p****
             */
            ImageId: string;
            TaskId: components["schemas"]["TaskId"];
        };
        /** @description The disk change was accepted. */
        ModifyDiskSpecResponse: {
            RequestId: components["schemas"]["RequestId"];
            /** @description The ID of the disk category change task. Not returned when only the performance level of an ESSD changes. */
            TaskId?: components["schemas"]["TaskId"];
            /**
             * @description The order ID, returned only for subscription disks.
             * @example 1234567890
             */
            OrderId?: string;
        };
        /** @description The progress of one subtask. */
        OperationProgress: {
            OperationStatus: components["schemas"]["OperationStatus"];
            /**
             * @description The error code of a failed subtask; an empty string otherwise.
             * @example ParameterInvalid
             */
            ErrorCode: string;
            /**
             * @description The error message of a failed subtask; an empty string otherwise.
             * @example The specified RegionId parameter is invalid.
             */
            ErrorMsg: string;
            /** @description The resources related to the subtask. */
            RelatedItemSet: {
                RelatedItem: components["schemas"]["RelatedItem"][];
            };
        };
        /**
         * @description The status of one subtask. `Success` is the only value the ECS documentation shows; `Failed` (with `ErrorCode` and `ErrorMsg` filled in) follows the sibling structure of DeleteSnapshotGroup; `Processing` is what a subtask that has not ended reports.
         * @example Success
         * @enum {string}
         */
        OperationStatus: "Success" | "Failed" | "Processing";
        /** @description One region. */
        Region: {
            RegionId: components["schemas"]["RegionId"];
            /**
             * @description The name of the region in the requested language.
             * @example China (Hangzhou)
             */
            LocalName: string;
            /**
             * @description The ECS endpoint of the region.
             * @example ecs.cn-hangzhou.aliyuncs.com
             */
            RegionEndpoint: string;
            /**
             * @description Whether the region is sold out.
             * @example available
             * @enum {string}
             */
            Status: "available" | "soldOut";
        };
        /**
         * @description A region ID, as listed by DescribeRegions.
         * @example cn-hangzhou
         */
        RegionId: string;
        /** @description A resource related to a subtask. ExportImage tasks name `OSSBucket`, `OSSObject` and `ImageFormat`; ImportImage tasks name the image and its OSS source; ModifyDiskSpec tasks name the disk. */
        RelatedItem: {
            /**
             * @description The kind of the related resource.
             * @example OSSObject
             */
            Name: string;
            /**
             * @description The related resource.
             * @example MYOSSPRE_m-23f8tcp***_t-23ym6mv***.vhd
             */
            Value: string;
        };
        /**
         * @description The ID of the request, an upper-case UUID. Every answer carries one, successful or not, and no two answers share one.
         * @example 473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E
         */
        RequestId: string;
        /** @description Any request parameter (operation or common, lists flattened as `Name.N`) may travel in an `application/x-www-form-urlencoded` POST body instead of the query string; the two are merged, and a parameter's `required` flag applies to the merged set. `@alicloud/pop-core` sends everything here. */
        RpcFormBody: {
            [key: string]: string;
        };
        /**
         * @description Whether CancelTask can still cancel the task. The operation page's sample writes a JSON boolean, while the documentation tables and every official SDK model declare a string `"true"`/`"false"`, so both forms are valid. See docs/decisions/0002-support-cancel-type.md.
         * @example true
         */
        SupportCancel: boolean | ("true" | "false");
        /**
         * @description The name of the operation that created the task. DescribeTaskAttribute covers tasks made by ImportImage, ExportImage and ModifyDiskSpec; DescribeTasks can also list RedeployInstance and ArchiveSnapshot tasks. (Some older samples write `IMPORT_IMAGE`; the JSON API writes the operation name.)
         * @example ExportImage
         * @enum {string}
         */
        TaskAction: "ImportImage" | "ExportImage" | "ModifyDiskSpec" | "RedeployInstance" | "ArchiveSnapshot";
        /**
         * @description The ID of an asynchronous task, `t-` followed by lower-case letters and digits (the documentation masks the tail with `*`).
         * @example t-ce946ntx4wr****
         */
        TaskId: string;
        /**
         * @description The progress of the task, an integer percentage followed by `%`.
         * @example 100%
         */
        TaskProcess: string;
        /**
         * @description The status of a task, as the current documentation lists it: `Processing` (running, or queued at 0 %), `Finished` (done) and `Failed` (ended without success, see `OperationProgressSet`; a task cancelled with CancelTask ends `Failed` too, its unfinished subtasks with `TaskCancelled`). The current DescribeTasks page, the API metadata and the official SDK's model name these three and no other; the 2015-era values `Waiting`, `Paused` and `Deleted` appear in no current source and in no real answer found, so they are not answered (the reference server shows its finer internal phase through its control API). See docs/decisions/0038-documented-task-statuses.md.
         * @example Finished
         * @enum {string}
         */
        TaskStatus: "Processing" | "Finished" | "Failed";
        /** @description One task in a DescribeTasks page. */
        TaskSummary: {
            TaskId: components["schemas"]["TaskId"];
            TaskAction: components["schemas"]["TaskAction"];
            TaskStatus: components["schemas"]["TaskStatus"];
            SupportCancel: components["schemas"]["SupportCancel"];
            CreationTime: components["schemas"]["EcsTime"];
            /** @description When the task ended, or the empty string while it has not ended. */
            FinishedTime: components["schemas"]["EcsTime"] | "";
            /**
             * @description The ID of the resource the task works on (the image or the disk). Present in the official SDK model, absent from the 2021 documentation.
             * @example m-bp67acfmxazb4p****
             */
            ResourceId?: string;
        };
    };
    responses: {
        /** @description The DescribeTaskAttribute result. */
        DescribeTaskAttributeOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DescribeTaskAttributeResponse"];
                "text/xml": components["schemas"]["DescribeTaskAttributeResponse"];
            };
        };
        /** @description Bad request: a documented error (see the examples for each code and the request that provokes it). */
        DescribeTaskAttributeBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden: a documented error. */
        DescribeTaskAttributeForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not found: a documented error. */
        DescribeTaskAttributeNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error: retry with backoff. */
        DescribeTaskAttributeInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service unavailable: retry with backoff. */
        DescribeTaskAttributeServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The DescribeTasks result. */
        DescribeTasksOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DescribeTasksResponse"];
                "text/xml": components["schemas"]["DescribeTasksResponse"];
            };
        };
        /** @description Bad request: a documented error (see the examples for each code and the request that provokes it). */
        DescribeTasksBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden: a documented error. */
        DescribeTasksForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not found: a documented error. */
        DescribeTasksNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error: retry with backoff. */
        DescribeTasksInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service unavailable: retry with backoff. */
        DescribeTasksServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The CancelTask result. */
        CancelTaskOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CancelTaskResponse"];
                "text/xml": components["schemas"]["CancelTaskResponse"];
            };
        };
        /** @description Bad request: a documented error (see the examples for each code and the request that provokes it). */
        CancelTaskBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden: a documented error. */
        CancelTaskForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not found: a documented error. */
        CancelTaskNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error: retry with backoff. */
        CancelTaskInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service unavailable: retry with backoff. */
        CancelTaskServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The ExportImage result. */
        ExportImageOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ExportImageResponse"];
                "text/xml": components["schemas"]["ExportImageResponse"];
            };
        };
        /** @description Bad request: a documented error (see the examples for each code and the request that provokes it). */
        ExportImageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden: a documented error. */
        ExportImageForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not found: a documented error. */
        ExportImageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error: retry with backoff. */
        ExportImageInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service unavailable: retry with backoff. */
        ExportImageServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The ImportImage result. */
        ImportImageOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ImportImageResponse"];
                "text/xml": components["schemas"]["ImportImageResponse"];
            };
        };
        /** @description Bad request: a documented error (see the examples for each code and the request that provokes it). */
        ImportImageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden: a documented error. */
        ImportImageForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not found: a documented error. */
        ImportImageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error: retry with backoff. */
        ImportImageInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service unavailable: retry with backoff. */
        ImportImageServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The ModifyDiskSpec result. */
        ModifyDiskSpecOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ModifyDiskSpecResponse"];
                "text/xml": components["schemas"]["ModifyDiskSpecResponse"];
            };
        };
        /** @description Bad request: a documented error (see the examples for each code and the request that provokes it). */
        ModifyDiskSpecBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden: a documented error. */
        ModifyDiskSpecForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not found: a documented error. */
        ModifyDiskSpecNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error: retry with backoff. */
        ModifyDiskSpecInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service unavailable: retry with backoff. */
        ModifyDiskSpecServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The DescribeRegions result. */
        DescribeRegionsOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DescribeRegionsResponse"];
                "text/xml": components["schemas"]["DescribeRegionsResponse"];
            };
        };
        /** @description Bad request: a documented error (see the examples for each code and the request that provokes it). */
        DescribeRegionsBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden: a documented error. */
        DescribeRegionsForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not found: a documented error. */
        DescribeRegionsNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal error: retry with backoff. */
        DescribeRegionsInternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Service unavailable: retry with backoff. */
        DescribeRegionsServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
                "text/xml": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
         * @example cn-hangzhou
         */
        RegionId: components["schemas"]["RegionId"];
        /**
         * @description The ID of the task. You can call the DescribeTasks operation to query the list of task IDs.
         * @example t-ce946ntx4wr****
         */
        TaskId: components["schemas"]["TaskId"];
        /** @description Hidden parameter of the official SDK models; not documented. */
        OwnerId: number;
        /** @description Hidden parameter of the official SDK models; not documented. */
        ResourceOwnerAccount: string;
        /** @description Hidden parameter of the official SDK models; not documented. */
        ResourceOwnerId: number;
        /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
        Version: "2014-05-26";
        /**
         * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
         * @example JSON
         */
        Format: string;
        /**
         * @description V1 only. The AccessKey ID that signed the request.
         * @example testid
         */
        AccessKeyId: string;
        /** @description V1 only. The signature method, `HMAC-SHA1`. */
        SignatureMethod: "HMAC-SHA1";
        /** @description V1 only. The signature version, `1.0`. */
        SignatureVersion: "1.0";
        /**
         * @description V1 only. A value unique to each request, against replay.
         * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
         */
        SignatureNonce: string;
        /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
        SignatureType: string;
        /**
         * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
         * @example 2016-02-23T12:46:24Z
         */
        Timestamp: string;
        /** @description V1 only. The STS security token, when the AccessKey is temporary. */
        SecurityToken: string;
        /** @description V3 only. The API version, `2014-05-26`. */
        XAcsVersion: "2014-05-26";
        /**
         * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
         * @example 2023-10-26T10:22:32Z
         */
        XAcsDate: string;
        /**
         * @description V3 only. A value unique to each request, against replay.
         * @example 3156853299f313e23d1673dc12e1703d
         */
        XAcsSignatureNonce: string;
        /**
         * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
         * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
         */
        XAcsContentSha256: string;
        /** @description V3 only. The STS security token, when the AccessKey is temporary. */
        XAcsSecurityToken: string;
        /** @description V3 only. The AccessKey ID, sent beside an STS token. */
        XAcsAccessKeyId: string;
        /**
         * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
         * @example static_ak
         */
        XAcsCredentialsProvider: string;
        /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
        OwnerAccount: string;
        /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
        DryRun: boolean;
    };
    requestBodies: {
        /** @description Optional form body. POST requests from the official SDK send every parameter in the query string and an empty body; `@alicloud/pop-core` sends every parameter, signature included, in this body. */
        RpcForm: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RpcFormBody"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    describeTaskAttribute: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeTaskAttribute";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the task. You can call the DescribeTasks operation to query the list of task IDs.
                 * @example t-ce946ntx4wr****
                 */
                TaskId: components["parameters"]["TaskId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeTaskAttribute";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DescribeTaskAttributeOk"];
            400: components["responses"]["DescribeTaskAttributeBadRequest"];
            403: components["responses"]["DescribeTaskAttributeForbidden"];
            404: components["responses"]["DescribeTaskAttributeNotFound"];
            500: components["responses"]["DescribeTaskAttributeInternalError"];
            503: components["responses"]["DescribeTaskAttributeServiceUnavailable"];
        };
    };
    describeTaskAttributeWithPost: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeTaskAttribute";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the task. You can call the DescribeTasks operation to query the list of task IDs.
                 * @example t-ce946ntx4wr****
                 */
                TaskId: components["parameters"]["TaskId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeTaskAttribute";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["RpcForm"];
        responses: {
            200: components["responses"]["DescribeTaskAttributeOk"];
            400: components["responses"]["DescribeTaskAttributeBadRequest"];
            403: components["responses"]["DescribeTaskAttributeForbidden"];
            404: components["responses"]["DescribeTaskAttributeNotFound"];
            500: components["responses"]["DescribeTaskAttributeInternalError"];
            503: components["responses"]["DescribeTaskAttributeServiceUnavailable"];
        };
    };
    describeTasks: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeTasks";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description Up to 100 task IDs separated by commas (one string, not a list).
                 * @example t-bp1hvgwromzv32iq****,t-bp179lofu2pv768w****
                 */
                TaskIds?: string;
                /** @description Only tasks made by this operation. */
                TaskAction?: components["schemas"]["TaskAction"];
                /** @description Only tasks in this status. The service filters by `Finished`, `Processing` and `Failed` and ignores any other value (it is not rejected), so the schema is a plain string. A queued task counts as `Processing` and a cancelled one as `Failed`, as they are answered (decision 0038). */
                TaskStatus?: string;
                /**
                 * @description Only tasks created at or after this UTC time, `yyyy-MM-ddTHH:mm:ssZ` (minutes only are accepted too).
                 * @example 2015-11-23T15:10:00Z
                 */
                StartTime?: string;
                /**
                 * @description Only tasks created at or before this UTC time, `yyyy-MM-ddTHH:mm:ssZ` (minutes only are accepted too).
                 * @example 2015-11-23T15:16:00Z
                 */
                EndTime?: string;
                /** @description The page to return, from 1. */
                PageNumber?: number;
                /** @description The number of tasks per page, 1 to 100. */
                PageSize?: number;
                /** @description Only tasks on these resources (image or disk IDs), up to 100. Sent as a repeat list: `ResourceIds.1=...&ResourceIds.2=...`. */
                ResourceIds?: string[];
                /** @description Invitational preview. When set, the other filters are ignored. */
                TaskGroupId?: string;
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeTasks";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DescribeTasksOk"];
            400: components["responses"]["DescribeTasksBadRequest"];
            403: components["responses"]["DescribeTasksForbidden"];
            404: components["responses"]["DescribeTasksNotFound"];
            500: components["responses"]["DescribeTasksInternalError"];
            503: components["responses"]["DescribeTasksServiceUnavailable"];
        };
    };
    describeTasksWithPost: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeTasks";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description Up to 100 task IDs separated by commas (one string, not a list).
                 * @example t-bp1hvgwromzv32iq****,t-bp179lofu2pv768w****
                 */
                TaskIds?: string;
                /** @description Only tasks made by this operation. */
                TaskAction?: components["schemas"]["TaskAction"];
                /** @description Only tasks in this status. The service filters by `Finished`, `Processing` and `Failed` and ignores any other value (it is not rejected), so the schema is a plain string. A queued task counts as `Processing` and a cancelled one as `Failed`, as they are answered (decision 0038). */
                TaskStatus?: string;
                /**
                 * @description Only tasks created at or after this UTC time, `yyyy-MM-ddTHH:mm:ssZ` (minutes only are accepted too).
                 * @example 2015-11-23T15:10:00Z
                 */
                StartTime?: string;
                /**
                 * @description Only tasks created at or before this UTC time, `yyyy-MM-ddTHH:mm:ssZ` (minutes only are accepted too).
                 * @example 2015-11-23T15:16:00Z
                 */
                EndTime?: string;
                /** @description The page to return, from 1. */
                PageNumber?: number;
                /** @description The number of tasks per page, 1 to 100. */
                PageSize?: number;
                /** @description Only tasks on these resources (image or disk IDs), up to 100. Sent as a repeat list: `ResourceIds.1=...&ResourceIds.2=...`. */
                ResourceIds?: string[];
                /** @description Invitational preview. When set, the other filters are ignored. */
                TaskGroupId?: string;
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeTasks";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["RpcForm"];
        responses: {
            200: components["responses"]["DescribeTasksOk"];
            400: components["responses"]["DescribeTasksBadRequest"];
            403: components["responses"]["DescribeTasksForbidden"];
            404: components["responses"]["DescribeTasksNotFound"];
            500: components["responses"]["DescribeTasksInternalError"];
            503: components["responses"]["DescribeTasksServiceUnavailable"];
        };
    };
    cancelTask: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "CancelTask";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the task. You can call the DescribeTasks operation to query the list of task IDs.
                 * @example t-ce946ntx4wr****
                 */
                TaskId: components["parameters"]["TaskId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "CancelTask";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CancelTaskOk"];
            400: components["responses"]["CancelTaskBadRequest"];
            403: components["responses"]["CancelTaskForbidden"];
            404: components["responses"]["CancelTaskNotFound"];
            500: components["responses"]["CancelTaskInternalError"];
            503: components["responses"]["CancelTaskServiceUnavailable"];
        };
    };
    cancelTaskWithPost: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "CancelTask";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the task. You can call the DescribeTasks operation to query the list of task IDs.
                 * @example t-ce946ntx4wr****
                 */
                TaskId: components["parameters"]["TaskId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "CancelTask";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["RpcForm"];
        responses: {
            200: components["responses"]["CancelTaskOk"];
            400: components["responses"]["CancelTaskBadRequest"];
            403: components["responses"]["CancelTaskForbidden"];
            404: components["responses"]["CancelTaskNotFound"];
            500: components["responses"]["CancelTaskInternalError"];
            503: components["responses"]["CancelTaskServiceUnavailable"];
        };
    };
    exportImage: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ExportImage";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the custom image to export.
                 * @example m-bp67acfmxazb4p****
                 */
                ImageId: string;
                /**
                 * @description The OSS bucket, in the same region, to export the image to.
                 * @example testexportimage
                 */
                OSSBucket: string;
                /**
                 * @description The prefix of the OSS object, 1 to 30 letters and digits; another value is refused with `InvalidOSSPrefix.Malformed`.
                 * @example EcsExport
                 */
                OSSPrefix?: string;
                /** @description The format of the exported file, compared without case (the official SDK's sample sends `VHD`); another value is refused with `InvalidImageFormat.Malformed`. The help page says only some regions (Tokyo, Jakarta, Frankfurt, Dubai, Virginia, London, Singapore, Kuala Lumpur, Silicon Valley) honour it and the others export RAW; the reference server honours it everywhere, and `InvalidImageFormat.RegionNotSupported` is injected as a fault. */
                ImageFormat?: "raw" | "vhd" | "qcow2" | "vmdk" | "vdi" | "RAW" | "VHD" | "QCOW2" | "VMDK" | "VDI";
                /** @description The RAM role ECS assumes to write to OSS. */
                RoleName?: string;
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ExportImage";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ExportImageOk"];
            400: components["responses"]["ExportImageBadRequest"];
            403: components["responses"]["ExportImageForbidden"];
            404: components["responses"]["ExportImageNotFound"];
            500: components["responses"]["ExportImageInternalError"];
            503: components["responses"]["ExportImageServiceUnavailable"];
        };
    };
    exportImageWithPost: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ExportImage";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /**
                 * @description The ID of the custom image to export.
                 * @example m-bp67acfmxazb4p****
                 */
                ImageId: string;
                /**
                 * @description The OSS bucket, in the same region, to export the image to.
                 * @example testexportimage
                 */
                OSSBucket: string;
                /**
                 * @description The prefix of the OSS object, 1 to 30 letters and digits; another value is refused with `InvalidOSSPrefix.Malformed`.
                 * @example EcsExport
                 */
                OSSPrefix?: string;
                /** @description The format of the exported file, compared without case (the official SDK's sample sends `VHD`); another value is refused with `InvalidImageFormat.Malformed`. The help page says only some regions (Tokyo, Jakarta, Frankfurt, Dubai, Virginia, London, Singapore, Kuala Lumpur, Silicon Valley) honour it and the others export RAW; the reference server honours it everywhere, and `InvalidImageFormat.RegionNotSupported` is injected as a fault. */
                ImageFormat?: "raw" | "vhd" | "qcow2" | "vmdk" | "vdi" | "RAW" | "VHD" | "QCOW2" | "VMDK" | "VDI";
                /** @description The RAM role ECS assumes to write to OSS. */
                RoleName?: string;
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ExportImage";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["RpcForm"];
        responses: {
            200: components["responses"]["ExportImageOk"];
            400: components["responses"]["ExportImageBadRequest"];
            403: components["responses"]["ExportImageForbidden"];
            404: components["responses"]["ExportImageNotFound"];
            500: components["responses"]["ExportImageInternalError"];
            503: components["responses"]["ExportImageServiceUnavailable"];
        };
    };
    importImage: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ImportImage";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /** @description The disks of the image, 1 to 17; the first is the system disk, and a disk numbered above 17 is ignored (help page). Sent as a repeat list of structures: `DiskDeviceMapping.1.OSSBucket=...&DiskDeviceMapping.1.OSSObject=...`. A request with no `DiskDeviceMapping.N.*` parameter at all is refused with 403 `MissingParameter.DiskDeviceMapping`; a disk without its `OSSBucket` or `OSSObject` with `MissingParameter` naming it, so the first disk is required in practice although the metadata marks the list optional (docs/decisions/0037). */
                DiskDeviceMapping: {
                    /** @description The OSS bucket that holds the image file, in the request's region. A bucket name is 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or a digit (OSS naming rules, https://www.alibabacloud.com/help/en/oss/user-guide/bucket-naming-conventions); another name is refused with `InvalidOSSBucket.Malformed`. The reference server does not hold names to the minimum of 3 characters, so that placeholders such as `b` keep working (docs/decisions/0037). */
                    OSSBucket: string;
                    /** @description The object (key) of the image file: 1 to 1023 bytes of UTF-8, not starting with `/` or `\` (OSS naming rules, https://www.alibabacloud.com/help/en/oss/user-guide/object-naming-conventions); another key is refused with `InvalidOSSObject.Malformed`. */
                    OSSObject: string;
                    /**
                     * @description The file format, compared without case; detected when absent. `VMDK` is in invitational preview (help page, SDK 7.11.6). Another value is refused with `InvalidImageFormat.Malformed`.
                     * @enum {string}
                     */
                    Format?: "RAW" | "VHD" | "QCOW2" | "VMDK" | "raw" | "vhd" | "qcow2" | "vmdk";
                    /** @description The size of the disk in GiB, 1 to 2048 for the system disk and for data disks alike (SDK 7.11.6 and the help page; the 2021 reference said 5 to 500 and 5 to 1,000). Another value is refused with `InvalidImageSize`. Detected from the image when absent. */
                    DiskImageSize?: number;
                    /**
                     * @deprecated
                     * @description Deprecated name of DiskImageSize, with the same range; another value is refused with `InvalidDataDiskSize`.
                     */
                    DiskImSize?: number;
                    /**
                     * @deprecated
                     * @description Deprecated device name of the disk, `/dev/xvda` to `/dev/xvdz` (2019 reference); another value is refused with 403 `InvalidParameter.Malformed`.
                     */
                    Device?: string;
                }[];
                /**
                 * @description The name of the image: 2 to 128 characters, starting with a letter (the SDK adds: or a Chinese character), not with `acs:` or `aliyun`, without `http://` or `https://`; letters, digits, `.`, `:`, `_` and `-`. Another name is refused with `InvalidImageName.Malformed`.
                 * @example ImageTestName
                 */
                ImageName?: string;
                /**
                 * @description The description of the image, 2 to 256 characters, not starting with `http://` or `https://`. Another value is refused with `InvalidDescription.Malformed`.
                 * @example TestDescription
                 */
                Description?: string;
                /** @description The system architecture; another value is refused with `InvalidArchitecture.Malformed`. */
                Architecture?: "i386" | "x86_64" | "arm64";
                /** @description The type of the operating system, compared without case; another value is refused with `InvalidOSType.Malformed`. */
                OSType?: "windows" | "linux";
                /** @description The distribution of the operating system, one of the SDK's list (the help page's list without `Other Windows`); another value is refused with `InvalidPlatform.Malformed`. */
                Platform?: "Aliyun" | "Anolis" | "CentOS" | "Ubuntu" | "CoreOS" | "SUSE" | "Debian" | "OpenSUSE" | "FreeBSD" | "RedHat" | "Kylin" | "UOS" | "Fedora" | "Fedora CoreOS" | "CentOS Stream" | "AlmaLinux" | "Rocky Linux" | "Gentoo" | "Customized Linux" | "Others Linux" | "Windows Server 2022" | "Windows Server 2019" | "Windows Server 2016" | "Windows Server 2012" | "Windows Server 2008" | "Windows Server 2003" | "Other Windows";
                /** @description The boot mode of the image: BIOS by default, UEFI by default and the only one allowed when `Architecture` is `arm64` (SDK 7.11.6). Another value is refused with `InvalidBootMode.Malformed`; `BIOS` with `arm64` with `InvalidBootMode.NotSupport`. */
                BootMode?: "BIOS" | "UEFI";
                /** @description The RAM role ECS assumes to read from OSS. */
                RoleName?: string;
                /** @description How the operating system is licensed. The SDK 7.11.6 lists `Aliyun` (the default) and `BYOL`; the metadata and the help page also `Auto` (their default), which is still accepted (docs/decisions/0037). Another value is refused with `InvalidLicenseType.NotSupported`. */
                LicenseType?: "Aliyun" | "BYOL" | "Auto";
                /** @description The image check to run after the import; absent, none. Only `Standard` exists; another value is refused with `InvalidParameter.DetectionStrategy`. */
                DetectionStrategy?: "Standard";
                /** @description Member `NvmeSupport` of the `Features` structure (the SDK sends a structure flattened as `Features.<Member>`): whether the image supports NVMe; absent, `unsupported` (SDK 7.11.6). No error is documented for another value, so the server accepts it (docs/decisions/0037). */
                "Features.NvmeSupport"?: "supported" | "unsupported";
                /** @description Member `ImdsSupport` of the `Features` structure: the metadata access mode of the image, `v1` by default. Another value is refused with `InvalidParameter.FeaturesImdsSupport`. */
                "Features.ImdsSupport"?: "v1" | "v2";
                /**
                 * @description The ARN of the CloudBox whose OSS holds the image file, only when importing from OSS on CloudBox: `arn:acs:cloudbox:{RegionId}:{AliUid}:cloudbox/{CloudBoxId}`. The reference server has no CloudBox: the value is accepted and the CloudBox errors are injected as faults.
                 * @example arn:acs:cloudbox:cn-hangzhou:123456:cloudbox/cb-xx***123
                 */
                StorageLocationArn?: string;
                /** @description Up to 20 tags, sent as `Tag.N.Key` and `Tag.N.Value`. Keys are compared without case: the same key twice is refused with 403 `TagKey.Duplication`. */
                Tag?: {
                    /** @description Not empty, up to 128 characters, not starting with `acs:` or `aliyun`, no `http://` or `https://`. */
                    Key: string;
                    /** @description Up to 128 characters, not starting with `acs:`, no `http://` or `https://`. */
                    Value?: string;
                }[];
                /** @description The resource group of the image. */
                ResourceGroupId?: string;
                /** @description A client-chosen token that makes the request idempotent: ASCII only, at most 64 characters; another value is refused with `InvalidClientToken.Malformed`. */
                ClientToken?: string;
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ImportImage";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ImportImageOk"];
            400: components["responses"]["ImportImageBadRequest"];
            403: components["responses"]["ImportImageForbidden"];
            404: components["responses"]["ImportImageNotFound"];
            500: components["responses"]["ImportImageInternalError"];
            503: components["responses"]["ImportImageServiceUnavailable"];
        };
    };
    importImageWithPost: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ImportImage";
                /**
                 * @description The region ID. You can call the DescribeRegions operation to query the most recent region list.
                 * @example cn-hangzhou
                 */
                RegionId: components["parameters"]["RegionId"];
                /** @description The disks of the image, 1 to 17; the first is the system disk, and a disk numbered above 17 is ignored (help page). Sent as a repeat list of structures: `DiskDeviceMapping.1.OSSBucket=...&DiskDeviceMapping.1.OSSObject=...`. A request with no `DiskDeviceMapping.N.*` parameter at all is refused with 403 `MissingParameter.DiskDeviceMapping`; a disk without its `OSSBucket` or `OSSObject` with `MissingParameter` naming it, so the first disk is required in practice although the metadata marks the list optional (docs/decisions/0037). */
                DiskDeviceMapping: {
                    /** @description The OSS bucket that holds the image file, in the request's region. A bucket name is 3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or a digit (OSS naming rules, https://www.alibabacloud.com/help/en/oss/user-guide/bucket-naming-conventions); another name is refused with `InvalidOSSBucket.Malformed`. The reference server does not hold names to the minimum of 3 characters, so that placeholders such as `b` keep working (docs/decisions/0037). */
                    OSSBucket: string;
                    /** @description The object (key) of the image file: 1 to 1023 bytes of UTF-8, not starting with `/` or `\` (OSS naming rules, https://www.alibabacloud.com/help/en/oss/user-guide/object-naming-conventions); another key is refused with `InvalidOSSObject.Malformed`. */
                    OSSObject: string;
                    /**
                     * @description The file format, compared without case; detected when absent. `VMDK` is in invitational preview (help page, SDK 7.11.6). Another value is refused with `InvalidImageFormat.Malformed`.
                     * @enum {string}
                     */
                    Format?: "RAW" | "VHD" | "QCOW2" | "VMDK" | "raw" | "vhd" | "qcow2" | "vmdk";
                    /** @description The size of the disk in GiB, 1 to 2048 for the system disk and for data disks alike (SDK 7.11.6 and the help page; the 2021 reference said 5 to 500 and 5 to 1,000). Another value is refused with `InvalidImageSize`. Detected from the image when absent. */
                    DiskImageSize?: number;
                    /**
                     * @deprecated
                     * @description Deprecated name of DiskImageSize, with the same range; another value is refused with `InvalidDataDiskSize`.
                     */
                    DiskImSize?: number;
                    /**
                     * @deprecated
                     * @description Deprecated device name of the disk, `/dev/xvda` to `/dev/xvdz` (2019 reference); another value is refused with 403 `InvalidParameter.Malformed`.
                     */
                    Device?: string;
                }[];
                /**
                 * @description The name of the image: 2 to 128 characters, starting with a letter (the SDK adds: or a Chinese character), not with `acs:` or `aliyun`, without `http://` or `https://`; letters, digits, `.`, `:`, `_` and `-`. Another name is refused with `InvalidImageName.Malformed`.
                 * @example ImageTestName
                 */
                ImageName?: string;
                /**
                 * @description The description of the image, 2 to 256 characters, not starting with `http://` or `https://`. Another value is refused with `InvalidDescription.Malformed`.
                 * @example TestDescription
                 */
                Description?: string;
                /** @description The system architecture; another value is refused with `InvalidArchitecture.Malformed`. */
                Architecture?: "i386" | "x86_64" | "arm64";
                /** @description The type of the operating system, compared without case; another value is refused with `InvalidOSType.Malformed`. */
                OSType?: "windows" | "linux";
                /** @description The distribution of the operating system, one of the SDK's list (the help page's list without `Other Windows`); another value is refused with `InvalidPlatform.Malformed`. */
                Platform?: "Aliyun" | "Anolis" | "CentOS" | "Ubuntu" | "CoreOS" | "SUSE" | "Debian" | "OpenSUSE" | "FreeBSD" | "RedHat" | "Kylin" | "UOS" | "Fedora" | "Fedora CoreOS" | "CentOS Stream" | "AlmaLinux" | "Rocky Linux" | "Gentoo" | "Customized Linux" | "Others Linux" | "Windows Server 2022" | "Windows Server 2019" | "Windows Server 2016" | "Windows Server 2012" | "Windows Server 2008" | "Windows Server 2003" | "Other Windows";
                /** @description The boot mode of the image: BIOS by default, UEFI by default and the only one allowed when `Architecture` is `arm64` (SDK 7.11.6). Another value is refused with `InvalidBootMode.Malformed`; `BIOS` with `arm64` with `InvalidBootMode.NotSupport`. */
                BootMode?: "BIOS" | "UEFI";
                /** @description The RAM role ECS assumes to read from OSS. */
                RoleName?: string;
                /** @description How the operating system is licensed. The SDK 7.11.6 lists `Aliyun` (the default) and `BYOL`; the metadata and the help page also `Auto` (their default), which is still accepted (docs/decisions/0037). Another value is refused with `InvalidLicenseType.NotSupported`. */
                LicenseType?: "Aliyun" | "BYOL" | "Auto";
                /** @description The image check to run after the import; absent, none. Only `Standard` exists; another value is refused with `InvalidParameter.DetectionStrategy`. */
                DetectionStrategy?: "Standard";
                /** @description Member `NvmeSupport` of the `Features` structure (the SDK sends a structure flattened as `Features.<Member>`): whether the image supports NVMe; absent, `unsupported` (SDK 7.11.6). No error is documented for another value, so the server accepts it (docs/decisions/0037). */
                "Features.NvmeSupport"?: "supported" | "unsupported";
                /** @description Member `ImdsSupport` of the `Features` structure: the metadata access mode of the image, `v1` by default. Another value is refused with `InvalidParameter.FeaturesImdsSupport`. */
                "Features.ImdsSupport"?: "v1" | "v2";
                /**
                 * @description The ARN of the CloudBox whose OSS holds the image file, only when importing from OSS on CloudBox: `arn:acs:cloudbox:{RegionId}:{AliUid}:cloudbox/{CloudBoxId}`. The reference server has no CloudBox: the value is accepted and the CloudBox errors are injected as faults.
                 * @example arn:acs:cloudbox:cn-hangzhou:123456:cloudbox/cb-xx***123
                 */
                StorageLocationArn?: string;
                /** @description Up to 20 tags, sent as `Tag.N.Key` and `Tag.N.Value`. Keys are compared without case: the same key twice is refused with 403 `TagKey.Duplication`. */
                Tag?: {
                    /** @description Not empty, up to 128 characters, not starting with `acs:` or `aliyun`, no `http://` or `https://`. */
                    Key: string;
                    /** @description Up to 128 characters, not starting with `acs:`, no `http://` or `https://`. */
                    Value?: string;
                }[];
                /** @description The resource group of the image. */
                ResourceGroupId?: string;
                /** @description A client-chosen token that makes the request idempotent: ASCII only, at most 64 characters; another value is refused with `InvalidClientToken.Malformed`. */
                ClientToken?: string;
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ImportImage";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["RpcForm"];
        responses: {
            200: components["responses"]["ImportImageOk"];
            400: components["responses"]["ImportImageBadRequest"];
            403: components["responses"]["ImportImageForbidden"];
            404: components["responses"]["ImportImageNotFound"];
            500: components["responses"]["ImportImageInternalError"];
            503: components["responses"]["ImportImageServiceUnavailable"];
        };
    };
    modifyDiskSpec: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ModifyDiskSpec";
                /**
                 * @description The ID of the disk.
                 * @example d-bp131n0q38u3a4zi****
                 */
                DiskId: string;
                /** @description The new category of the disk: `cloud_essd`, `cloud_auto` (ESSD AutoPL), `cloud_ssd`, `cloud_essd_entry` (ESSD Entry, China site; it can only become `cloud_essd` or `cloud_auto`), `cloud_efficiency`. Absent means the category does not change. */
                DiskCategory?: "cloud_essd" | "cloud_auto" | "cloud_ssd" | "cloud_essd_entry" | "cloud_efficiency";
                /** @description The new performance level of an ESSD, PL0 to PL3 (default PL1). */
                PerformanceLevel?: "PL0" | "PL1" | "PL2" | "PL3";
                /** @description The provisioned IOPS of an ESSD AutoPL disk, 0 to min{50,000, 1,000 × capacity − baseline}; only with `DiskCategory=cloud_auto`. */
                ProvisionedIops?: number;
                /** @description The zone to move the disk to while changing its category (invitational preview). */
                DestinationZoneId?: string;
                /** @description The target IOPS of a dedicated block storage cluster disk: 900 to the disk's maximum, in steps of 100. */
                "PerformanceControlOptions.IOPS"?: number;
                /** @description The target throughput in MB/s of a dedicated block storage cluster disk, from 60 to the disk's maximum. */
                "PerformanceControlOptions.Throughput"?: number;
                /** @description `All` resets the IOPS and throughput of a dedicated block storage cluster disk to their initial values; the other two options are then ignored. */
                "PerformanceControlOptions.Recover"?: "All";
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ModifyDiskSpec";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ModifyDiskSpecOk"];
            400: components["responses"]["ModifyDiskSpecBadRequest"];
            403: components["responses"]["ModifyDiskSpecForbidden"];
            404: components["responses"]["ModifyDiskSpecNotFound"];
            500: components["responses"]["ModifyDiskSpecInternalError"];
            503: components["responses"]["ModifyDiskSpecServiceUnavailable"];
        };
    };
    modifyDiskSpecWithPost: {
        parameters: {
            query: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "ModifyDiskSpec";
                /**
                 * @description The ID of the disk.
                 * @example d-bp131n0q38u3a4zi****
                 */
                DiskId: string;
                /** @description The new category of the disk: `cloud_essd`, `cloud_auto` (ESSD AutoPL), `cloud_ssd`, `cloud_essd_entry` (ESSD Entry, China site; it can only become `cloud_essd` or `cloud_auto`), `cloud_efficiency`. Absent means the category does not change. */
                DiskCategory?: "cloud_essd" | "cloud_auto" | "cloud_ssd" | "cloud_essd_entry" | "cloud_efficiency";
                /** @description The new performance level of an ESSD, PL0 to PL3 (default PL1). */
                PerformanceLevel?: "PL0" | "PL1" | "PL2" | "PL3";
                /** @description The provisioned IOPS of an ESSD AutoPL disk, 0 to min{50,000, 1,000 × capacity − baseline}; only with `DiskCategory=cloud_auto`. */
                ProvisionedIops?: number;
                /** @description The zone to move the disk to while changing its category (invitational preview). */
                DestinationZoneId?: string;
                /** @description The target IOPS of a dedicated block storage cluster disk: 900 to the disk's maximum, in steps of 100. */
                "PerformanceControlOptions.IOPS"?: number;
                /** @description The target throughput in MB/s of a dedicated block storage cluster disk, from 60 to the disk's maximum. */
                "PerformanceControlOptions.Throughput"?: number;
                /** @description `All` resets the IOPS and throughput of a dedicated block storage cluster disk to their initial values; the other two options are then ignored. */
                "PerformanceControlOptions.Recover"?: "All";
                /** @description Check the request without performing it. A request that would succeed gets the `DryRunOperation` error code. */
                DryRun?: components["parameters"]["DryRun"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "ModifyDiskSpec";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["RpcForm"];
        responses: {
            200: components["responses"]["ModifyDiskSpecOk"];
            400: components["responses"]["ModifyDiskSpecBadRequest"];
            403: components["responses"]["ModifyDiskSpecForbidden"];
            404: components["responses"]["ModifyDiskSpecNotFound"];
            500: components["responses"]["ModifyDiskSpecInternalError"];
            503: components["responses"]["ModifyDiskSpecServiceUnavailable"];
        };
    };
    describeRegions: {
        parameters: {
            query?: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeRegions";
                /** @description The billing method to list regions for. */
                InstanceChargeType?: "PrePaid" | "PostPaid" | "SpotWithPriceLimit" | "SpotAsPriceGo";
                /** @description The resource type to list regions for: `instance`, `disk`, `reservedinstance` or `scu` (default `instance`), compared without case: the reference page's own sample request sends `ResourceType=Instance`. */
                ResourceType?: string;
                /** @description The language of `LocalName`: `zh-CN` (Simplified Chinese, the default), `zh-TW` (Traditional Chinese; the metadata spells it `zh_TW`, and both are accepted), `en-US`, `ja`, `fr`, `de`, `ko`. Names are given in Chinese and English as Alibaba's pages write them; the reference server answers the other languages with the English names (no source gives them; docs/decisions/0039-describe-regions-and-the-rest.md). */
                AcceptLanguage?: "zh-CN" | "zh-TW" | "zh_TW" | "en-US" | "ja" | "fr" | "de" | "ko";
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeRegions";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DescribeRegionsOk"];
            400: components["responses"]["DescribeRegionsBadRequest"];
            403: components["responses"]["DescribeRegionsForbidden"];
            404: components["responses"]["DescribeRegionsNotFound"];
            500: components["responses"]["DescribeRegionsInternalError"];
            503: components["responses"]["DescribeRegionsServiceUnavailable"];
        };
    };
    describeRegionsWithPost: {
        parameters: {
            query?: {
                /** @description V1 only. The operation; V3 requests name it in the `x-acs-action` header instead. */
                Action?: "DescribeRegions";
                /** @description The billing method to list regions for. */
                InstanceChargeType?: "PrePaid" | "PostPaid" | "SpotWithPriceLimit" | "SpotAsPriceGo";
                /** @description The resource type to list regions for: `instance`, `disk`, `reservedinstance` or `scu` (default `instance`), compared without case: the reference page's own sample request sends `ResourceType=Instance`. */
                ResourceType?: string;
                /** @description The language of `LocalName`: `zh-CN` (Simplified Chinese, the default), `zh-TW` (Traditional Chinese; the metadata spells it `zh_TW`, and both are accepted), `en-US`, `ja`, `fr`, `de`, `ko`. Names are given in Chinese and English as Alibaba's pages write them; the reference server answers the other languages with the English names (no source gives them; docs/decisions/0039-describe-regions-and-the-rest.md). */
                AcceptLanguage?: "zh-CN" | "zh-TW" | "zh_TW" | "en-US" | "ja" | "fr" | "de" | "ko";
                /** @description Hidden parameter of the official SDK models; not documented. */
                OwnerId?: components["parameters"]["OwnerId"];
                /** @description Hidden parameter: in the official SDK's models of DescribeRegions, DescribeTasks and ModifyDiskSpec (not of CancelTask, DescribeTaskAttribute, ExportImage or ImportImage), not on the reference pages; accepted and ignored. */
                OwnerAccount?: components["parameters"]["OwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerAccount?: components["parameters"]["ResourceOwnerAccount"];
                /** @description Hidden parameter of the official SDK models; not documented. */
                ResourceOwnerId?: components["parameters"]["ResourceOwnerId"];
                /** @description The API version, `2014-05-26`. V1 requests send it here; V3 requests send `x-acs-version`. */
                Version?: components["parameters"]["Version"];
                /**
                 * @description The response format, `JSON` or `XML`, compared without case (the official SDK sends `json`, pop-core `JSON`). When absent, a V1 request gets XML, as documented, and a V3 request gets JSON (see docs/decisions/0006-response-format.md).
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 only. The AccessKey ID that signed the request.
                 * @example testid
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /** @description V1 only. The signature method, `HMAC-SHA1`. */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description V1 only. The signature version, `1.0`. */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 only. A value unique to each request, against replay.
                 * @example 3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /** @description V1 only. Sent empty by some SDKs for HMAC-SHA1; when present it takes part in the signature like any other parameter. */
                SignatureType?: components["parameters"]["SignatureType"];
                /**
                 * @description V1 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2016-02-23T12:46:24Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /** @description V1 only. The STS security token, when the AccessKey is temporary. */
                SecurityToken?: components["parameters"]["SecurityToken"];
            };
            header?: {
                /** @description V3 only. The operation; V1 requests name it in the `Action` parameter instead. */
                "x-acs-action"?: "DescribeRegions";
                /** @description V3 only. The API version, `2014-05-26`. */
                "x-acs-version"?: components["parameters"]["XAcsVersion"];
                /**
                 * @description V3 only. The UTC time of signing, `yyyy-MM-ddTHH:mm:ssZ`; it must be within 15 minutes of the server's time.
                 * @example 2023-10-26T10:22:32Z
                 */
                "x-acs-date"?: components["parameters"]["XAcsDate"];
                /**
                 * @description V3 only. A value unique to each request, against replay.
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["XAcsSignatureNonce"];
                /**
                 * @description V3 only. The lower-case hex SHA-256 of the body (`e3b0c442...b855` for an empty body), or its SM3 hash with `ACS3-HMAC-SM3`.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["XAcsContentSha256"];
                /** @description V3 only. The STS security token, when the AccessKey is temporary. */
                "x-acs-security-token"?: components["parameters"]["XAcsSecurityToken"];
                /** @description V3 only. The AccessKey ID, sent beside an STS token. */
                "x-acs-accesskey-id"?: components["parameters"]["XAcsAccessKeyId"];
                /**
                 * @description V3 only. Sent (and signed) by the official SDK, `static_ak` or `static_sts`; informational.
                 * @example static_ak
                 */
                "x-acs-credentials-provider"?: components["parameters"]["XAcsCredentialsProvider"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["RpcForm"];
        responses: {
            200: components["responses"]["DescribeRegionsOk"];
            400: components["responses"]["DescribeRegionsBadRequest"];
            403: components["responses"]["DescribeRegionsForbidden"];
            404: components["responses"]["DescribeRegionsNotFound"];
            500: components["responses"]["DescribeRegionsInternalError"];
            503: components["responses"]["DescribeRegionsServiceUnavailable"];
        };
    };
}
