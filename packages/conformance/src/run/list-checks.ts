import { planChecks } from "./plan-checks.js";

/** A check as listed before any run: its id, title and tags. */
export interface CheckSummary {
  id: string;
  title: string;
  tags: string[];
}

/** Every check the spec yields, without contacting any server. */
export function listChecks(): CheckSummary[] {
  return planChecks().map(({ id, title, tags }) => ({ id, title, tags }));
}
