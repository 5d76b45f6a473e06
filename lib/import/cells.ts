import { utc } from "@date-fns/utc";
import { format, isValid, parse } from "date-fns";
import { parsePartialDate, type Granularity } from "../dates";

/**
 * Turning spreadsheet cells into the values Tyl's files hold. A cell either becomes a value or yields the
 * message that says how to write it; nothing is guessed.
 */

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

/** A `;`-joined list, trimmed, without empty entries. */
export const splitList = (cell: string): string[] =>
  cell
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** A decimal number written with a point, as every CSV export of coordinates writes it. */
export function parseNumber(cell: string, example: string): Cell<number> {
  const value = Number(cell);
  if (cell === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell) || !Number.isFinite(value)) {
    const comma = /^[+-]?\d+,\d+$/.test(cell) ? ` (write the decimal with a point: ${cell.replace(",", ".")})` : "";
    return { ok: false, message: `${JSON.stringify(cell)} is not a number${comma}; write decimal degrees such as ${example}` };
  }
  return { ok: true, value };
}

/** Written-out dates accepted beside ISO ones: English month names, day first or month first, in UTC. */
const WRITTEN: readonly { pattern: string; granularity: Granularity }[] = [
  { pattern: "d MMMM yyyy", granularity: "day" },
  { pattern: "d MMM yyyy", granularity: "day" },
  { pattern: "MMMM d, yyyy", granularity: "day" },
  { pattern: "MMM d, yyyy", granularity: "day" },
  { pattern: "d-MMMM-yyyy", granularity: "day" },
  { pattern: "d-MMM-yyyy", granularity: "day" },
  { pattern: "MMMM yyyy", granularity: "month" },
  { pattern: "MMM yyyy", granularity: "month" },
];

const ISO_FORMAT: Record<Granularity, string> = { day: "yyyy-MM-dd", month: "yyyy-MM", year: "yyyy" };
const WORDS_FORMAT: Record<Granularity, string> = { day: "d MMMM yyyy", month: "MMMM yyyy", year: "yyyy" };
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const reading = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const isReal = (year: number, month: number, day: number) => {
  const d = reading(year, month, day);
  return month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

/**
 * A date cell as Tyl writes dates (YYYY, YYYY-MM or YYYY-MM-DD) with the precision it is written to.
 * Accepts ISO dates and written ones ("5 March 2022", "March 2022"); refuses all-numeric day/month dates
 * such as 05/03/2022, which read as 5 March in Europe and 3 May in the United States.
 */
export function parseDateCell(cell: string): Cell<{ date: string; granularity: Granularity }> {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(cell)) {
    const parsed = parsePartialDate(cell);
    return parsed
      ? { ok: true, value: { date: cell, granularity: parsed.granularity } }
      : { ok: false, message: `${JSON.stringify(cell)} is not a real calendar date` };
  }
  const numeric = NUMERIC.exec(cell);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const readings = [...(isReal(year, b, a) ? [reading(year, b, a)] : []), ...(isReal(year, a, b) && a !== b ? [reading(year, a, b)] : [])];
    const spell = (d: Date) => `${format(d, ISO_FORMAT.day, { in: utc })} or ${format(d, WORDS_FORMAT.day, { in: utc })}`;
    if (readings.length === 0) return { ok: false, message: `${JSON.stringify(cell)} is not a real calendar date` };
    if (readings.length === 2) {
      return {
        ok: false,
        message: `${JSON.stringify(cell)} is ambiguous (day/month or month/day); write ${spell(readings[0]!)} (or ${format(readings[1]!, ISO_FORMAT.day, { in: utc })} if you meant ${format(readings[1]!, "d MMMM", { in: utc })})`,
      };
    }
    return {
      ok: false,
      message: `${JSON.stringify(cell)} gives day and month as numbers, whose order differs between countries; write ${spell(readings[0]!)}`,
    };
  }
  for (const { pattern, granularity } of WRITTEN) {
    const date = parse(cell, pattern, new Date(0), { in: utc });
    if (isValid(date)) return { ok: true, value: { date: format(date, ISO_FORMAT[granularity], { in: utc }), granularity } };
  }
  return { ok: false, message: `${JSON.stringify(cell)} is not a date Tyl reads; write 2022-03-05, 2022-03 or 2022, or 5 March 2022` };
}

/**
 * A kebab-case id made from a name: accents dropped, anything else that is not a letter or digit a hyphen.
 * Empty when the name has no Latin letters or digits at all (a name in Cyrillic), so callers supply another.
 */
export const slugify = (name: string): string =>
  // Decomposing is only needed for accents, and costs more than the rest for 100,000 plain ASCII ids.
  (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** A short, stable hex digest (FNV-1a) of a text, for ids of names slugify cannot spell. */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
