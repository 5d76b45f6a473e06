import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import { contains, parsePartialDate, spanOf, type Interval } from "./dates";
import { FIRST_YEAR, LAST_YEAR } from "./defaults";
import { parseJson, type JsonText } from "./json-text";
import { pointer, show, type Problem } from "./problems";
import { CONFIDENCE_ATTRIBUTIONS, FILES, isOptional, type Citation, type FileName, type RawDataset } from "./schema";

/** The text of each data file, keyed by name; a missing file is `undefined`. */
export type DataTexts = Record<FileName, string | undefined>;

export interface CheckResult {
  problems: Problem[];
  /** The items that passed their schema, for counting and for use when there are no problems. */
  data: RawDataset;
}

const CONTEXT_BEFORE = Date.UTC(2020, 0, 1);

/**
 * Generous boxes [west, south, east, north] around the countries this subject's sites and imported ACLED
 * exports lie in. A point outside its country's boxes is certainly outside the country, which catches
 * [lat, lon] written for [lon, lat]; a point inside may still be just over a border. Russia's second box is
 * Chukotka, east of the antimeridian.
 */
const COUNTRY_BOUNDS: Record<string, { name: string; boxes: readonly (readonly [number, number, number, number])[] }> = {
  BY: { name: "Belarus", boxes: [[23, 51, 33, 56.5]] },
  UA: { name: "Ukraine", boxes: [[22, 44, 40.3, 52.4]] },
  RU: {
    name: "Russia",
    boxes: [
      [19.6, 41.1, 180, 82],
      [-180, 64, -168.9, 72],
    ],
  },
  PL: { name: "Poland", boxes: [[14, 49, 24.2, 55]] },
  LT: { name: "Lithuania", boxes: [[20.9, 53.8, 26.9, 56.5]] },
  LV: { name: "Latvia", boxes: [[20.9, 55.6, 28.3, 58.1]] },
};

const inBounds = (boxes: readonly (readonly [number, number, number, number])[], lon: number, lat: number): boolean =>
  boxes.some(([west, south, east, north]) => lon >= west && lon <= east && lat >= south && lat <= north);

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `missing required field "${String(issue.path.at(-1))}" (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${show(value)}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling against data/schema/)`;
    case "invalid_value":
      return value === undefined
        ? `missing required field "${String(issue.path.at(-1))}" (one of ${issue.values.map((v) => show(v)).join(" | ")})`
        : `${show(value)} is not one of ${issue.values.map((v) => show(v)).join(" | ")}`;
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
  path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);

const suggest = (id: string, known: readonly string[]): string => {
  const best = known.length > 0 ? closest(id, known as string[]) : undefined;
  return best !== undefined && distance(id, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : "";
};

/** Validates the five data files against their schemas and each other, returning every problem found. */
export function checkDataset(texts: DataTexts, fileLabel: (name: FileName) => string): CheckResult {
  const problems: Problem[] = [];
  const data: RawDataset = { sources: [], sites: [], events: [], chapters: [], figures: [], briefings: [], flows: [] };
  // Ids of items that failed their own schema, and files that could not be read at all: references to them are
  // not reported again, so one mistake yields one message rather than a cascade.
  const partial: Partial<Record<FileName, Set<string>>> = {};
  const parsedTexts: Partial<Record<FileName, JsonText>> = {};
  const report = (name: FileName, path: readonly PropertyKey[], message: string) =>
    problems.push({ file: fileLabel(name), where: pointer(path), ...parsedTexts[name]?.positionOf(path), message });

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
        where: "",
        line: parsed.line,
        column: parsed.column,
        message: `malformed JSON: ${parsed.reason}; fix it and run data:check again to check the rest of this file`,
      });
      continue;
    }
    parsedTexts[name] = parsed;
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
      if (!one.success)
        for (const issue of one.error.issues) {
          report(name, [key, index, ...issue.path], describeIssue(issue, valueAt(item, issue.path)));
        }
    });
  }

  const unchecked = (name: FileName, id: string): boolean => {
    const failed = partial[name];
    return failed === undefined || failed.has(id);
  };
  // "Cited by nothing" can only be judged when every item that might cite a source was read.
  const complete = (Object.keys(FILES) as FileName[]).every((name) => partial[name]?.size === 0);
  crossCheck(data, report, unchecked, complete);
  return { problems, data };
}

/** The fields events and flows share for how a date is known and who asserts the claim. */
type DateBasisFields = Pick<RawDataset["events"][number], "datePrecision" | "dateBasis" | "dateSource" | "confidence" | "attribution">;

type Report = (name: FileName, path: readonly PropertyKey[], message: string) => void;

/** True when references to `id` in file `name` cannot be judged because that file or item did not parse. */
type Unchecked = (name: FileName, id: string) => boolean;

