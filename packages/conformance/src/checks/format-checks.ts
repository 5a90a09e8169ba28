import { isJsonObject } from "../spec/json-value.js";
import type { Exchange } from "../wire/exchange.js";
import { errorExpectation } from "./answer-expectations.js";
import type { CheckContext, CheckDefinition, Expectation } from "./check.js";
import { sampleCall } from "./sample-request.js";

const XML_DECLARATION = /^\s*<\?xml[^>]*\?>\s*</;
const DECISION = "docs/decisions/0006-response-format.md";

function elementText(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

function expectXml(
  context: CheckContext,
  exchange: Exchange,
  root: string,
  status: number,
  expected: Expectation,
) {
  const received = exchange.received;
  if (received === undefined) {
    context.fail({ message: `no answer: ${exchange.transportError ?? "unknown"}`, expected, exchange });
    return undefined;
  }
  const problems: string[] = [];
  if (received.status !== status) {
    problems.push(`status ${received.status}, expected ${status}`);
  }
  const type = received.headers["content-type"] ?? "";
  if (!/^(text|application)\/xml\b/i.test(type)) {
    problems.push(`content-type ${JSON.stringify(type)}, expected text/xml`);
  }
  if (!XML_DECLARATION.test(received.body)) {
    problems.push("the body does not start with an XML declaration");
  } else if (!new RegExp(`<${root}[\\s>]`).test(received.body)) {
    problems.push(`the body has no <${root}> element`);
  }
  if (problems.length > 0) {
    context.fail({ message: problems.join("; "), expected, exchange });
    return undefined;
  }
  return received.body;
}

async function describeTaskCall(context: CheckContext) {
  const operation = context.operation("DescribeTaskAttribute");
  return { operation, call: sampleCall(operation, context.region, await context.fixtures.existingTask()) };
}

/** The response format rules: `Format` wins (without case), V1 without it gets XML, errors follow suit. */
export function formatChecks(): CheckDefinition[] {
  return [
    {
      id: "format.xml-when-asked",
      title: "Format=XML gets an XML DescribeTaskAttributeResponse as text/xml",
      tags: ["format"],
      phase: "request",
      async run(context) {
        const { operation, call } = await describeTaskCall(context);
        const exchange = await context.send(operation.action, { ...call, format: "XML" });
        const body = expectXml(context, exchange, "DescribeTaskAttributeResponse", 200, {
          summary: `200 text/xml <DescribeTaskAttributeResponse> (${DECISION})`,
          specPointer: "/components/responses/DescribeTaskAttributeOk/content/text~1xml",
        });
        if (
          body !== undefined &&
          elementText(body, "TaskId") !== call.params.find(([n]) => n === "TaskId")?.[1]
        ) {
          context.fail({ message: "the XML answer does not name the task asked for in <TaskId>", exchange });
        }
      },
    },
    {
      id: "format.v1-default-xml",
      title: "A V1 request (Action parameter) without Format gets XML, as ECS documents",
      tags: ["format"],
      phase: "request",
      async run(context) {
        const operation = context.operation("DescribeRegions");
        const exchange = await context.send(operation.action, {
          ...sampleCall(operation, context.region),
          style: "v1",
          format: null,
        });
        expectXml(context, exchange, "DescribeRegionsResponse", 200, {
          summary: `200 text/xml <DescribeRegionsResponse> (${DECISION})`,
          specPointer: "/components/parameters/Format",
        });
      },
    },
    {
      id: "format.xml-error",
      title: "An error asked for as XML is an <Error> with the documented Code",
      tags: ["format", "errors"],
      phase: "request",
      async run(context) {
        const { operation, call } = await describeTaskCall(context);
        const error = operation.errors.find((candidate) => candidate.name === "InvalidRegionId.NotFound");
        const replaced = error?.trigger.set;
        if (error === undefined || replaced === undefined) {
          return context.skip("the spec documents no InvalidRegionId.NotFound for DescribeTaskAttribute");
        }
        const params = call.params.map(([name, value]): [string, string] => [name, replaced[name] ?? value]);
        const exchange = await context.send(operation.action, { ...call, params, format: "xml" });
        const expected = errorExpectation(error);
        const body = expectXml(context, exchange, "Error", error.status, expected);
        if (body !== undefined && elementText(body, "Code") !== error.code) {
          context.fail({
            message: `<Code> is ${JSON.stringify(elementText(body, "Code"))}`,
            expected,
            exchange,
          });
        }
      },
    },
    {
      id: "format.json-any-case",
      title: "Format=json (lower case) gets JSON",
      tags: ["format"],
      phase: "request",
      async run(context) {
        const operation = context.operation("DescribeRegions");
        const exchange = await context.send(operation.action, {
          ...sampleCall(operation, context.region),
          format: "json",
        });
        if (!isJsonObject(exchange.received?.json) || exchange.received?.status !== 200) {
          context.fail({
            message: `answered ${exchange.received?.status ?? exchange.transportError} without a JSON object body`,
            expected: {
              summary: `200 application/json (${DECISION})`,
              specPointer: "/components/parameters/Format",
            },
            exchange,
          });
        }
      },
    },
  ];
}
