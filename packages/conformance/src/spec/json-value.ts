/** A JSON object as the bundled spec and response bodies hold it. */
export type JsonObject = { [key: string]: unknown };

/** Whether a value is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
