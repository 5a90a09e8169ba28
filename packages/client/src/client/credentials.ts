import type { Credentials } from "@ecs-tasks/signing";

/** Static credentials, or a function that returns current ones (for rotating STS tokens). */
export type CredentialsSource = Credentials | (() => Credentials | Promise<Credentials>);

/** What the client signs with: credentials, or `"anonymous"` to send unsigned requests on purpose. */
export type CredentialsOption = CredentialsSource | "anonymous";

/** Why a call is refused when the client found no credentials, and the three ways out. */
export const MISSING_CREDENTIALS_MESSAGE =
  "No credentials to sign the request with. Pass `credentials: { accessKeyId, accessKeySecret }` to " +
  "createEcsClient, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and " +
  "ALIBABA_CLOUD_SECURITY_TOKEN for an STS token) where the runtime has an environment. For unsigned " +
  'requests to a server that does not check them, such as the reference server, pass `credentials: "anonymous"`.';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads the official SDKs' environment variables, where the runtime has an environment: Node, Bun, and
 * Deno through its `process`. Browsers and Workers have none. No `node:` import, so the client still
 * bundles for them.
 */
export function credentialsFromEnvironment(): Credentials | undefined {
  let accessKeyId: string | undefined;
  let accessKeySecret: string | undefined;
  let securityToken: string | undefined;
  try {
    const env = (globalThis as { process?: { env?: Environment } }).process?.env;
    accessKeyId = env?.ALIBABA_CLOUD_ACCESS_KEY_ID;
    accessKeySecret = env?.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
    securityToken = env?.ALIBABA_CLOUD_SECURITY_TOKEN;
  } catch {
    // Deno without --allow-env throws on reading a variable: no environment, then.
    return undefined;
  }
  if (!accessKeyId && !accessKeySecret) {
    return undefined;
  }
  if (!accessKeyId || !accessKeySecret) {
    const missing = accessKeyId ? "ALIBABA_CLOUD_ACCESS_KEY_SECRET" : "ALIBABA_CLOUD_ACCESS_KEY_ID";
    throw new TypeError(
      `${missing} is empty or not set while its pair is: set both, or pass credentials to createEcsClient.`,
    );
  }
  return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
}

/** The explicit option first, then the environment; `undefined` when there are none (calls are then refused). */
export function resolveCredentials(option: CredentialsOption | undefined): CredentialsOption | undefined {
  return option ?? credentialsFromEnvironment();
}
