import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDirectory } from "@/lib/load";

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const scratch = mkdtempSync(path.join(tmpdir(), "tyl-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, [tsx, script, ...args], { encoding: "utf8" });
  return { status: result.status, out: result.stdout, err: result.stderr };
};
let outs = 0;
/** Runs the importer on every CSV of a fixture directory (or on the files given) into a fresh directory. */
const dataImport = (files: string | string[], ...flags: string[]) => {
  const list = typeof files === "string" ? readdirSync(files).map((f) => path.join(files, f)) : files;
  const dir = path.join(scratch, `out-${++outs}`);
  return { dir, ...run("scripts/data-import.ts", [...list, "--out", dir, ...flags]) };
};
/** What `npm run data:check` reports on a directory: the same function, called in process to keep the suite fast. */
const dataCheck = (dir: string) => {
  const { problems, data } = checkDirectory(dir);
  return { status: problems.length === 0 ? 0 : 1, counts: [data.events.length, data.sites.length, data.sources.length] };
};
const fixture = (name: string) => `tests/fixtures/import/${name}`;
const eventsOf = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, "events.json"), "utf8")) as { events: { id: string; summary: string; date: string; datePrecision: string }[] })
    .events;

// Each test spawns the real CLI through tsx, which takes seconds on a loaded two-core machine.
describe("npm run data:import", { timeout: 30_000 }, () => {
  it("imports the template CSVs into a directory that passes data:check", () => {
    const { status, dir } = dataImport(["templates/sources.csv", "templates/sites.csv", "templates/events.csv"]);
    expect(status).toBe(0);
    expect(dataCheck(dir)).toEqual({ status: 0, counts: [3, 2, 3] });
  });

  it("imports an ACLED export into a directory that passes data:check, a site per place and the precision time_precision gives", () => {
    const { status, dir } = dataImport(fixture("acled"));
    expect(status).toBe(0);
    expect(dataCheck(dir)).toEqual({ status: 0, counts: [4, 3, 3] });
    expect(eventsOf(dir).map((e) => [e.id, e.date, e.datePrecision])).toEqual([
      ["acled-blr101", "2020-08-16", "day"],
      ["acled-blr102", "2023-02-26", "day"],
      ["acled-ukr201", "2022-03", "month"],
      ["acled-ukr202", "2022-04", "month"],
    ]);
  });

  it("writes the files with $schema pointers and the schemas beside them, as data/ has", () => {
    const { dir } = dataImport(fixture("acled"));
    expect(JSON.parse(readFileSync(path.join(dir, "sites.json"), "utf8")).$schema).toBe("./schema/sites.schema.json");
    expect(readdirSync(path.join(dir, "schema")).sort()).toEqual([
      "chapters.schema.json",
      "events.schema.json",
      "figures.schema.json",
      "sites.schema.json",
      "sources.schema.json",
    ]);
  });

  const handled: [string, string][] = [
    ["bom", "a byte-order mark before the header"],
    ["semicolon", "semicolon delimiters"],
    ["tab", "tab delimiters"],
  ];
  for (const [name, what] of handled) {
    it(`reads ${what} (fixture "${name}") and the result passes data:check`, () => {
      const { status, dir } = dataImport(fixture(name));
      expect(status).toBe(0);
      expect(dataCheck(dir).status).toBe(0);
    });
  }

  it('keeps a newline inside a quoted cell as part of the cell (fixture "quoted-newline")', () => {
    const { status, dir } = dataImport(fixture("quoted-newline"));
    expect(status).toBe(0);
    expect(eventsOf(dir)[0]?.summary).toContain("two trains\non two days");
  });

  const rejected: [string, string][] = [
    ["ambiguous-date", 'events.csv:3: column "date": "05/03/2022" is ambiguous (day/month or month/day); write 2022-03-05 or 5 March 2022'],
    ["missing-column", 'events.csv:1: missing column "date"; add it to the header row (see templates/events.csv)'],
    ["non-numeric-coordinate", 'sites.csv:2: column "latitude": "53,1333" is not a number (write the decimal with a point: 53.1333)'],
    ["swapped-coordinates", 'sites.csv:2: column "longitude, latitude": [53.1333,26.0167] is outside Belarus; it looks like [lat, lon]'],
    ["duplicate-id", 'events.csv:3: column "id": duplicate id "example-armour-trains-2023" (first used at row 2)'],
    ["empty-file", "events.csv: is empty; it needs a header row naming the columns and at least one data row"],
    ["binary", 'events.csv: is a binary file, not CSV text (it contains NUL bytes); save it from your spreadsheet as "CSV UTF-8"'],
    ["latin1", 'sites.csv: is not UTF-8 text; save it from your spreadsheet as "CSV UTF-8"'],
  ];
  for (const [name, expected] of rejected) {
    it(`exits 1 on fixture "${name}", naming the file, row and column with the fix, and writes the report but no data`, () => {
      const { status, err, dir } = dataImport(fixture(name));
      expect(status).toBe(1);
      expect(err).toContain(expected);
      expect(readFileSync(path.join(dir, "import-report.txt"), "utf8")).toContain(expected);
      expect(readdirSync(dir)).toEqual(["import-report.txt"]);
    });
  }

  it("with --skip-invalid writes the rows that passed, exits 0 and still lists the rejected row", () => {
    const { status, err, dir } = dataImport(fixture("ambiguous-date"), "--skip-invalid");
    expect(status).toBe(0);
    expect(err).toContain('events.csv:3: column "date": "05/03/2022" is ambiguous');
    expect(readFileSync(path.join(dir, "import-report.txt"), "utf8")).toContain("events.csv:3:");
    expect(eventsOf(dir).map((e) => e.id)).toEqual(["example-armour-trains-2023", "example-transit-agreement-2019"]);
    expect(dataCheck(dir).status).toBe(0);
  });

  it("with --skip-invalid also leaves out the rows that pointed at a rejected row, saying so", () => {
    const { status, err, dir } = dataImport(fixture("swapped-coordinates"), "--skip-invalid");
    expect(status).toBe(0);
    expect(err).toContain('events.csv:2: column "siteIds": unknown site "example-baranavichy-station": its own row, sites.csv:2, was rejected');
    expect(dataCheck(dir).status).toBe(0);
  });

  it("imports a 50 MB ACLED export within seconds", () => {
    const file = path.join(scratch, "large-acled.csv");
    const header = readFileSync(fixture("acled/acled-export.csv"), "utf8").split("\n")[0];
    const notes = "Fixture row padded to make a large file; the words repeat. ".repeat(42);
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `BLR${i + 1},2023-05-${String(1 + (i % 28)).padStart(2, "0")},2023,1,Demonstrations,Protests,Peaceful protest,Protesters (Belarus),,,Belarus,Minsk,Minsk,,Minsk,53.9000,27.5667,1,Example Daily,National,"${notes}",0,,1684000000`,
    );
    writeFileSync(file, `${header}\n${rows.join("\n")}\n`);
    expect(readFileSync(file).length).toBeGreaterThan(50_000_000);
    const started = performance.now();
    const { status, dir } = dataImport([file]);
    expect(status).toBe(0);
    expect(eventsOf(dir)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it("prints its usage and exits 2 without files or --out", () => {
    const { status, err } = run("scripts/data-import.ts", ["templates/events.csv"]);
    expect(status).toBe(2);
    expect(err).toContain("usage: npm run data:import -- FILE... --out DIR [--skip-invalid]");
  });
});
