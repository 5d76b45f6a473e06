/**
 * `npm run data:import -- FILE... --out DIR [--skip-invalid]`: turns Tyl template CSVs (templates/) or ACLED
 * exports into a data directory that passes `npm run data:check`. Every rejected row is printed and written
 * to DIR/import-report.txt. With any rejected row it exits 1 and writes no data, unless --skip-invalid is
 * given: then it writes the rows that passed and still lists the rest.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatImportProblem, importFiles } from "../lib/import";
import { jsonSchemaText, schemaPathFor } from "../lib/json-schema";
import { FILES, type FileName } from "../lib/schema";

const USAGE = "usage: npm run data:import -- FILE... --out DIR [--skip-invalid]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" }, "skip-invalid": { type: "boolean", default: false } },
});
if (positionals.length === 0 || values.out === undefined) {
  console.error(`${USAGE}\nFILE is a CSV in the columns of templates/events.csv, sites.csv or sources.csv, or an ACLED export.`);
  process.exit(2);
}

const files = positionals.map((file) => {
  try {
    return { name: path.basename(file), content: new Uint8Array(readFileSync(file)) };
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    process.exit(2);
  }
});

const started = performance.now();
const result = importFiles(files);
const dir = path.resolve(values.out);
const shown = path.relative(process.cwd(), dir) || dir;
const rejected = result.problems.length;
const write = rejected === 0 || values["skip-invalid"];

const summary = [
  `read ${result.rows.read} rows from ${files.length} file${files.length === 1 ? "" : "s"}`,
  `${result.data.events.length} events, ${result.data.sites.length} sites, ${result.data.sources.length} sources passed from ${result.rows.imported} rows`,
  rejected === 0
    ? "nothing was rejected"
    : `${rejected} problem${rejected === 1 ? "" : "s"}${write ? "; the rows listed were left out" : "; no data was written (fix them, or run again with --skip-invalid to import the rest)"}`,
];
const report = [...result.problems.map(formatImportProblem), ...(rejected > 0 ? [""] : []), ...summary].join("\n");

mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "import-report.txt"), `${report}\n`);
if (write) {
  mkdirSync(path.join(dir, "schema"), { recursive: true });
  for (const name of Object.keys(result.files) as (keyof typeof result.files)[]) {
    writeFileSync(path.join(dir, FILES[name].file), result.files[name]);
    // The files point at their schemas, as data/*.json do, so an editor validates the imported data too.
    writeFileSync(path.join(dir, schemaPathFor(name as FileName)), jsonSchemaText(name));
  }
}
for (const p of result.problems) console.error(formatImportProblem(p));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console[rejected > 0 ? "error" : "log"](
  `${rejected > 0 ? "\n" : ""}${summary.join("; ")}\n${write ? `wrote ${shown} and ${path.join(shown, "import-report.txt")}` : `wrote ${path.join(shown, "import-report.txt")}`} in ${seconds} s`,
);
process.exit(rejected > 0 && !values["skip-invalid"] ? 1 : 0);
