import { canonicalRegionId } from "../regions/region-catalogue.js";
import type { OperationCall, OperationDeps } from "./operation.js";

/** A parameter's value; an empty value counts as absent. */
export function optional(call: OperationCall, name: string): string | undefined {
  const value = call.params.get(name);
  return value === "" ? undefined : value;
}

/** A required parameter, or the documented `MissingParameter` error for it. */
export function required(deps: OperationDeps, call: OperationCall, name: string): string {
  const value = optional(call, name);
  if (value === undefined) {
    throw deps.errors.missingParameter(call.action, name);
  }
  return value;
}

/** Checks that every named parameter is present, in order, before any value is looked at. */
export function requireAll(deps: OperationDeps, call: OperationCall, names: readonly string[]): void {
  for (const name of names) {
    required(deps, call, name);
  }
}

/** The required `RegionId`, which must name a known region. */
export function knownRegion(deps: OperationDeps, call: OperationCall): string {
  const regionId = canonicalRegionId(required(deps, call, "RegionId"));
  if (regionId === undefined) {
    throw deps.errors.error(call.action, "InvalidRegionId.NotFound");
  }
  return regionId;
}

/** Whether a boolean parameter is `true` (compared without case). */
export function isTrue(value: string | undefined): boolean {
  return value !== undefined && value.toLowerCase() === "true";
}

/** Throws `DryRunOperation` when `DryRun=true`: the request would have succeeded. */
export function stopOnDryRun(deps: OperationDeps, call: OperationCall): void {
  if (isTrue(optional(call, "DryRun"))) {
    throw deps.errors.error(call.action, "DryRunOperation");
  }
}
