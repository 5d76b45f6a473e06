import type { Dataset, DatedEvent } from "./dataset";
import { parsePartialDate } from "./dates";
import { independentSourceCounter } from "./independence";
import { CONFIDENCE_TEXT } from "./format";
import { ACTOR_LABELS, CATEGORY_LABELS } from "./palette";
import { SITE_SYMBOLS } from "./site-symbols";
import type { Site } from "./schema";
import { ACTORS, CATEGORIES, CONFIDENCES, SITE_KINDS, type Actor, type Category, type Confidence, type SiteKind } from "./vocabulary";
import { compileQuery, searchable, type Searchable } from "./search";
import type { ViewState } from "./links";

/** Search texts prepared once per dataset: events by title, summary and their sites' names; sites by name and aliases. */
export interface SearchIndex {
  events: ReadonlyMap<string, Searchable>;
  sites: ReadonlyMap<string, Searchable>;
  /** How many independent sources each event rests on, for the "at least 2 independent sources" filter. */
  independent: ReadonlyMap<string, number>;
}

export function buildSearchIndex(dataset: Dataset): SearchIndex {
  // The texts are prepared when a search first needs them, not when the data opens: folding a hundred
  // thousand summaries takes seconds, and most views never search.
  let sites: Map<string, Searchable> | undefined;
  let events: Map<string, Searchable> | undefined;
  const count = independentSourceCounter(dataset.sourceById);
  const independent = new Map(dataset.events.map((e) => [e.id, count(e.sources)]));
  return {
    get sites() {
      sites ??= new Map(dataset.sites.map((s) => [s.id, searchable(s.name, ...s.aliases)]));
      return sites;
    },
    get events() {
      events ??= new Map(
        dataset.events.map((e) => [
          e.id,
          searchable(
            e.title,
            e.summary,
            ...e.siteIds.flatMap((id) => {
              const site = dataset.siteById.get(id);
              return site ? [site.name, ...site.aliases] : [];
            }),
          ),
        ]),
      );
      return events;
    },
    independent,
  };
}

/** The UTC interval the window covers: from the start of `from` to the end of `to`. */
export function windowOf(state: Pick<ViewState, "from" | "to">): { start: Date; end: Date } {
  const from = parsePartialDate(state.from);
  const to = parsePartialDate(state.to);
  if (!from || !to) throw new Error(`invalid window ${state.from}..${state.to}`);
  return { start: from.start, end: to.end };
}

const overlaps = (event: DatedEvent, window: { start: Date; end: Date }) =>
  event.interval.start.getTime() < window.end.getTime() && event.interval.end.getTime() > window.start.getTime();

/** The filters, each a set of values from the vocabulary. */
export type Facet = "cat" | "actor" | "kind" | "conf";

/** Each filter as the panel lists it: its heading, its values in order, and how a value is labelled. */
export const FACETS: { key: Facet; legend: string; values: readonly string[]; label: (value: string) => string }[] = [
  { key: "cat", legend: "Category", values: CATEGORIES, label: (v) => CATEGORY_LABELS[v as Category] },
  { key: "actor", legend: "Actor", values: ACTORS, label: (v) => ACTOR_LABELS[v as Actor] },
  { key: "kind", legend: "Site kind", values: SITE_KINDS, label: (v) => SITE_SYMBOLS[v as SiteKind].label },
  { key: "conf", legend: "Confidence", values: CONFIDENCES, label: (v) => CONFIDENCE_TEXT[v as Confidence].label },
];

/** What the filters leave: events and sites shown, and the counts to print beside each filter value. */
export interface Filtered {
  /** Events matching every filter and the search, in time order (all of time: the timeline shows them all). */
  events: DatedEvent[];
  /** Of those, the ones inside the time window. */
  inWindow: DatedEvent[];
  /** Sites matching the kind filter and (when there is a search) the search, directly or through their events. */
  sites: Site[];
  /** Site ids with at least one shown event inside the window; the other shown sites are drawn dimmed. */
  activeSites: ReadonlySet<string>;
  counts: {
    cat: Record<Category, number>;
    actor: Record<Actor, number>;
    conf: Record<Confidence, number>;
    kind: Record<SiteKind, number>;
    /** Events in the window resting on at least two independent sources, with the other filters as they are. */
    sources: number;
  };
}

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Applies the filters. Counts are faceted: each value's count is what you would get by choosing it with the
 * other filters as they are, so a count never promises results that are not there.
 */
export function applyFilters(dataset: Dataset, index: SearchIndex, state: ViewState): Filtered {
  const query = compileQuery(state.q);
  const window = windowOf(state);
  const kindOf = (id: string) => dataset.siteById.get(id)?.kind;
  const siteMatches = new Set(query ? dataset.sites.filter((s) => query(index.sites.get(s.id)!)).map((s) => s.id) : []);

  const passes = (event: DatedEvent, skip: Facet | "sources" | null): boolean =>
    (skip === "cat" || state.cat.length === 0 || state.cat.includes(event.category)) &&
    (skip === "actor" || state.actor.length === 0 || event.actors.some((a) => state.actor.includes(a))) &&
    (skip === "conf" || state.conf.length === 0 || state.conf.includes(event.confidence)) &&
    (skip === "kind" || state.kind.length === 0 || event.siteIds.some((id) => state.kind.includes(kindOf(id)!))) &&
    (skip === "sources" || state.sources < 2 || index.independent.get(event.id)! >= 2) &&
    (!query || query(index.events.get(event.id)!));

  const counts = { cat: zero(CATEGORIES), actor: zero(ACTORS), conf: zero(CONFIDENCES), kind: zero(SITE_KINDS), sources: 0 };
  const events: DatedEvent[] = [];
  // Leaving out a filter nobody set changes nothing, so those counts reuse the event's own verdict: with a
  // hundred thousand events this loop is most of what opening the data costs.
  const unset = { cat: state.cat.length === 0, actor: state.actor.length === 0, conf: state.conf.length === 0, sources: state.sources < 2 };
  for (const event of dataset.events) {
    const shown = passes(event, null);
    if (shown) events.push(event);
    if (!overlaps(event, window)) continue;
    if (unset.cat ? shown : passes(event, "cat")) counts.cat[event.category] += 1;
    if (unset.conf ? shown : passes(event, "conf")) counts.conf[event.confidence] += 1;
    if (unset.actor ? shown : passes(event, "actor")) for (const a of event.actors) counts.actor[a] += 1;
    if ((unset.sources ? shown : passes(event, "sources")) && index.independent.get(event.id)! >= 2) counts.sources += 1;
  }
  // The lists read in the order things happened: an event known only by a date sits at that date, not at the
  // start of the long interval it may lie in.
  const inWindow = dataset.eventsByWritten.filter((e) => overlaps(e, window) && passes(e, null));

  const activeSites = new Set(inWindow.flatMap((e) => e.siteIds));
  const eventSites = new Set(events.flatMap((e) => e.siteIds));
  const filtering = query !== null || state.cat.length + state.actor.length + state.conf.length > 0 || state.sources > 1;
  const siteShown = (site: Site, skipKind: boolean) =>
    (skipKind || state.kind.length === 0 || state.kind.includes(site.kind)) && (!filtering || siteMatches.has(site.id) || eventSites.has(site.id));
  const sites = dataset.sites.filter((s) => siteShown(s, false));
  for (const site of dataset.sites) if (siteShown(site, true)) counts.kind[site.kind] += 1;

  return { events, inWindow, sites, activeSites, counts };
}
