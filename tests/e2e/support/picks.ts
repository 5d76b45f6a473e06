import type { DatedEvent } from "../../../lib/dataset";
import type { Site } from "../../../lib/schema";
import { dataset } from "./dataset";

/**
 * Test subjects chosen from whatever dataset the app was built from, by the properties a journey needs,
 * so the journeys run unchanged on the shipped data and on an analyst's own.
 */

const WINDOW = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2026, 0, 1) };
export const inDefaultWindow = (e: DatedEvent) => e.interval.start.getTime() < WINDOW.end && e.interval.end.getTime() > WINDOW.start;

const km = (a: Site, b: Site) => {
  const rad = Math.PI / 180;
  const [lon1, lat1] = a.coordinates;
  const [lon2, lat2] = b.coordinates;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
};

/** Sites with no other site within `minKm`, so they draw as their own symbol rather than in a cluster. */
export const isolatedSites = (minKm = 60): Site[] => dataset.sites.filter((s) => dataset.sites.every((o) => o.id === s.id || km(s, o) > minKm));

const eventsAt = (site: Site) => (dataset.eventsBySite.get(site.id) ?? []).map((id) => dataset.eventById.get(id)!);

/** An isolated site with at least two events in the default window. */
export function siteWithEvents(): { site: Site; events: DatedEvent[] } {
  for (const site of isolatedSites()) {
    const events = eventsAt(site).filter(inDefaultWindow);
    if (events.length >= 2) return { site, events };
  }
  throw new Error("the dataset has no isolated site with two events in 2020–2025");
}

/** An event in the default window at exactly one isolated site, with no other event in its lane nearby. */
export function eventAtOneSite(): { event: DatedEvent; site: Site } {
  const isolated = new Set(isolatedSites().map((s) => s.id));
  const margin = 45 * 86_400_000;
  for (const event of dataset.events.filter(inDefaultWindow)) {
    if (event.siteIds.length !== 1 || !isolated.has(event.siteIds[0]!)) continue;
    const crowded = dataset.events.some(
      (o) =>
        o.id !== event.id &&
        o.category === event.category &&
        o.interval.start.getTime() < event.interval.end.getTime() + margin &&
        o.interval.end.getTime() > event.interval.start.getTime() - margin,
    );
    if (!crowded) return { event, site: dataset.siteById.get(event.siteIds[0]!)! };
  }
  throw new Error("the dataset has no event at a single isolated site with room around its mark");
}

/** A window around an event, padded by a month each side, as URL `from`/`to`. */
export function windowAround(event: DatedEvent): { from: string; to: string } {
  const pad = 30 * 86_400_000;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { from: iso(event.interval.start.getTime() - pad), to: iso(event.interval.end.getTime() + pad) };
}
