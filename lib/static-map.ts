import { geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from "geojson";
import type { Basemap } from "./basemap";
import type { Dataset } from "./dataset";
import { flowFeatures, type FlowFeatureProps } from "./flow-layers";
import type { Camera, Site } from "./schema";

/** A map view drawn as SVG on the server: the same Natural Earth shapes and sites as the live map, no WebGL. */
export interface StaticMap {
  width: number;
  height: number;
  land: string;
  belarus: string;
  borders: string;
  sites: { id: string; name: string; kind: Site["kind"]; x: number; y: number; highlighted: boolean }[];
  /** Flows as SVG paths with their arrowheads (`angle` in degrees clockwise from up), in the order drawn. */
  flows: { id: string; what: string; d: string; width: number; dashed: boolean; head: { x: number; y: number; angle: number } | null }[];
}

/**
 * Projects a MapLibre camera (centre and zoom, 512-pixel Web Mercator tiles) onto a `width` × `height`
 * picture, so the static map frames what the live map would show at that camera.
 */
export function renderStaticMap(
  countries: FeatureCollection<Polygon | MultiPolygon>,
  borders: FeatureCollection,
  camera: Camera,
  sites: readonly Site[],
  highlighted: ReadonlySet<string>,
  width = 640,
  height = 420,
  flows: FeatureCollection<LineString | Point, FlowFeatureProps> = { type: "FeatureCollection", features: [] },
): StaticMap {
  const projection = geoMercator()
    .center(camera.center)
    .scale((512 * 2 ** camera.zoom) / (2 * Math.PI))
    .translate([width / 2, height / 2])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);
  const belarus = countries.features.filter((f) => f.properties?.belarus === true);
  const inside = (x: number, y: number) => x >= -10 && y >= -10 && x <= width + 10 && y <= height + 10;
  return {
    width,
    height,
    land: path(countries) ?? "",
    belarus: path({ type: "FeatureCollection", features: belarus }) ?? "",
    // The Ukraine–Belarus line is a copy of part of Belarus's own border, kept apart for the live map's style.
    borders: path({ ...borders, features: borders.features.filter((f) => f.properties?.kind !== "ukraine") }) ?? "",
    flows: flows.features.flatMap((feature) => {
      if (feature.geometry.type !== "LineString") return [];
      const d = path(feature.geometry);
      if (!d) return [];
      const coords = feature.geometry.coordinates;
      const a = projection(coords.at(-2) as [number, number]);
      const b = projection(coords.at(-1) as [number, number]);
      const head =
        a && b && inside(b[0], b[1]) ? { x: round(b[0]), y: round(b[1]), angle: round((Math.atan2(b[0] - a[0], a[1] - b[1]) * 180) / Math.PI) } : null;
      const { id, what, width: lineWidth, dashed } = feature.properties;
      return [{ id, what, d, width: round(lineWidth), dashed, head }];
    }),
    sites: sites.flatMap((site) => {
      const point = projection(site.coordinates);
      if (!point || !inside(point[0], point[1])) return [];
      return [
        {
          id: site.id,
          name: site.name,
          kind: site.kind,
          x: Math.round(point[0] * 10) / 10,
          y: Math.round(point[1] * 10) / 10,
          highlighted: highlighted.has(site.id),
        },
      ];
    }),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The shapes a static map is drawn on: the published basemap's countries and borders. */
export type StaticBasemap = Pick<Basemap, "countries" | "borders">;

/**
 * A static map of `camera` over every site of `dataset`, with `highlighted` sites lit and the flows `flowIds`
 * drawn: what the server draws for shipped decks and the browser for decks kept in it.
 */
export function datasetStaticMap(
  basemap: StaticBasemap,
  dataset: Pick<Dataset, "sites" | "siteById" | "flowById" | "figureById">,
  camera: Camera,
  highlighted: Iterable<string>,
  width?: number,
  height?: number,
  flowIds: Iterable<string> = [],
): StaticMap {
  const flows = [...flowIds].flatMap((id) => dataset.flowById.get(id) ?? []);
  const shapes = flowFeatures(flows, dataset.siteById, dataset.figureById);
  return renderStaticMap(basemap.countries, basemap.borders, camera, dataset.sites, new Set(highlighted), width, height, shapes);
}

/** Lit-up sites that share a point get one label listing them all, instead of names printed over each other. */
export function labelGroups(sites: StaticMap["sites"]): { x: number; y: number; names: string[] }[] {
  const groups = new Map<string, { x: number; y: number; names: string[] }>();
  for (const site of sites.filter((s) => s.highlighted)) {
    const key = `${Math.round(site.x / 6)}:${Math.round(site.y / 6)}`;
    const group = groups.get(key) ?? { x: site.x, y: site.y, names: [] };
    group.names.push(site.name);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Sites in the order they are painted: lit-up ones last, so they sit on top. */
export const paintOrder = (sites: StaticMap["sites"]): StaticMap["sites"] => [...sites].sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
