import { packageTestConfig } from "../../vitest.shared.js";

// Several tests run the whole suite (about 1 s alone); CI runs every package's tests at once on two cores,
// where one took 5.6 s against the default 5 s.
export default packageTestConfig({ test: { testTimeout: 30_000 } });
