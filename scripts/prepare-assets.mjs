/**
 * Copies MapLibre's worker into public/maplibre/ (its import.meta.url lookup breaks under Next's bundler,
 * leaving the map blank with "Worker failed to load") and builds the embedded basemap. Runs before dev and build.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve("maplibre-gl/dist/maplibre-gl.mjs"));
const target = path.resolve("public", "maplibre");
mkdirSync(target, { recursive: true });
for (const file of ["maplibre-gl-worker.mjs", "maplibre-gl-shared.mjs"]) {
  copyFileSync(path.join(dist, file), path.join(target, file));
}
console.log(`copied the MapLibre worker to ${path.relative(process.cwd(), target)}`);
execFileSync(process.execPath, [require.resolve("tsx/cli"), "scripts/build-basemap.ts"], { stdio: "inherit" });
