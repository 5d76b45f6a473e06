/**
 * `npm run data:acled-synthetic -- --rows 100000 --out FILE [--seed 1]`: writes a synthetic ACLED-format CSV
 * (lib/import/acled-synthetic.ts), the same for the same arguments, for testing and timing the importer.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { acledSyntheticCsv } from "../lib/import/acled-synthetic";

const { values } = parseArgs({
  options: { rows: { type: "string", default: "100000" }, seed: { type: "string", default: "1" }, out: { type: "string" } },
});
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1 || values.out === undefined) {
  console.error("usage: npm run data:acled-synthetic -- --rows 100000 --out FILE [--seed 1]; --rows is a whole number of at least 1");
  process.exit(1);
}
const fd = openSync(values.out, "w");
let bytes = 0;
for (const chunk of acledSyntheticCsv(rows, Number(values.seed))) bytes += writeSync(fd, chunk);
closeSync(fd);
console.log(`wrote ${rows} ACLED-format rows (${(bytes / 1_048_576).toFixed(1)} MiB) to ${values.out}`);