function crossCheck(data: RawDataset, report: Report, unchecked: Unchecked, complete: boolean): void {
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
    flows: indexOf("flows", data.flows),
  };
  const known = Object.fromEntries(Object.entries(ids).map(([k, m]) => [k, [...m.keys()]])) as Record<FileName, string[]>;
  const singular: Record<FileName, string> = {
    sources: "source",
    sites: "site",
    events: "event",
    chapters: "chapter",
    figures: "figure",
    briefings: "briefing",
    flows: "flow",
  };
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
    if (!site.sources.some((c) => c.sourceId === site.locationSourceId)) {
      report(
        "sites",
        [...at, "sources"],
        `does not cite the site's own location source ${show(site.locationSourceId)}; add { "sourceId": ${show(site.locationSourceId)} }`,
      );
    }
    const [lon, lat] = site.coordinates;
    const lonOk = Number.isFinite(lon) && Math.abs(lon) <= 180;
    const latOk = Number.isFinite(lat) && Math.abs(lat) <= 90;
    if (!lonOk) report("sites", [...at, "coordinates", 0], `longitude ${show(lon)} is outside -180..180`);
    if (!latOk) report("sites", [...at, "coordinates", 1], `latitude ${show(lat)} is outside -90..90`);
    const bounds = COUNTRY_BOUNDS[site.country];
    if (lonOk && latOk && bounds && !inBounds(bounds.boxes, lon, lat)) {
      const swapped = inBounds(bounds.boxes, lat, lon);
      report(
        "sites",
        [...at, "coordinates"],
        `${show(site.coordinates)} is outside ${bounds.name}${swapped ? "; it looks like [lat, lon]: coordinates are [lon, lat]" : ""}`,
      );
    }
  });

  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  /**
   * How a date is known, for events and flows alike: `text` (parsed as `written`) is the date that must not be
   * later than a known-by report (an event's date, a flow's period end), at `datePath`.
   */
  const checkDateBasis = (
    file: "events" | "flows",
    item: DateBasisFields,
    text: string,
    written: Interval | null,
    datePath: readonly PropertyKey[],
    at: readonly PropertyKey[],
  ) => {
    if (item.dateSource !== undefined) ref(file, [...at, "dateSource", "sourceId"], "sources", item.dateSource.sourceId);
    if (item.dateBasis === "stated") return;
    if (item.dateSource === undefined) {
      report(file, [...at, "dateSource"], `a "${item.dateBasis}" date needs "dateSource": the document whose own date it rests on`);
      return;
    }
    const source = sourceById.get(item.dateSource.sourceId);
    if (!source) return;
    const published = source.published === null ? null : parsePartialDate(source.published);
    if (!published) {
      report(
        file,
        [...at, "dateSource", "sourceId"],
        `source ${show(source.id)} has no publication date, so it cannot date a "${item.dateBasis}" ${singular[file]}`,
      );
    } else if (item.dateBasis === "known-by" && written && written.start >= published.end) {
      report(
        file,
        datePath,
        `a "known-by" date cannot be later than its report: ${show(text)} is after ${show(source.id)}, published ${show(source.published)}`,
      );
    }
  };
  /** `datePrecision` says how the date is written; "approximate" is only for a vague date a source states. */
  const checkPrecision = (file: "events" | "flows", item: DateBasisFields, text: string, at: readonly PropertyKey[]) => {
    const granularity = parsePartialDate(text)?.granularity;
    if (item.datePrecision !== "approximate" && granularity !== undefined && granularity !== item.datePrecision) {
      report(
        file,
        [...at, "datePrecision"],
        `is "${item.datePrecision}" but ${file === "events" ? "date" : "period.from"} ${show(text)} is given to the ${granularity}`,
      );
    }
    if (item.datePrecision === "approximate" && item.dateBasis !== "stated") {
      report(
        file,
        [...at, "datePrecision"],
        `"approximate" is only for a vague date a source states; a ${item.dateBasis} date takes the precision it is written to ("${granularity}")`,
      );
    }
  };
  /** The README's confidence × attribution table. */
  const checkAttribution = (file: "events" | "flows", item: DateBasisFields, at: readonly PropertyKey[]) => {
    const allowed: readonly string[] = CONFIDENCE_ATTRIBUTIONS[item.confidence];
    if (!allowed.includes(item.attribution)) {
      report(
        file,
        [...at, "attribution"],
        `"${item.attribution}" does not go with confidence "${item.confidence}", which needs ${allowed.join(", ")} (the README's confidence × attribution table); change one of them`,
      );
    }
  };

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
    checkPrecision("events", event, event.date, at);
    if (event.notBefore !== undefined) {
      const earliest = date("events", [...at, "notBefore"], event.notBefore);
      if (earliest && earliest.start >= start.end) {
        report(
          "events",
          [...at, "notBefore"],
          `notBefore ${show(event.notBefore)} is after date ${show(event.date)}; it is the earliest the thing can have happened`,
        );
      }
    }
    checkDateBasis("events", event, event.date, start, [...at, "date"], at);
    checkAttribution("events", event, at);
    if (start.start.getTime() < CONTEXT_BEFORE && event.context !== true) {
      report("events", [...at, "context"], `events before 2020 are background: set "context": true`);
    }
  });

  const flowIndexByPair = new Map<string, number>();
  data.flows.forEach((flow, i) => {
    const at = ["flows", i] as const;
    ref("flows", [...at, "from"], "sites", flow.from);
    ref("flows", [...at, "to"], "sites", flow.to);
    if (flow.via !== undefined) ref("flows", [...at, "via"], "sites", flow.via);
    if (flow.from === flow.to) report("flows", [...at, "to"], `a flow from ${show(flow.from)} back to itself draws no arrow; name the site it reaches`);
    if (flow.via !== undefined && (flow.via === flow.from || flow.via === flow.to))
      report("flows", [...at, "via"], `via ${show(flow.via)} is already an end of the flow`);
    citations("flows", [...at, "sources"], flow.sources);
    (flow.eventIds ?? []).forEach((id, j) => ref("flows", [...at, "eventIds", j], "events", id));
    if (flow.volume !== undefined) {
      ref("flows", [...at, "volume"], "figures", flow.volume);
      const figure = data.figures[ids.figures.get(flow.volume) ?? -1];
      if (figure && !flow.sources.some((c) => c.sourceId === figure.sourceId)) {
        report("flows", [...at, "volume"], `figure ${show(figure.id)} comes from ${show(figure.sourceId)}, which the flow does not cite; add it to "sources"`);
      }
    }
    const from = date("flows", [...at, "period", "from"], flow.period.from);
    const to = date("flows", [...at, "period", "to"], flow.period.to);
    if (from && to && to.end <= from.start) report("flows", [...at, "period", "to"], `${show(flow.period.to)} is before ${show(flow.period.from)}`);
    if (from) checkPrecision("flows", flow, flow.period.from, at);
    checkDateBasis("flows", flow, flow.period.to, to, [...at, "period", "to"], at);
    checkAttribution("flows", flow, at);
    const pair = `${flow.from}>${flow.to}>${flow.via ?? ""}>${flow.what}`;
    const first = flowIndexByPair.get(pair);
    if (first === undefined) flowIndexByPair.set(pair, i);
    else report("flows", [...at, "what"], `repeats flow /flows/${first} (same ends and what); give each source's account its own "what" or merge them`);
  });

  data.chapters.forEach((chapter, i) => {
    const at = ["chapters", i] as const;
    const from = date("chapters", [...at, "period", "from"], chapter.period.from);
    const to = date("chapters", [...at, "period", "to"], chapter.period.to);
    const period = from && to ? { start: from.start, end: to.end } : null;
    if (from && to && to.end <= from.start) report("chapters", [...at, "period", "to"], `${show(chapter.period.to)} is before ${show(chapter.period.from)}`);
    chapter.siteIds.forEach((id, j) => ref("chapters", [...at, "siteIds", j], "sites", id));
    (chapter.figureIds ?? []).forEach((id, j) => ref("chapters", [...at, "figureIds", j], "figures", id));
    (chapter.flowIds ?? []).forEach((id, j) => ref("chapters", [...at, "flowIds", j], "flows", id));
    chapter.eventIds.forEach((id, j) => {
      ref("chapters", [...at, "eventIds", j], "events", id);
      const event = data.events[ids.events.get(id) ?? -1];
      const span = event ? spanOf(event.date, event.end) : null;
      if (period && span && event && !fitsPeriod(period, span, event)) {
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
      (slide.flowIds ?? []).forEach((id, k) => ref("briefings", [...at, "flowIds", k], "flows", id));
      const from = date("briefings", [...at, "period", "from"], slide.period.from);
      const to = date("briefings", [...at, "period", "to"], slide.period.to);
      const period = from && to ? { start: from.start, end: to.end } : null;
      slide.eventIds.forEach((id, k) => {
        ref("briefings", [...at, "eventIds", k], "events", id);
        const event = data.events[ids.events.get(id) ?? -1];
        const span = event ? spanOf(event.date, event.end) : null;
        if (period && span && event && !fitsPeriod(period, span, event))
          report("briefings", [...at, "eventIds", k], `event ${show(id)} falls outside the slide's period ${slide.period.from} to ${slide.period.to}`);
      });
    });
  });

  const firstOfQuantity = new Map<string, RawDataset["figures"][number]>();
  data.figures.forEach((figure, i) => {
    const at = ["figures", i] as const;
    ref("figures", [...at, "sourceId"], "sources", figure.sourceId);
    if (figure.eventId !== undefined) ref("figures", [...at, "eventId"], "events", figure.eventId);
    const from = date("figures", [...at, "period", "from"], figure.period.from);
    const to = date("figures", [...at, "period", "to"], figure.period.to);
    if (from && to && to.end <= from.start) report("figures", [...at, "period", "to"], `${show(figure.period.to)} is before ${show(figure.period.from)}`);
    if (figure.valueText !== undefined && figure.value !== null) {
      report("figures", [...at, "value"], `a number must not be made from the vague word ${show(figure.valueText)}: set "value": null and keep "valueText"`);
    }
    if (figure.value === null && figure.valueText === undefined) {
      report("figures", [...at, "valueText"], `a figure without a number needs "valueText", the source's own word for the quantity`);
    }
    if (figure.value === null && figure.valueHigh !== undefined) report("figures", [...at, "valueHigh"], `a figure without a number has no upper bound`);
    if (figure.valueHigh !== undefined && figure.value !== null && figure.valueHigh < figure.value) {
      report("figures", [...at, "valueHigh"], `${figure.valueHigh} is below value ${figure.value}`);
    }
    if (figure.valueHigh !== undefined && figure.qualifier !== "exactly" && figure.qualifier !== "about") {
      report("figures", [...at, "qualifier"], `"${figure.qualifier}" cannot hedge a range; a range is "exactly" or "about" as the source words it`);
    }
    if (figure.quantity !== undefined) {
      const first = firstOfQuantity.get(figure.quantity);
      if (first === undefined) firstOfQuantity.set(figure.quantity, figure);
      else if (first.unit !== figure.unit) {
        report(
          "figures",
          [...at, "unit"],
          `unit ${show(figure.unit)} differs from ${show(first.unit)} of figure ${show(first.id)} with the same quantity ${show(figure.quantity)}; one key is one measured thing`,
        );
      }
    }
  });

  data.sources.forEach((source, i) => {
    (source.derivedFrom ?? []).forEach((id, j) => {
      const path = ["sources", i, "derivedFrom", j] as const;
      if (id === source.id) report("sources", path, `a source cannot restate itself`);
      else ref("sources", path, "sources", id);
    });
    const cycle = cycleFrom(source.id, sourceById);
    // One message per cycle, at the member with the smallest id, rather than one at every member.
    if (cycle && cycle.every((id) => id >= source.id))
      report("sources", ["sources", i, "derivedFrom"], `${cycle.map((id) => show(id)).join(" restates ")}: sources cannot restate each other in a circle`);
  });

  if (complete) {
    const cited = new Set<string>();
    for (const site of data.sites) {
      cited.add(site.locationSourceId);
      for (const c of site.sources) cited.add(c.sourceId);
    }
    for (const event of data.events) {
      for (const c of event.sources) cited.add(c.sourceId);
      if (event.dateSource) cited.add(event.dateSource.sourceId);
    }
    for (const figure of data.figures) cited.add(figure.sourceId);
    for (const flow of data.flows) {
      for (const c of flow.sources) cited.add(c.sourceId);
      if (flow.dateSource) cited.add(flow.dateSource.sourceId);
    }
    for (const source of data.sources) for (const id of source.derivedFrom ?? []) cited.add(id);
    data.sources.forEach((source, i) => {
      if (source.kind === "reference" && !cited.has(source.id)) {
        report("sources", ["sources", i], `reference ${show(source.id)} is cited by nothing: cite it from the site, event or figure it supports, or remove it`);
      }
    });
  }
}

/**
 * Whether an event belongs in a chapter's or slide's period. A dated event must lie wholly inside it; a
 * `known-by` event only has to be able to fall inside it: it happened between `notBefore` (or any time
 * earlier) and the end of `date`, so that span must overlap the period.
 */
export function fitsPeriod(period: Interval, written: Interval, event: RawDataset["events"][number]): boolean {
  if (event.dateBasis !== "known-by") return contains(period, written);
  const earliest = event.notBefore === undefined ? null : parsePartialDate(event.notBefore);
  const start = earliest?.start ?? new Date(Date.UTC(FIRST_YEAR, 0, 1));
  return start < period.end && written.end > period.start;
}

/** The ids of a `derivedFrom` cycle through `start` (ending with `start` again), or null when there is none. */
function cycleFrom(start: string, sourceById: ReadonlyMap<string, RawDataset["sources"][number]>): string[] | null {
  const seen = new Set<string>();
  const walk = (id: string, trail: string[]): string[] | null => {
    for (const next of sourceById.get(id)?.derivedFrom ?? []) {
      if (next === id) continue;
      if (next === start) return [...trail, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}
