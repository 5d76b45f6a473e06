/** Writes public/basemap/*.json, the embedded basemap, from the world-atlas package. Runs before dev and build. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { buildBasemap } from "../lib/basemap";

const require = createRequire(import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), "utf8"));
const basemap = buildBasemap(read("countries-10m.json"), read("countries-50m.json"));
const dir = path.resolve("public", "basemap");
mkdirSync(dir, { recursive: true });
for (const [name, collection] of Object.entries(basemap)) {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(collection));
  console.log(`wrote ${path.relative(process.cwd(), file)} (${Math.round(JSON.stringify(collection).length / 1024)} KiB)`);
}
