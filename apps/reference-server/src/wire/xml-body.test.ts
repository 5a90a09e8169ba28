import { describe, expect, it } from "vitest";
import { toXml } from "./xml-body.js";

describe("toXml", () => {
  it("writes lists as repeated elements and empty strings as empty elements", () => {
    expect(toXml("R", { A: "", B: 1, C: true, S: { Item: [{ N: "x" }, { N: "y" }] }, E: { Item: [] } })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><R><A></A><B>1</B><C>true</C><S><Item><N>x</N></Item><Item><N>y</N></Item></S><E></E></R>',
    );
  });

  it("escapes markup and replaces what XML cannot carry, keeping valid pairs", () => {
    expect(toXml("R", { V: `<a href="x">&'</a>` })).toContain(
      "<V>&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;</V>",
    );
    expect(toXml("R", { V: "a\u0000b\u001Fc\tö😀\uD800d\uDC00" })).toContain(
      "<V>a\uFFFDb\uFFFDc\tö😀\uFFFDd\uFFFD</V>",
    );
  });
});
