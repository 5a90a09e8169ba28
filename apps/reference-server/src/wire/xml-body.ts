const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Whether a UTF-16 code unit at `i` is a character XML 1.0 can carry (controls and lone surrogates cannot). */
function isXmlChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x20) {
    return code === 0x09 || code === 0x0a || code === 0x0d;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return previous >= 0xd800 && previous <= 0xdbff;
  }
  return code !== 0xfffe && code !== 0xffff;
}

function escapeXml(text: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const replacement = ESCAPES[c] ?? (isXmlChar(text, i) ? undefined : "\uFFFD");
    if (replacement !== undefined) {
      out += text.slice(start, i) + replacement;
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

function writeValue(name: string, value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    // ECS writes a list as the element repeated: <OperationProgress>…</OperationProgress><OperationProgress>…
    for (const item of value) {
      writeValue(name, item, out);
    }
    return;
  }
  out.push(`<${name}>`);
  if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      writeValue(key, child, out);
    }
  } else if (value !== undefined && value !== null) {
    out.push(escapeXml(String(value)));
  }
  out.push(`</${name}>`);
}

/** Serialises a JSON-shaped body as ECS XML under the root element `root` (e.g. `DescribeTaskAttributeResponse`). */
export function toXml(root: string, body: Readonly<Record<string, unknown>>): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  writeValue(root, body, out);
  return out.join("");
}
