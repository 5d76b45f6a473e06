import type { Dataset } from "./dataset";

/** What is selected or previewed: an event, a site, or nothing. */
export type Focus = { type: "event"; id: string } | { type: "site"; id: string } | { type: "chapter"; id: string } | null;

/** The events and sites a focus lights up on both views. */
export interface Linked {
  events: ReadonlySet<string>;
  sites: ReadonlySet<string>;
}

const EMPTY: Linked = { events: new Set(), sites: new Set() };

/** An event lights up its sites; a site lights up all of its events; a chapter lights up what it features. */
export function linkedTo(dataset: Dataset, focus: Focus): Linked {
  if (!focus) return EMPTY;
  if (focus.type === "event") {
    const event = dataset.eventById.get(focus.id);
    return event ? { events: new Set([event.id]), sites: new Set(event.siteIds) } : EMPTY;
  }
  if (focus.type === "chapter") {
    const chapter = dataset.chapters.find((c) => c.id === focus.id);
    return chapter ? { events: new Set(chapter.eventIds), sites: new Set(chapter.siteIds) } : EMPTY;
  }
  if (!dataset.siteById.has(focus.id)) return EMPTY;
  return { events: new Set(dataset.eventsBySite.get(focus.id) ?? []), sites: new Set([focus.id]) };
}

/** The bounds [[west, south], [east, north]] around a focus's sites, or null when it has none. */
export function boundsOf(dataset: Dataset, siteIds: Iterable<string>): [[number, number], [number, number]] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const id of siteIds) {
    const site = dataset.siteById.get(id);
    if (!site) continue;
    const [lon, lat] = site.coordinates;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return Number.isFinite(west) ? [[west, south], [east, north]] : null;
}
