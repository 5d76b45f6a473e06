/**
 * `npx tsx scripts/synthetic-data.ts --events 10000 --flows 1000 --sites 300 --out /tmp/tyl-10k`: writes a valid
 * synthetic dataset (every file) for tests and benchmarks. Point TYL_DATA_DIR at the folder to build the app on it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkDirectory } from "../lib/load";
import { FILES, type FileName } from "../lib/schema";
import { syntheticDataset } from "../lib/synthetic";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "10000" },
    flows: { type: "string", default: "0" },
    sites: { type: "string", default: "300" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: "test-results/synthetic" },
  },
});
const events = Number(values.events);
const sites = Number(values.sites);
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(sites) || sites < 1) {
  console.error("--events and --sites take whole numbers of at least 1, e.g. --events 10000 --sites 300");
  process.exit(1);
}
const flows = Number(values.flows);
if (!Number.isInteger(flows) || flows < 0) {
  console.error("--flows takes a whole number, e.g. --flows 1000");
  process.exit(1);
}
const data = syntheticDataset(events, sites, Number(values.seed), flows);
const dir = path.resolve(values.out);
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(FILES) as FileName[]) {
  const { file, key } = FILES[name];
  writeFileSync(path.join(dir, file), JSON.stringify({ [key]: data[name] }));
}
const { problems } = checkDirectory(dir);
if (problems.length > 0) {
  console.error(`the synthetic dataset failed its own checks (${problems.length} problems); this is a bug in lib/synthetic.ts`);
  process.exit(1);
}
console.log(`wrote ${events} events and ${flows} flows over ${sites} sites to ${path.relative(process.cwd(), dir) || dir}`);
