/**
 * `npm run data:copycheck`: lists every string in the data that shares a run of ten words with a source
 * document in ../shared/seeds (or TYL_SEEDS_DIR). Exits 1 when it finds one, 2 when the documents are absent.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "../lib/load";
import { firstSharedRun, ownTexts, shingles } from "../lib/originality";
import { FILES } from "../lib/schema";
import { readSeeds, seedsDir } from "../lib/seeds";

const RUN = 10;
const seeds = readSeeds();
if (!seeds) {
  console.error(`copy-check did not run: no source documents at ${seedsDir()} (set TYL_SEEDS_DIR).`);
  process.exit(2);
}
const index = shingles(seeds.values(), RUN);
let found = 0;
for (const { file } of Object.values(FILES)) {
  const full = path.join(dataDir(), file);
  if (!existsSync(full)) continue;
  const json: unknown = JSON.parse(readFileSync(full, "utf8"));
  for (const { where, text } of ownTexts(json)) {
    const run = firstSharedRun(text, index, RUN);
    if (run) {
      found += 1;
      console.error(`${path.relative(process.cwd(), full)}: ${where}: shares "${run}" with a source document; paraphrase it`);
    }
  }
}
if (found > 0) process.exit(1);
console.log(`copy-check ok: no run of ${RUN} words shared with the ${seeds.size} source documents`);
