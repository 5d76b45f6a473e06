import type { FeatureCollection, Point } from "geojson";
import type { Site, SiteKind } from "./schema";

/** Properties each site feature carries into MapLibre: what the layers filter and label on. */
export interface SiteFeatureProps {
  id: string;
  name: string;
  kind: SiteKind;
  events: number;
}

/** The sites as a GeoJSON collection whose feature ids are the sites' own string ids (promoted by `promoteId`). */
export function siteFeatures(sites: readonly Site[], eventsBySite: ReadonlyMap<string, readonly string[]>): FeatureCollection<Point, SiteFeatureProps> {
  return {
    type: "FeatureCollection",
    features: sites.map((site) => ({
      type: "Feature",
      properties: { id: site.id, name: site.name, kind: site.kind, events: eventsBySite.get(site.id)?.length ?? 0 },
      geometry: { type: "Point", coordinates: [...site.coordinates] },
    })),
  };
}

/** What the tooltip over a site says: its name, kind and how many events it has. */
export const siteTooltip = (site: Pick<SiteFeatureProps, "name" | "events">, kindLabel: string): string =>
  `${site.name} · ${kindLabel} · ${site.events} event${site.events === 1 ? "" : "s"}`;

/** What the tooltip over a numbered cluster says. */
export const clusterTooltip = (count: number): string => `${count} sites here: click to see them`;
