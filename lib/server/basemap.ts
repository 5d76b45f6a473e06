import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Basemap } from "../basemap";

/**
 * The basemap the live map draws, read back from public/basemap/ (written by scripts/build-basemap.ts before
 * every build), so server-drawn static maps use exactly the same shapes.
 */
export function readPublishedBasemap(): Pick<Basemap, "countries" | "borders"> {
  const read = (name: string) => JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "basemap", `${name}.json`), "utf8"));
  return { countries: read("countries"), borders: read("borders") };
}
