import { packageTestConfig } from "../../vitest.shared.js";

// These tests start servers, install packages and run programs as separate processes.
export default packageTestConfig({ test: { testTimeout: 180_000, hookTimeout: 180_000 } });
