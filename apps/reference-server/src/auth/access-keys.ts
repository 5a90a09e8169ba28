/** Whether the server checks signatures (`verify`) or takes any or no credentials (`off`). */
export type AuthMode = "off" | "verify";

/** A key pair the server accepts in `verify` mode; its AccessKeyId is also the account its tasks belong to. */
export interface AccessKey {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** A malformed key-pair setting; the message says how to write it, and never repeats a secret. */
export class AccessKeyFormatError extends Error {}

/** Parses one `ID:SECRET` pair (the secret may itself contain `:`). */
export function parseAccessKey(text: string): AccessKey {
  const at = text.indexOf(":");
  const accessKeyId = at === -1 ? text.trim() : text.slice(0, at).trim();
  const accessKeySecret = at === -1 ? "" : text.slice(at + 1);
  if (accessKeyId === "" || accessKeySecret === "" || /[\s,]/.test(accessKeyId)) {
    // Only the id is echoed: a secret must not reach a terminal or a CI log.
    throw new AccessKeyFormatError(
      `An access key must be written ID:SECRET with a non-empty id (no spaces or commas) and secret; got one with id "${accessKeyId}".`,
    );
  }
  return { accessKeyId, accessKeySecret };
}

/** Parses a comma-separated list of `ID:SECRET` pairs, as `ECS_REFERENCE_ACCESS_KEYS` holds them. */
export function parseAccessKeyList(text: string): AccessKey[] {
  return text
    .split(",")
    .filter((part) => part.trim() !== "")
    .map(parseAccessKey);
}
