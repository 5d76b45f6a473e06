/**
 * A whole dataset in one JSON file, as the dashboard's downloads write it: Tyl's JSON (`meta` beside the
 * `sources`, `sites` and `events` arrays) or GeoJSON (site features with their events, and the sources as a
 * member of the collection). Split back into the three arrays, with the path in the file each item came from,
 * so a problem the data check finds is placed in the file the reader has.
 */

/** The three arrays of a one-file dataset, unchecked, and where each item lies in the file. */
export interface OneFile {
  form: "json" | "geojson";
  items: Record<"sources" | "sites" | "events", unknown[]>;
  /** For each array, the path in the file of each of its items. */
  paths: Record<"sources" | "sites" | "events", (string | number)[][]>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The dataset a parsed JSON file holds as a one-file dataset, or null when it is not one. */
export function readOneFile(value: unknown): OneFile | null {
  if (!isObject(value)) return null;
  if (value.type === "FeatureCollection" && Array.isArray(value.features)) return fromGeoJson(value);
  const { sources, sites, events } = value;
  if (!Array.isArray(sources) || !Array.isArray(sites) || !Array.isArray(events)) return null;
  const at = (key: string, list: unknown[]) => list.map((_, i) => [key, i]);
  return {
    form: "json",
    items: { sources, sites, events },
    paths: { sources: at("sources", sources), sites: at("sites", sites), events: at("events", events) },
  };
}

function fromGeoJson(collection: Record<string, unknown>): OneFile {
  const sources = Array.isArray(collection.sources) ? collection.sources : [];
  const result: OneFile = {
    form: "geojson",
    items: { sources, sites: [], events: [] },
    paths: { sources: sources.map((_, i) => ["sources", i]), sites: [], events: [] },
  };
  const seen = new Set<unknown>();
  (collection.features as unknown[]).forEach((feature, i) => {
    if (!isObject(feature) || !isObject(feature.properties)) return;
    const { events, ...properties } = feature.properties;
    const geometry = feature.geometry;
    if (isObject(geometry) && geometry.type === "Point") {
      result.items.sites.push({ ...properties, coordinates: geometry.coordinates });
      result.paths.sites.push(["features", i, "properties"]);
    }
    // An event at several sites is written under each of them; it is one event.
    if (Array.isArray(events))
      events.forEach((event, j) => {
        const id = isObject(event) ? event.id : undefined;
        if (id !== undefined && seen.has(id)) return;
        seen.add(id);
        result.items.events.push(event);
        result.paths.events.push(["features", i, "properties", "events", j]);
      });
  });
  return result;
}

/**
 * The path in the one-file dataset of what `pointer` (into the split-out array file, e.g. `/sites/3/coordinates/0`)
 * names. A site's coordinates are the feature's geometry in GeoJSON.
 */
export function pathInFile(file: OneFile, pointer: string): (string | number)[] | null {
  const [key, index, ...rest] = pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (key !== "sources" && key !== "sites" && key !== "events") return null;
  const base = file.paths[key][Number(index)];
  if (!base) return null;
  const tail = rest.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (file.form === "geojson" && key === "sites" && tail[0] === "coordinates") return [...base.slice(0, -1), "geometry", ...tail];
  return [...base, ...tail];
}
