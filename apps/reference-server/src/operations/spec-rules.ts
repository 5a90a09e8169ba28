import { type ActionName, ecsOperations } from "@ecs-tasks/contract";

type Schema = Readonly<Record<string, unknown>>;

/**
 * The schema the spec gives a parameter of `action`: `path` is a parameter's name (`Platform`,
 * `Features.ImdsSupport`) or, for a repeat-list parameter, `List.Field` (`DiskDeviceMapping.Format`).
 * The operations check values against the contract's rules rather than copies of them; a rule the spec
 * does not have fails when the module loads, not on a request.
 */
function specSchema(action: ActionName, path: string): Schema {
  const parameters = ecsOperations.find((operation) => operation.action === action)?.parameters ?? [];
  const named = parameters.find((parameter) => parameter.name === path);
  if (named !== undefined) {
    return named.schema;
  }
  const dot = path.indexOf(".");
  const items = parameters.find((parameter) => parameter.name === path.slice(0, dot))?.schema.items as
    | Schema
    | undefined;
  const field = (items?.properties as Readonly<Record<string, Schema>> | undefined)?.[path.slice(dot + 1)];
  if (field === undefined) {
    throw new Error(`The spec gives ${action} no parameter ${path}.`);
  }
  return field;
}

function keyword(action: ActionName, path: string, name: string): unknown {
  const value = specSchema(action, path)[name];
  if (value === undefined) {
    throw new Error(`The spec gives ${action} ${path} no ${name}.`);
  }
  return value;
}

/** The values the spec allows for `path` of `action` (its `enum`). */
export function specEnum(action: ActionName, path: string): ReadonlySet<string> {
  return new Set(keyword(action, path, "enum") as readonly string[]);
}

/** The spec's `pattern` for `path` of `action`, as JSON Schema reads it (Unicode). */
export function specPattern(action: ActionName, path: string): RegExp {
  return new RegExp(keyword(action, path, "pattern") as string, "u");
}

/** A numeric keyword (`minimum`, `maxLength`, `maxItems`...) the spec gives `path` of `action`. */
export function specNumber(
  action: ActionName,
  path: string,
  name: "minimum" | "maximum" | "minLength" | "maxLength" | "maxItems",
): number {
  return keyword(action, path, name) as number;
}
