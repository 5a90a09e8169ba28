import { describe, expect, it } from "vitest";
import { parseSettings, SettingsError } from "./cli-settings.js";

describe("parseSettings", () => {
  it("defaults to 127.0.0.1:8080, a one-minute task and the control API on", () => {
    expect(parseSettings([], {})).toEqual({
      host: "127.0.0.1",
      port: 8080,
      taskDurationMs: 60_000,
      control: true,
      seed: undefined,
      auth: "off",
      accessKeys: [],
      limits: {
        maxParameterLength: 4096,
        requestLogBytes: 8 * 1024 * 1024,
        maxFaults: 1000,
        maxTaskFates: 1000,
        maxControlBodyBytes: 64 * 1024,
        maxNoncesPerKey: 1_000_000,
        maxConnections: 1000,
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
      },
      help: false,
    });
  });

  it("reads each limit from its flag or environment variable, and refuses a limit that is no positive integer", () => {
    const settings = parseSettings(
      ["--max-parameter-length", "100", "--max-connections=5", "--headers-timeout", "300"],
      { ECS_REFERENCE_MAX_NONCES_PER_KEY: "7", ECS_REFERENCE_MAX_CONNECTIONS: "9" },
    );
    expect(settings.limits).toMatchObject({
      maxParameterLength: 100,
      maxConnections: 5,
      headersTimeoutMs: 300,
      maxNoncesPerKey: 7,
      maxFaults: 1000,
    });
    expect(() => parseSettings(["--max-faults", "0"], {})).toThrow(/--max-faults must be an integer from 1/);
    expect(() => parseSettings(["--request-log-bytes", "lots"], {})).toThrow(/--request-log-bytes must be/);
    expect(() => parseSettings(["--headers-timeout", "40000"], {})).toThrow(
      /--headers-timeout \(40000\) must not be longer than --request-timeout \(30000\)/,
    );
  });

  it("reads the environment, and flags win over it", () => {
    const env = {
      PORT: "9000",
      HOST: "0.0.0.0",
      ECS_REFERENCE_TASK_DURATION_MS: "500",
      ECS_REFERENCE_CONTROL: "OFF",
    };
    expect(parseSettings([], env)).toMatchObject({
      host: "0.0.0.0",
      port: 9000,
      taskDurationMs: 500,
      control: false,
    });
    expect(
      parseSettings(["--port", "0", "--task-duration=10", "--control", "on", "--seed", "x"], env),
    ).toMatchObject({
      port: 0,
      taskDurationMs: 10,
      control: true,
      seed: "x",
    });
    expect(parseSettings(["--help"], {}).help).toBe(true);
  });

  it("keeps tasks in memory unless a database file is named, by flag or environment", () => {
    expect(parseSettings([], {}).db).toBeUndefined();
    expect(parseSettings([], { ECS_REFERENCE_DB: "" }).db).toBeUndefined();
    expect(parseSettings([], { ECS_REFERENCE_DB: "/tmp/env.db" }).db).toBe("/tmp/env.db");
    expect(parseSettings(["--db", "tasks.db"], { ECS_REFERENCE_DB: "/tmp/env.db" }).db).toBe("tasks.db");
    expect(parseSettings(["--db=x.db"], {}).db).toBe("x.db");
  });

  it.each([
    [["--port", "http"], /--port must be an integer/],
    [["--port", "70000"], /--port must be an integer/],
    [["--task-duration", "-5"], /--task-duration must be an integer/],
    [["--control", "maybe"], /--control must be "on" or "off"/],
    [["--verbose"], /Unknown option "--verbose"/],
    [["--port"], /--port needs a value/],
  ])("refuses %j, saying how to fix it", (argv, message) => {
    expect(() => parseSettings(argv, {})).toThrow(message);
  });
});

describe("authentication settings", () => {
  it("reads --auth and repeatable --access-key, flags replacing the environment's list", () => {
    const settings = parseSettings(["--auth", "verify", "--access-key", "a:s1", "--access-key=b:s:2"], {
      ECS_REFERENCE_ACCESS_KEYS: "env:ignored",
    });
    expect(settings.auth).toBe("verify");
    expect(settings.accessKeys).toEqual([
      { accessKeyId: "a", accessKeySecret: "s1" },
      { accessKeyId: "b", accessKeySecret: "s:2" },
    ]);
  });

  it("reads ECS_REFERENCE_AUTH and ECS_REFERENCE_ACCESS_KEYS, off by default", () => {
    expect(parseSettings([], {}).auth).toBe("off");
    const settings = parseSettings([], {
      ECS_REFERENCE_AUTH: "verify",
      ECS_REFERENCE_ACCESS_KEYS: "a:1,b:2",
    });
    expect(settings.accessKeys.map((key) => key.accessKeyId)).toEqual(["a", "b"]);
  });

  it("refuses verify without keys, a bad mode and a malformed pair, never echoing a secret", () => {
    expect(() => parseSettings(["--auth", "verify"], {})).toThrow(/--access-key ID:SECRET/);
    expect(() => parseSettings(["--auth", "on"], {})).toThrow(/"off" or "verify"/);
    expect(() => parseSettings(["--access-key", ":topsecret"], {})).toThrow(SettingsError);
    expect(() => parseSettings(["--access-key", ":topsecret"], {})).not.toThrow(/topsecret/);
  });
});
