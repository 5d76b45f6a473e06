import { geoArea, geoBounds, geoCentroid } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from "geojson";
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

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon>;
  borders: FeatureCollection;
  labels: FeatureCollection<Point, { name: string; belarus: boolean; area: number }>;
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
  const belarusBorder = round(
    mesh(detailed, detailed.objects.countries, (a, b) => String(a.id) === BELARUS_ID || String(b.id) === BELARUS_ID).coordinates,
  ) as Position[][];
  return {
    countries: { type: "FeatureCollection", features: all },
    borders: {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { belarus: false }, geometry: { type: "MultiLineString", coordinates: [...detailedBorders, ...coarseBorders] } },
        { type: "Feature", properties: { belarus: true }, geometry: { type: "MultiLineString", coordinates: belarusBorder } },
      ],
    },
    labels: {
      type: "FeatureCollection",
      features: all.map((c) => ({
        type: "Feature" as const,
        properties: { name: c.properties.name, belarus: c.properties.belarus, area: Math.round(geoArea(c) * 1e4) },
        geometry: { type: "Point" as const, coordinates: labelPoint(c) },
      })),
    },
  };
}
