import { utc } from "@date-fns/utc";
import { format } from "date-fns";
import { parsePartialDate } from "./dates";
import type { Confidence, DatePrecision, Figure } from "./schema";

const patterns = { year: "yyyy", month: "MMMM yyyy", day: "d MMMM yyyy" } as const;

const one = (text: string): string => {
  const parsed = parsePartialDate(text);
  return parsed ? format(parsed.start, patterns[parsed.granularity], { in: utc }) : text;
};

/**
 * An event's date as people write it: "March 2023", "24 February 2022", "12–16 September 2025",
 * "March to September 2022", and "c. 2023" where the date is approximate.
 */
export function formatEventDate(date: string, end: string | undefined, precision: DatePrecision): string {
  const prefix = precision === "approximate" ? "c. " : "";
  if (end === undefined || end === date) return prefix + one(date);
  const a = parsePartialDate(date);
  const b = parsePartialDate(end);
  if (a && b && a.granularity === "day" && b.granularity === "day") {
    const sameYear = a.start.getUTCFullYear() === b.start.getUTCFullYear();
    const sameMonth = sameYear && a.start.getUTCMonth() === b.start.getUTCMonth();
    if (sameMonth) return `${prefix}${format(a.start, "d", { in: utc })}–${one(end)}`;
    if (sameYear) return `${prefix}${format(a.start, "d MMMM", { in: utc })} – ${one(end)}`;
  }
  if (a && b && a.granularity === "month" && b.granularity === "month" && a.start.getUTCFullYear() === b.start.getUTCFullYear()) {
    return `${prefix}${format(a.start, "MMMM", { in: utc })} to ${one(end)}`;
  }
  return `${prefix}${one(date)} to ${one(end)}`;
}

/** What each confidence level means, for badges and the legend. */
export const CONFIDENCE_TEXT: Record<Confidence, { label: string; explanation: string }> = {
  confirmed: { label: "Confirmed", explanation: "A fact on record: a signed agreement, a held vote or exercise, an official act." },
  reported: { label: "Reported", explanation: "Attributed by the source to intelligence services, officials or observers; not independently confirmed." },
  claimed: { label: "Claimed", explanation: "One party's own assertion, reported as such." },
  disputed: { label: "Disputed", explanation: "A source records a denial or conflicting accounts; see the summary." },
};

const QUALIFIER_TEXT: Record<Figure["qualifier"], string> = {
  exactly: "",
  about: "about ",
  "at-least": "at least ",
  "more-than": "more than ",
  "up-to": "up to ",
  range: "",
};

/** A figure's value as the source hedges it: "more than 70,000 tonnes", "1,600–2,000 types". */
export function formatFigure(figure: Figure): string {
  const n = (v: number) => v.toLocaleString("en-GB");
  const value = figure.valueHigh !== undefined ? `${n(figure.value)}–${n(figure.valueHigh)}` : n(figure.value);
  return `${QUALIFIER_TEXT[figure.qualifier]}${value} ${figure.unit}`;
}

/** Time since a talk began, as a presenter's clock shows it: "0:00", "12:05", "75:30". */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
