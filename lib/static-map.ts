import { geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection, LineString, Point } from "geojson";
import type { Basemap, CountryLabel, PlaceProps } from "./basemap";
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
  /** The Ukraine–Belarus border, drawn apart as on the live map. */
  ukraine: string;
  /** Country and place names that fit without touching each other or the sites' labels, in paint order. */
  names: StaticName[];
  sites: { id: string; name: string; kind: Site["kind"]; x: number; y: number; highlighted: boolean }[];
  /** Flows as SVG paths with their arrowheads (`angle` in degrees clockwise from up), in the order drawn. */
  flows: { id: string; what: string; d: string; width: number; dashed: boolean; head: { x: number; y: number; angle: number } | null }[];
}

/** A basemap name on the static map: a country's, a capital's or a regional centre's, at its anchor point. */
export interface StaticName {
  text: string;
  kind: "country" | "belarus" | "capital" | "place";
  /** The anchor: a country's name is centred on it, a place's dot sits on it with the name on this side. */
  x: number;
  y: number;
  side?: "left" | "right";
}

/** What a static map is drawn on: the published basemap's shapes, and its names when the picture should carry them. */
export type StaticBasemap = Pick<Basemap, "countries" | "borders"> & Partial<Pick<Basemap, "labels">> & { places?: FeatureCollection<Point, PlaceProps> };

/** Font sizes of the names in picture units, and the average advance of a character as a share of the size. */
export const NAME_SIZES: Record<StaticName["kind"], number> = { belarus: 13, country: 11, capital: 11.5, place: 10 };
const ADVANCE = 0.56;
/** Below this zoom a neighbour is named once beside Belarus; from it, along the shared border (as the live map does). */
const BORDER_NAMES_ZOOM = 5;
/** Regional centres are named from this zoom, capitals at any zoom. */
const PLACE_NAMES_ZOOM = 5;

type Box = [x0: number, y0: number, x1: number, y1: number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** How far a place's name stands from its dot, on the right; on the left it clears a lit site's symbol there too. */
export const PLACE_GAP = { right: 6, left: 10 } as const;

/** The box a name's text covers: a country's centred on its point, a place's beside its dot on its `side`. */
function boxOf(name: StaticName): Box {
  const size = NAME_SIZES[name.kind];
  const width = name.text.length * size * ADVANCE * (name.kind === "country" || name.kind === "belarus" ? 1.4 : 1.05);
  const [top, bottom] = [name.y - size, name.y + size * 0.35];
  if (name.side === "left") return [name.x - PLACE_GAP.left - width, top, name.x - PLACE_GAP.left + 1, bottom];
  if (name.side === "right") return [name.x + PLACE_GAP.right - 1, top, name.x + PLACE_GAP.right + width, bottom];
  return [name.x - width / 2, top, name.x + width / 2, bottom];
}

/**
 * The basemap's names for one picture, as MapLibre's collision pass would keep them: Belarus, then capitals,
 * then neighbours' and other countries' names, then regional centres by population, each kept only when its
 * box lies inside the picture and clear of every name kept before and of the sites' labels (`taken`).
 */
function namesOf(basemap: StaticBasemap, project: (p: [number, number]) => [number, number] | null, zoom: number, frame: Box, taken: Box[]): StaticName[] {
  // A neighbour has one name beside Belarus and several along the border: a small picture names it once, at
  // the first of those that fits (the one beside Belarus when zoomed out, else along the border).
  const preferred = (p: CountryLabel) => (p.placement === (zoom < BORDER_NAMES_ZOOM ? "far" : "border") ? 0 : 1);
  const countries = (basemap.labels?.features ?? [])
    .filter(({ properties: p }: { properties: CountryLabel }) => p.neighbour || p.belarus || p.area > 20)
    .sort((a, b) => preferred(a.properties) - preferred(b.properties));
  const places = (basemap.places?.features ?? []).filter((f) => f.properties.capital || zoom >= PLACE_NAMES_ZOOM);
  const candidates = [
    ...countries.map((f) => ({
      rank: f.properties.belarus ? 0 : 2,
      order: -f.properties.area,
      text: f.properties.name,
      kind: f.properties.belarus ? "belarus" : "country",
      at: f.geometry.coordinates,
    })),
    ...places.map((f) => ({
      rank: f.properties.capital ? 1 : 3,
      order: -f.properties.population,
      text: f.properties.name,
      kind: f.properties.capital ? "capital" : "place",
      at: f.geometry.coordinates,
    })),
  ].sort((a, b) => a.rank - b.rank || a.order - b.order);
  const kept: StaticName[] = [];
  const named = new Set<string>();
  const boxes = [...taken];
  for (const c of candidates) {
    if ((c.kind === "country" || c.kind === "belarus") && named.has(c.text)) continue;
    const point = project(c.at as [number, number]);
    if (!point) continue;
    const country = c.kind === "country" || c.kind === "belarus";
    const base = { text: country ? c.text.toUpperCase() : c.text, kind: c.kind as StaticName["kind"], x: round(point[0]), y: round(point[1]) };
    // A place's name goes right of its dot, or left when that is taken (a lit site's label is often on the right).
    const options: StaticName[] = country
      ? [base]
      : [
          { ...base, side: "right" },
          { ...base, side: "left" },
        ];
    const fits = (box: Box) => box[0] >= frame[0] && box[1] >= frame[1] && box[2] <= frame[2] && box[3] <= frame[3] && !boxes.some((b) => overlaps(b, box));
    const name = options.find((option) => fits(boxOf(option)));
    if (!name) continue;
    kept.push(name);
    named.add(c.text);
    boxes.push(boxOf(name));
  }
  return kept;
}

/**
 * Projects a MapLibre camera (centre and zoom, 512-pixel Web Mercator tiles) onto a `width` × `height`
 * picture, so the static map frames what the live map would show at that camera.
 */
export function renderStaticMap(
  basemap: StaticBasemap,
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
  const { countries, borders } = basemap;
  const path = geoPath(projection).digits(1);
  const belarus = countries.features.filter((f) => f.properties?.belarus === true);
  const inside = (x: number, y: number) => x >= -10 && y >= -10 && x <= width + 10 && y <= height + 10;
  const drawnSites = sites.flatMap((site) => {
    const point = projection(site.coordinates);
    if (!point || !inside(point[0], point[1])) return [];
    return [{ id: site.id, name: site.name, kind: site.kind, x: round(point[0]), y: round(point[1]), highlighted: highlighted.has(site.id) }];
  });
  // The sites' own names come first: basemap names give way to them, as on the live map.
  const siteLabels = labelGroups(drawnSites).map((g): Box => [g.x - 8, g.y - 12, g.x + 10 + g.names.join(", ").length * 12 * ADVANCE, g.y + 8]);
  return {
    width,
    height,
    land: path(countries) ?? "",
    belarus: path({ type: "FeatureCollection", features: belarus }) ?? "",
    // The Ukraine–Belarus line is a copy of part of Belarus's own border, kept apart for the live map's style.
    borders: path({ ...borders, features: borders.features.filter((f) => f.properties?.kind !== "ukraine") }) ?? "",
    ukraine: path({ ...borders, features: borders.features.filter((f) => f.properties?.kind === "ukraine") }) ?? "",
    names: namesOf(basemap, (p) => projection(p), camera.zoom, [2, 2, width - 2, height - 2], siteLabels),
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
    sites: drawnSites,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

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
  return renderStaticMap(basemap, camera, dataset.sites, new Set(highlighted), width, height, shapes);
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
