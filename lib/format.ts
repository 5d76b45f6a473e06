import { utc } from "@date-fns/utc";
import { format } from "date-fns";
import { parsePartialDate } from "./dates";
import type { Attribution, Confidence, DatePrecision, Event, Figure, Site, Source } from "./schema";

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
  claimed: { label: "Claimed", explanation: "Asserted only by one side, by the opposition, or by the document's author without naming anyone." },
  disputed: { label: "Disputed", explanation: "Sources, or one source against itself, give conflicting accounts or a denial; see the summary." },
};

const QUALIFIER_TEXT: Record<Figure["qualifier"], string> = {
  exactly: "",
  about: "about ",
  "at-least": "at least ",
  "more-than": "more than ",
  "up-to": "up to ",
};

/**
 * A figure's value as the source hedges it: "more than 70,000 tonnes", "about 250–300 USD million", and a
 * vague word as the source gives it, never as a number: "hundreds of tanks".
 */
export function formatFigure(figure: Figure): string {
  if (figure.value === null) return `${figure.valueText ?? "an unstated number"} of ${figure.unit}`;
  const n = (v: number) => v.toLocaleString("en-GB");
  const value = figure.valueHigh !== undefined ? `${n(figure.value)}–${n(figure.valueHigh)}` : n(figure.value);
  return `${QUALIFIER_TEXT[figure.qualifier]}${value} ${figure.unit}`;
}

/** Time since a talk began, as a presenter's clock shows it: "0:00", "12:05", "75:30". */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * How an event's date is known, in a sentence for the details panel: "known by September 2025, the date of
 * the report; when it happened is not stated", "worked out from the date of the report (2023)", "date from
 * Wikipedia". Returns null for a date its first source states, which needs no explanation.
 */
export function describeDateBasis(
  event: Pick<Event, "date" | "datePrecision" | "dateBasis" | "dateSource" | "notBefore" | "sources">,
  sourceById: ReadonlyMap<string, Pick<Source, "id" | "title" | "published">>,
): string | null {
  const source = event.dateSource ? sourceById.get(event.dateSource.sourceId) : undefined;
  const written = (text: string) => {
    const parsed = parsePartialDate(text);
    return parsed ? format(parsed.start, patterns[parsed.granularity], { in: utc }) : text;
  };
  const reportDate = source?.published ? written(source.published) : null;
  switch (event.dateBasis) {
    case "known-by": {
      const since = event.notBefore ? `; not before ${written(event.notBefore)}` : "";
      const anchor =
        reportDate && source?.published?.startsWith(event.date) ? ", the date of the report" : reportDate ? ` (the report is dated ${reportDate})` : "";
      return `known by ${written(event.date)}${anchor}${since}; when it happened is not stated`;
    }
    case "inferred":
      return `worked out from the date of the report${reportDate ? ` (${reportDate})` : ""}, to the ${event.datePrecision === "approximate" ? "year" : event.datePrecision}`;
    case "stated":
      if (!event.dateSource || event.dateSource.sourceId === event.sources[0]?.sourceId) return null;
      return `date from ${source ? `"${source.title}"` : event.dateSource.sourceId}${event.dateSource.section ? `, ${event.dateSource.section}` : ""}`;
  }
}

/**
 * An event's date as every view writes it: as `formatEventDate` does, and "by September 2025" for an event
 * known only to have happened by then, so no view shows such a date as when it happened.
 */
export function formatWhen(event: Pick<Event, "date" | "end" | "datePrecision" | "dateBasis">): string {
  const text = formatEventDate(event.date, event.end, event.datePrecision);
  return event.dateBasis === "known-by" ? `by ${text}` : text;
}

/** Who asserts a claim, as the details panel says it. */
export const ATTRIBUTION_TEXT: Record<Attribution, string> = {
  record: "on the public record",
  official: "announced by an official body",
  intelligence: "according to an intelligence service",
  observers: "according to observers, monitors or the media",
  opposition: "according to the Belarusian opposition",
  party: "one side's own claim",
  author: "the document's author, naming no one",
};

/** The attribution and independence line of an event: "Who says so: according to observers, monitors or the media · 2 independent sources". */
export function assertionLine(attribution: Attribution, independentSources: number): string {
  return `Who says so: ${ATTRIBUTION_TEXT[attribution]} · ${independentSources} independent source${independentSources === 1 ? "" : "s"}`;
}

/** How a site's point was found, as the details and the site's page say it. */
export const LOCATION_BASIS_TEXT: Record<Site["locationBasis"], string> = {
  site: "the point is the facility itself",
  area: "the point is the centre of the area",
  derived: "the point is derived from a stated distance and bearing from a town",
  "town-centre": "the point is the nearest town's centre, standing in for the facility",
};

/** Who wrote a source, who published it and when, saying so where the document does not: "RUSI, 12 January 2023". */
export const sourceByline = (source: Pick<Source, "author" | "publisher" | "published">, separator = ", "): string =>
  [source.author, source.publisher ?? "publisher not stated", source.published ?? "date not stated"].filter(Boolean).join(separator);

/**
 * A flow's period as every view writes it: "March to September 2022"; for a flow known only to be running by
 * a report, "by 2023", or "from 2022 or earlier, reported September 2025", never as a start and end it does
 * not have.
 */
export function formatFlowPeriod(flow: { period: { from: string; to: string }; datePrecision: DatePrecision; dateBasis: Event["dateBasis"] }): string {
  const { from, to } = flow.period;
  if (flow.dateBasis !== "known-by") return formatEventDate(from, to, flow.datePrecision);
  return from === to ? `by ${one(to)}` : `from ${one(from)} or earlier, reported ${one(to)}`;
}
