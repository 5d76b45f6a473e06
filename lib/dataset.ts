import { parsePartialDate, spanOf, type Interval } from "./dates";
import type { Briefing, Chapter, Event, Figure, Flow, RawDataset, Site, Source } from "./schema";

/**
 * An event with its dates parsed. `interval` is the time the event may occupy, for filtering and the time
 * window: from the start of `date` to the end of `end` (or of `date`); for a `known-by` event, from
 * `notBefore` (or the start of the data) to the end of `date`, since it may have happened at any time before.
 * `written` is the span of the dates as written, for drawing the date itself.
 */
export interface DatedEvent extends Event {
  interval: Interval;
  written: Interval;
}

/** A flow with its period parsed: `interval` runs from the start of `period.from` to the end of `period.to`. */
export interface DatedFlow extends Flow {
  interval: Interval;
}

/** The dataset as the views use it: dates parsed once, lookups by id, events in time order. */
export interface Dataset {
  sources: Source[];
  sites: Site[];
  events: DatedEvent[];
  chapters: Chapter[];
  figures: Figure[];
  briefings: Briefing[];
  flows: DatedFlow[];
  sourceById: ReadonlyMap<string, Source>;
  siteById: ReadonlyMap<string, Site>;
  eventById: ReadonlyMap<string, DatedEvent>;
  /** Event ids for each site id, in the order their written dates fall. */
  eventsBySite: ReadonlyMap<string, readonly string[]>;
  /** The events in the order the lists read them: by the date written, a known-by event at that date. */
  eventsByWritten: readonly DatedEvent[];
  flowById: ReadonlyMap<string, DatedFlow>;
  figureById: ReadonlyMap<string, Figure>;
  /** Flow ids for each site id that a flow leaves, passes or reaches. */
  flowsBySite: ReadonlyMap<string, readonly string[]>;
  /** Flow ids for each event id that a flow names in `eventIds`. */
  flowsByEvent: ReadonlyMap<string, readonly string[]>;
}

const push = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
};

/** Ids compare by code unit, as the data check orders them; the same in every locale, and fast. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

/**
 * Shapes checked raw data into the domain. It assumes the data passed `checkDataset`; an unparseable
 * date here is a programming error, so it throws rather than guessing.
 */
export function toDataset(raw: RawDataset): Dataset {
  const spans = raw.events.map((event) => {
    const written = spanOf(event.date, event.end);
    if (!written) throw new Error(`event ${event.id} has an unchecked date; run npm run data:check`);
    return written;
  });
  let first = Infinity;
  for (const span of spans) first = Math.min(first, span.start.getTime());
  const dataStart = new Date(first);
  const events = raw.events.map((event, i): DatedEvent => {
    const written = spans[i]!;
    if (event.dateBasis !== "known-by") return { ...event, interval: written, written };
    const earliest = event.notBefore === undefined ? null : parsePartialDate(event.notBefore);
    return { ...event, interval: { start: earliest?.start ?? dataStart, end: written.end }, written };
  });
  // Sorted on numbers keyed once, not on dates compared pairwise: this runs on every dataset opened.
  const ordered = (key: (e: DatedEvent) => number) =>
    events
      .map((event) => ({ event, key: key(event) }))
      .sort((a, b) => a.key - b.key || byCodeUnit(a.event.id, b.event.id))
      .map((keyed) => keyed.event);
  const byStart = ordered((e) => e.interval.start.getTime());
  // A site's events read in the order they happened: a known-by event at its date, not at the start of the
  // long interval it may lie in.
  const byWritten = ordered((e) => e.written.start.getTime());
  const eventsBySite = new Map<string, string[]>();
  for (const event of byWritten) {
    for (const siteId of event.siteIds) {
      const list = eventsBySite.get(siteId) ?? [];
      list.push(event.id);
      eventsBySite.set(siteId, list);
    }
  }
  const flows = raw.flows.map((flow): DatedFlow => {
    const interval = spanOf(flow.period.from, flow.period.to);
    if (!interval) throw new Error(`flow ${flow.id} has an unchecked period; run npm run data:check`);
    return { ...flow, interval };
  });
  const flowsBySite = new Map<string, string[]>();
  const flowsByEvent = new Map<string, string[]>();
  for (const flow of flows) {
    for (const siteId of flow.via ? [flow.from, flow.via, flow.to] : [flow.from, flow.to]) push(flowsBySite, siteId, flow.id);
    for (const eventId of flow.eventIds ?? []) push(flowsByEvent, eventId, flow.id);
  }
  return {
    ...raw,
    events: byStart,
    flows,
    flowById: byId(flows),
    figureById: byId(raw.figures),
    flowsBySite,
    flowsByEvent,
    sourceById: byId(raw.sources),
    siteById: byId(raw.sites),
    eventById: byId(byStart),
    eventsBySite,
    eventsByWritten: byWritten,
  };
}
