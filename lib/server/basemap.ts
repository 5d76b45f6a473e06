import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { StaticBasemap } from "../static-map";

/**
 * The basemap the live map draws, read back from public/basemap/ (written by scripts/build-basemap.ts before
 * every build), so server-drawn static maps use exactly the same shapes and names.
 */
export function readPublishedBasemap(): Required<StaticBasemap> {
  const read = (name: string) => JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "basemap", `${name}.json`), "utf8"));
  return { countries: read("countries"), borders: read("borders"), labels: read("labels"), places: read("places") };
}
