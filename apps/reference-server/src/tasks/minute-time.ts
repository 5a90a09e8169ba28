const MINUTE_MS = 60_000;
const DAY_MINUTES = 1_440;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Formats epoch milliseconds as ECS does in task responses: UTC at minute precision, `YYYY-MM-DDThh:mmZ`.
 * Every task answer formats two times, so this is arithmetic (Hinnant's days-to-civil) rather than a
 * `Date` and `toISOString` each time. Years 1970 to 9999.
 */
export function formatMinuteTime(ms: number): string {
  const minutes = Math.floor(ms / MINUTE_MS);
  const days = Math.floor(minutes / DAY_MINUTES);
  const minuteOfDay = minutes - days * DAY_MINUTES;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}Z`;
}

// DescribeTasks documents `yyyy-MM-ddTHH:mm:ssZ`; its oldest page and every response use `yyyy-MM-ddTHH:mmZ`.
const TIME_FILTER = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/;

/** Parses a `StartTime`/`EndTime` filter (`yyyy-MM-ddTHH:mm:ssZ` or `yyyy-MM-ddTHH:mmZ`); undefined when malformed. */
export function parseTimeFilter(text: string): number | undefined {
  const match = TIME_FILTER.exec(text);
  if (match === null) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number | undefined,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, Number.isNaN(second) ? 0 : (second ?? 0));
  const back = new Date(ms);
  // Date.UTC rolls 2020-02-31 over into March; a calendar date that does not exist is malformed.
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59) {
    return undefined;
  }
  if (second !== undefined && !Number.isNaN(second) && second > 59) {
    return undefined;
  }
  return ms;
}
