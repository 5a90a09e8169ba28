import { describe, expect, it } from "vitest";
import { parseSettings } from "./cli-settings.js";

describe("parseSettings", () => {
  it("defaults to 127.0.0.1:8080, a one-minute task and the control API on", () => {
    expect(parseSettings([], {})).toEqual({
      host: "127.0.0.1",
      port: 8080,
      taskDurationMs: 60_000,
      control: true,
      seed: undefined,
      help: false,
    });
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
