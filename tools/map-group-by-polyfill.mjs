// vitest 5 targets Node 22 and calls `Map.groupBy` (Node 21+) when it prints a failed test; on Node 20 the
// reporter then crashes before it writes its report, hiding the failure's details. Each package's
// vitest.config.ts imports this file, which is loaded in vitest's main process before any reporter runs.
if (typeof Map.groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    configurable: true,
    writable: true,
    value(items, keyOf) {
      const groups = new Map();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) {
          group.push(item);
        } else {
          groups.set(key, [item]);
        }
      }
      return groups;
    },
  });
}
if (typeof Object.groupBy !== "function") {
  Object.defineProperty(Object, "groupBy", {
    configurable: true,
    writable: true,
    value(items, keyOf) {
      const groups = Object.create(null);
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        if (!(key in groups)) {
          groups[key] = [];
        }
        groups[key].push(item);
      }
      return groups;
    },
  });
}
