// Headers a user sends on every request (`--header`), for a gateway in front of the server.

// RFC 9110 token characters: what a header name may be made of.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Control characters (CR and LF above all) would split one header into two; a tab is allowed.
function isHeaderValue(value: string): boolean {
  return [...value].every((char) => {
    const code = char.charCodeAt(0);
    return code === 0x09 || (code >= 0x20 && code !== 0x7f);
  });
}

// Headers the suite sets itself: a user's value would change what a check sends, or break the signature.
const SUITE_HEADERS = new Set([
  "host",
  "content-type",
  "content-length",
  "x-acs-action",
  "x-acs-version",
  "x-acs-date",
  "x-acs-signature-nonce",
  "x-acs-content-sha256",
  "x-acs-security-token",
]);

// Names that usually carry a secret (a gateway's bearer token, an API key, a cookie): never reported.
const SECRET_NAME = /auth|token|secret|passw|key|cookie|session|credential|signature/i;

/** The header every request carries an STS token in (V3): a secret. */
export const SECURITY_TOKEN_HEADER = "x-acs-security-token";

/** Parses `NAME:VALUE` as `--header` takes it; throws an Error that says what is wrong. */
export function parseHeader(text: string): [string, string] {
  const colon = text.indexOf(":");
  if (colon <= 0) {
    throw new Error(`--header must be NAME:VALUE, got "${text}"`);
  }
  return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

/**
 * Checks the extra headers and returns the lower-case names whose values must not be reported (with the
 * STS token header). `signed`: the run signs requests, so `Authorization` is the suite's own.
 */
export function checkHeaders(headers: Readonly<Record<string, string>>, signed: boolean): Set<string> {
  const secret = new Set([SECURITY_TOKEN_HEADER]);
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name)) {
      throw new Error(`header name "${name}" is not a valid HTTP header name`);
    }
    if (!isHeaderValue(value)) {
      throw new Error(`the value of header ${name} has a control character (a line break?)`);
    }
    if (SUITE_HEADERS.has(lower) || (signed && lower === "authorization")) {
      throw new Error(`header ${name} is set by the suite itself (it names the action or signs the request)`);
    }
    if (seen.has(lower)) {
      throw new Error(`header ${name} is given twice`);
    }
    seen.add(lower);
    if (SECRET_NAME.test(lower)) {
      secret.add(lower);
    }
  }
  return secret;
}
