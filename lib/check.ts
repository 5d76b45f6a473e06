import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import { contains, parsePartialDate, spanOf, type Interval } from "./dates";
import { parseJson } from "./json-text";
import { pointer, show, type Problem } from "./problems";
import { FILES, isOptional, type Citation, type FileName, type RawDataset } from "./schema";

/** The text of each data file, keyed by name; a missing file is `undefined`. */
export type DataTexts = Record<FileName, string | undefined>;

export interface CheckResult {
  problems: Problem[];
  /** The items that passed their schema, for counting and for use when there are no problems. */
  data: RawDataset;
}

const FIRST_YEAR = 1990;
const LAST_YEAR = 2030;
const CONTEXT_BEFORE = Date.UTC(2020, 0, 1);

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `missing required field "${String(issue.path.at(-1))}" (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${show(value)}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling against data/schema/)`;
    case "invalid_value":
      return `${show(value)} is not one of ${issue.values.map((v) => show(v)).join(" | ")}`;
    case "too_small":
      return issue.origin === "array"
        ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`
        : issue.origin === "string"
          ? `must not be empty`
          : `${show(value)} is below the minimum ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "string"
        ? `is ${String(value).length} characters; at most ${String(issue.maximum)} allowed`
        : `${show(value)} is above the maximum ${String(issue.maximum)}`;
    default:
      return `${issue.message} (got ${show(value)})`;
  }
}

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    root,
  );

