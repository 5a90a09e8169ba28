import type { ParameterPair } from "@ecs-tasks/signing";

function flattenInto(out: ParameterPair[], name: string, value: unknown): void {
  if (value === undefined || value === null) {
    return;
  }
  if (Array.isArray(value)) {
    // RepeatList: 1-based indexes, as ECS and the official SDK number them.
    value.forEach((item, index) => {
      flattenInto(out, `${name}.${index + 1}`, item);
    });
    return;
  }
  if (typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      flattenInto(out, `${name}.${key}`, item);
    }
    return;
  }
  out.push([name, String(value)]);
}

/**
 * Flattens typed request parameters into the RPC wire form: lists become `Name.N`, objects
 * `Name.Key` (so `DiskDeviceMapping.1.OSSBucket`), numbers and booleans their string; undefined is left out.
 */
export function flattenParameters(parameters: object): ParameterPair[] {
  const out: ParameterPair[] = [];
  for (const [name, value] of Object.entries(parameters)) {
    flattenInto(out, name, value);
  }
  return out;
}
