import type { CheckDefinition } from "../checks/check.js";

function matches(check: CheckDefinition, selector: string): boolean {
  return check.id === selector || check.id.startsWith(`${selector}.`) || check.tags.includes(selector);
}

/**
 * Keeps the checks that `only` selects (all when empty) and `skip` does not. A selector is a check id, an id
 * prefix ending at a dot boundary (`errors.CancelTask`) or a tag (`lifecycle`).
 */
export function selectChecks(
  checks: readonly CheckDefinition[],
  only: readonly string[],
  skip: readonly string[],
): CheckDefinition[] {
  return checks.filter((check) => {
    const selected = only.length === 0 || only.some((selector) => matches(check, selector));
    return selected && !skip.some((selector) => matches(check, selector));
  });
}

/** The selectors that match no check at all (a typo, most likely). */
export function unknownSelectors(checks: readonly CheckDefinition[], selectors: readonly string[]): string[] {
  return selectors.filter((selector) => !checks.some((check) => matches(check, selector)));
}
