import { bySource } from "./citations";
import type { Dataset, DatedEvent } from "./dataset";
import { href } from "./links";
import type { Briefing, Camera, Figure, Site } from "./schema";

/**
 * What the item pages (`/events/<id>`, `/sites/<id>`, `/sources/<id>`, `/figures`) show beside the item:
 * the items it links to and a camera that frames its sites. Plain functions of the dataset, so the pages only
 * render and the sitemap lists the same pages the routes generate.
 */

/** The size the item pages draw their static map at. */
export const ITEM_MAP_SIZE = { width: 640, height: 420 } as const;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * A camera that shows every one of `sites` with a margin on a `width` × `height` picture, no closer than zoom 6
 * (a lone site still shows the borders and sites around it) and no further than zoom 3; with no sites, `fallback`.
 */
export function cameraAround(
  sites: readonly Pick<Site, "coordinates">[],
  fallback: Camera,
  width: number = ITEM_MAP_SIZE.width,
  height: number = ITEM_MAP_SIZE.height,
): Camera {
  if (sites.length === 0) return fallback;
  const lons = sites.map((s) => s.coordinates[0]);
  const lats = sites.map((s) => s.coordinates[1]);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const dx = ((east - west) * Math.PI) / 180;
  const dy = mercatorY(north) - mercatorY(south);
  // The spread fills 60% of the picture, leaving room for the names printed beside the points.
  const scale = Math.min(dx > 0 ? (0.6 * width) / dx : Infinity, dy > 0 ? (0.6 * height) / dy : Infinity);
  const zoom = Number.isFinite(scale) ? Math.log2((scale * 2 * Math.PI) / 512) : 6;
  const lat = (Math.atan(Math.sinh((mercatorY(north) + mercatorY(south)) / 2)) * 180) / Math.PI;
  const clamped = Math.round(Math.max(3, Math.min(6, zoom)) * 10) / 10;
  // Names are printed to the right of their points, so the sites sit a little left of centre to leave them room.
  const labelRoom = ((0.12 * width) / ((512 * 2 ** clamped) / (2 * Math.PI))) * (180 / Math.PI);
  return { center: [Math.round(((west + east) / 2 + labelRoom) * 1000) / 1000, lat], zoom: clamped };
}

/** The sites an event happened at, in the order the event lists them. */
export const sitesOfEvent = (event: DatedEvent, dataset: Pick<Dataset, "siteById">): Site[] => event.siteIds.flatMap((id) => dataset.siteById.get(id) ?? []);

/** The events at a site, in the order they happened. */
export const eventsAtSite = (siteId: string, dataset: Pick<Dataset, "eventsBySite" | "eventById">): DatedEvent[] =>
  (dataset.eventsBySite.get(siteId) ?? []).flatMap((id) => dataset.eventById.get(id) ?? []);

/** Everything that rests on a source: the events and sites citing it (or placed by it) and the figures it gives. */
export interface SourceClaims {
  events: DatedEvent[];
  sites: Site[];
  figures: Figure[];
}

/** The claims a source supports; an event citing it only for its date counts too. */
export function claimsOf(sourceId: string, dataset: Pick<Dataset, "events" | "sites" | "figures">): SourceClaims {
  return {
    events: dataset.events.filter((e) => e.sources.some((c) => c.sourceId === sourceId) || e.dateSource?.sourceId === sourceId),
    sites: dataset.sites.filter((s) => s.locationSourceId === sourceId || s.sources.some((c) => c.sourceId === sourceId)),
    figures: dataset.figures.filter((f) => f.sourceId === sourceId),
  };
}

/**
 * How an event cites a source, for the source's page: "Section: Military cooperation", "for the date ·
 * Section: 2022 referendum", or null when it cites the source with no section.
 */
export function howEventCites(event: Pick<DatedEvent, "sources" | "dateSource">, sourceId: string): string | null {
  const forDate = event.dateSource?.sourceId === sourceId;
  const sections = bySource(event.sources).find((c) => c.sourceId === sourceId)?.sections ?? [];
  if (forDate && event.dateSource?.section && !sections.includes(event.dateSource.section)) sections.push(event.dateSource.section);
  const onlyForDate = forDate && !event.sources.some((c) => c.sourceId === sourceId);
  const parts = [onlyForDate ? "for the date" : null, sections.length > 0 ? `${sections.length === 1 ? "Section" : "Sections"}: ${sections.join("; ")}` : null];
  return parts.filter(Boolean).join(" · ") || null;
}

/** The sites a source's claims concern: its sites, then those of its events, once each. */
export function sitesOfClaims(claims: SourceClaims, dataset: Pick<Dataset, "siteById">): Site[] {
  const ids = new Set([...claims.sites.map((s) => s.id), ...claims.events.flatMap((e) => e.siteIds)]);
  return [...ids].flatMap((id) => dataset.siteById.get(id) ?? []);
}

/** The sites of the events that figures belong to, once each. */
export function sitesOfFigures(figures: readonly Figure[], dataset: Pick<Dataset, "eventById" | "siteById">): Site[] {
  const ids = new Set(figures.flatMap((f) => (f.eventId ? (dataset.eventById.get(f.eventId)?.siteIds ?? []) : [])));
  return [...ids].flatMap((id) => dataset.siteById.get(id) ?? []);
}

/** Every page Tyl publishes, as paths from `href`: the views, every deck and slide, every item page. */
export function allPagePaths(dataset: Pick<Dataset, "events" | "sites" | "sources">, decks: readonly Briefing[]): string[] {
  return [
    href.dashboard(),
    href.story(),
    href.briefings(),
    ...decks.flatMap((deck) => [...deck.slides.map((_, i) => href.slide(deck.id, i)), href.presenter(deck.id), href.handout(deck.id)]),
    href.sources(),
    href.figures(),
    ...dataset.events.map((e) => href.event(e.id)),
    ...dataset.sites.map((s) => href.site(s.id)),
    ...dataset.sources.map((s) => href.source(s.id)),
  ];
}