const suggest = (id: string, known: readonly string[]): string => {
  const best = known.length > 0 ? closest(id, known as string[]) : undefined;
  return best !== undefined && distance(id, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : "";
};

/** Validates the five data files against their schemas and each other, returning every problem found. */
export function checkDataset(texts: DataTexts, fileLabel: (name: FileName) => string): CheckResult {
  const problems: Problem[] = [];
  const data: RawDataset = { sources: [], sites: [], events: [], chapters: [], figures: [], briefings: [] };
  // Ids of items that failed their own schema, and files that could not be read at all: references to them are
  // not reported again, so one mistake yields one message rather than a cascade.
  const partial: Partial<Record<FileName, Set<string>>> = {};
  const report = (name: FileName, path: readonly PropertyKey[], message: string) =>
    problems.push({ file: fileLabel(name), where: pointer(path), message });

  for (const name of Object.keys(FILES) as FileName[]) {
    const { key, schema } = FILES[name];
    const text = texts[name];
    if (text === undefined && isOptional(name)) {
      partial[name] = new Set();
      continue;
    }
    if (text === undefined) {
      problems.push({ file: fileLabel(name), where: "/", message: "file is missing; every dataset needs sources, sites, events, chapters and figures" });
      partial[name] = undefined;
      continue;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      problems.push({
        file: fileLabel(name),
        where: `line ${parsed.line}, column ${parsed.column}`,
        message: `malformed JSON: ${parsed.reason}; fix it and run data:check again to check the rest of this file`,
      });
      continue;
    }
    const root = parsed.value;
    const items = valueAt(root, [key]);
    if (!Array.isArray(items)) {
      report(name, [key], `expected an array of ${key} under "${key}", got ${show(items)}`);
      continue;
    }
    const result = schema.safeParse({ ...(root as object), [key]: [] });
    if (!result.success) {
      for (const issue of result.error.issues) report(name, issue.path, describeIssue(issue, valueAt(root, issue.path)));
    }
    const itemSchema = schema.shape[key] as z.ZodArray<z.ZodType>;
    const failed = new Set<string>();
    partial[name] = failed;
    items.forEach((item, index) => {
      const one = itemSchema.element.safeParse(item);
      if (one.success) (data[name] as unknown[]).push(one.data);
      else {
        const id = valueAt(item, ["id"]);
        if (typeof id === "string") failed.add(id);
      }
      if (!one.success) for (const issue of one.error.issues) {
        report(name, [key, index, ...issue.path], describeIssue(issue, valueAt(item, issue.path)));
      }
    });
  }

  const unchecked = (name: FileName, id: string): boolean => {
    const failed = partial[name];
    return failed === undefined || failed.has(id);
  };
  crossCheck(data, report, unchecked);
  return { problems, data };
}

type Report = (name: FileName, path: readonly PropertyKey[], message: string) => void;

/** True when references to `id` in file `name` cannot be judged because that file or item did not parse. */
type Unchecked = (name: FileName, id: string) => boolean;

function crossCheck(data: RawDataset, report: Report, unchecked: Unchecked): void {
  const indexOf = <T extends { id: string }>(name: FileName, items: readonly T[]): Map<string, number> => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else report(name, [FILES[name].key, i, "id"], `duplicate id ${show(item.id)} (first used at /${FILES[name].key}/${first})`);
    });
    return seen;
  };
  const ids = {
    sources: indexOf("sources", data.sources),
    sites: indexOf("sites", data.sites),
    events: indexOf("events", data.events),
    chapters: indexOf("chapters", data.chapters),
    figures: indexOf("figures", data.figures),
    briefings: indexOf("briefings", data.briefings),
  };
  const known = Object.fromEntries(Object.entries(ids).map(([k, m]) => [k, [...m.keys()]])) as Record<FileName, string[]>;
  const singular: Record<FileName, string> = { sources: "source", sites: "site", events: "event", chapters: "chapter", figures: "figure", briefings: "briefing" };
  const ref = (from: FileName, path: readonly PropertyKey[], target: FileName, id: string) => {
    if (!ids[target].has(id) && !unchecked(target, id)) report(from, path, `unknown ${singular[target]} ${show(id)}${suggest(id, known[target])}`);
  };
  const citations = (from: FileName, path: readonly PropertyKey[], list: readonly Citation[]) =>
    list.forEach((c, j) => ref(from, [...path, j, "sourceId"], "sources", c.sourceId));
  const date = (from: FileName, path: readonly PropertyKey[], text: string): Interval | null => {
    const parsed = parsePartialDate(text);
    if (!parsed) report(from, path, `${show(text)} is not a real calendar date`);
    return parsed;
  };

  data.sites.forEach((site, i) => {
    const at = ["sites", i] as const;
    citations("sites", [...at, "sources"], site.sources);
    ref("sites", [...at, "locationSourceId"], "sources", site.locationSourceId);
    const [lon, lat] = site.coordinates;
    const lonOk = Number.isFinite(lon) && Math.abs(lon) <= 180;
    const latOk = Number.isFinite(lat) && Math.abs(lat) <= 90;
    if (!lonOk) report("sites", [...at, "coordinates", 0], `longitude ${show(lon)} is outside -180..180`);
    if (!latOk) report("sites", [...at, "coordinates", 1], `latitude ${show(lat)} is outside -90..90`);
    if (lonOk && latOk && site.country === "BY" && !(lon >= 23 && lon <= 33 && lat >= 51 && lat <= 56.5)) {
      const swapped = lat >= 23 && lat <= 33 && lon >= 51 && lon <= 56.5;
      report(
        "sites",
        [...at, "coordinates"],
        `${show(site.coordinates)} is outside Belarus${swapped ? "; it looks like [lat, lon]: coordinates are [lon, lat]" : ""}`,
      );
    }
  });

  data.events.forEach((event, i) => {
    const at = ["events", i] as const;
    event.siteIds.forEach((id, j) => ref("events", [...at, "siteIds", j], "sites", id));
    citations("events", [...at, "sources"], event.sources);
    const start = date("events", [...at, "date"], event.date);
    const end = event.end === undefined ? start : date("events", [...at, "end"], event.end);
    if (!start || !end) return;
    if (end.end <= start.start || (event.end !== undefined && end.end < start.end)) {
      report("events", [...at, "end"], `end ${show(event.end)} is before date ${show(event.date)}`);
    }
    if (start.start.getUTCFullYear() < FIRST_YEAR) report("events", [...at, "date"], `${show(event.date)} falls before ${FIRST_YEAR}`);
    else if (end.end.getTime() > Date.UTC(LAST_YEAR + 1, 0, 1)) {
      report("events", [...at, event.end === undefined ? "date" : "end"], `${show(event.end ?? event.date)} falls after ${LAST_YEAR}`);
    }
    const granularity = parsePartialDate(event.date)?.granularity;
    if (event.datePrecision !== "approximate" && granularity !== event.datePrecision) {
      report("events", [...at, "datePrecision"], `is "${event.datePrecision}" but date ${show(event.date)} is given to the ${granularity}`);
    }
    if (start.start.getTime() < CONTEXT_BEFORE && event.context !== true) {
      report("events", [...at, "context"], `events before 2020 are background: set "context": true`);
    }
  });

  data.chapters.forEach((chapter, i) => {
    const at = ["chapters", i] as const;
    const from = date("chapters", [...at, "period", "from"], chapter.period.from);
    const to = date("chapters", [...at, "period", "to"], chapter.period.to);
    const period = from && to ? { start: from.start, end: to.end } : null;
    if (from && to && to.end <= from.start) report("chapters", [...at, "period", "to"], `${show(chapter.period.to)} is before ${show(chapter.period.from)}`);
    chapter.siteIds.forEach((id, j) => ref("chapters", [...at, "siteIds", j], "sites", id));
    (chapter.figureIds ?? []).forEach((id, j) => ref("chapters", [...at, "figureIds", j], "figures", id));
    chapter.eventIds.forEach((id, j) => {
      ref("chapters", [...at, "eventIds", j], "events", id);
      const event = data.events[ids.events.get(id) ?? -1];
      const span = event ? spanOf(event.date, event.end) : null;
      if (period && span && !contains(period, span)) {
        report(
          "chapters",
          [...at, "eventIds", j],
          `event ${show(id)} (${event?.date}${event?.end ? ` to ${event.end}` : ""}) falls outside the chapter's period ${chapter.period.from} to ${chapter.period.to}`,
        );
      }
    });
  });

  data.briefings.forEach((deck, i) => {
    if (deck.id === "story") report("briefings", ["briefings", i, "id"], `"story" is the deck generated from the chapters; choose another id`);
    deck.slides.forEach((slide, j) => {
      const at = ["briefings", i, "slides", j] as const;
      if (slide.chapterId !== undefined) ref("briefings", [...at, "chapterId"], "chapters", slide.chapterId);
      slide.siteIds.forEach((id, k) => ref("briefings", [...at, "siteIds", k], "sites", id));
      const from = date("briefings", [...at, "period", "from"], slide.period.from);
      const to = date("briefings", [...at, "period", "to"], slide.period.to);
      const period = from && to ? { start: from.start, end: to.end } : null;
      slide.eventIds.forEach((id, k) => {
        ref("briefings", [...at, "eventIds", k], "events", id);
        const event = data.events[ids.events.get(id) ?? -1];
        const span = event ? spanOf(event.date, event.end) : null;
        if (period && span && !contains(period, span)) report("briefings", [...at, "eventIds", k], `event ${show(id)} falls outside the slide's period ${slide.period.from} to ${slide.period.to}`);
      });
    });
  });

  data.figures.forEach((figure, i) => {
    const at = ["figures", i] as const;
    ref("figures", [...at, "sourceId"], "sources", figure.sourceId);
    if (figure.eventId !== undefined) ref("figures", [...at, "eventId"], "events", figure.eventId);
    const from = date("figures", [...at, "period", "from"], figure.period.from);
    const to = date("figures", [...at, "period", "to"], figure.period.to);
    if (from && to && to.end <= from.start) report("figures", [...at, "period", "to"], `${show(figure.period.to)} is before ${show(figure.period.from)}`);
    if (figure.qualifier === "range" && figure.valueHigh === undefined) report("figures", [...at, "valueHigh"], `a range needs "valueHigh"`);
    if (figure.valueHigh !== undefined && figure.valueHigh < figure.value) report("figures", [...at, "valueHigh"], `${figure.valueHigh} is below value ${figure.value}`);
  });
}
