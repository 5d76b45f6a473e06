import { utcDay, utcMonth, utcYear } from "d3-time";

/** A half-open UTC interval [start, end): a whole day, month or year, or a span of them. */
export interface Interval {
  start: Date;
  end: Date;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How much of a partial ISO date is given. */
export type Granularity = "year" | "month" | "day";

/**
 * Parses YYYY, YYYY-MM or YYYY-MM-DD into the UTC interval it covers, or null when the text is not a real
 * calendar date (2023-02-30, 2023-13).
 */
export function parsePartialDate(text: string): (Interval & { granularity: Granularity }) | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month === undefined) {
    const start = new Date(Date.UTC(year, 0, 1));
    return { start, end: utcYear.offset(start, 1), granularity: "year" };
  }
  if (month < 1 || month > 12) return null;
  if (day === undefined) {
    const start = new Date(Date.UTC(year, month - 1, 1));
    return { start, end: utcMonth.offset(start, 1), granularity: "month" };
  }
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return null;
  return { start, end: utcDay.offset(start, 1), granularity: "day" };
}

/** The interval from the start of `from` to the end of `to` (or of `from` when there is no `to`). */
export function spanOf(from: string, to?: string): Interval | null {
  const a = parsePartialDate(from);
  const b = to === undefined ? a : parsePartialDate(to);
  if (!a || !b) return null;
  return { start: a.start, end: b.end };
}

/** True when `inner` lies wholly inside `outer`. */
export const contains = (outer: Interval, inner: Interval): boolean => inner.start >= outer.start && inner.end <= outer.end;
