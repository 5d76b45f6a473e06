import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetVersion } from "@/lib/dataset-version";
import { importFiles } from "@/lib/import";
import { openFiles, versionOf } from "@/lib/open-data/open-files";

const fixture = (dir: string, name: string) => ({ name, content: new Uint8Array(readFileSync(`tests/fixtures/import/${dir}/${name}`)) });
const template = (name: string) => ({ name, content: readFileSync(`templates/${name}`, "utf8") });
const set = ["sources.csv", "sites.csv", "events.csv"];

describe("openFiles", () => {
  it("opens the template CSV set as the importer builds it", () => {
    const result = openFiles(set.map(template));
    expect(result).toMatchObject({ ok: true, name: "sources.csv, sites.csv, events.csv" });
    if (result.ok) expect(result.raw).toEqual(importFiles(set.map(template)).data);
  });

  it("refuses a set with any problem, placed by file, row and column", () => {
    const result = openFiles(set.map((n) => fixture("ambiguous-date", n)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ file: "events.csv", row: expect.any(Number), column: "date" }));
  });

  it("opens Tyl's JSON files written by the importer, and gives the same dataset", () => {
    const imported = importFiles(set.map(template));
    const json = (["sources", "sites", "events"] as const).map((n) => ({ name: `${n}.json`, content: imported.files[n] }));
    const result = openFiles(json);
    expect(result.ok && result.raw).toEqual(imported.data);
  });

  it("places a JSON problem at its line and pointer", () => {
    const imported = importFiles(set.map(template));
    const events = imported.files.events.replace(/"category": "[a-z]+"/, '"category": "weather"');
    const result = openFiles([
      { name: "sources.json", content: imported.files.sources },
      { name: "sites.json", content: imported.files.sites },
      { name: "events.json", content: events },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: "events.json", row: expect.any(Number), column: "/events/0/category" });
  });

  it("refuses JSON mixed with CSV, an unknown JSON name and no files", () => {
    expect(openFiles([template("events.csv"), { name: "sites.json", content: "{}" }]).ok).toBe(false);
    expect(openFiles([{ name: "notes.json", content: "{}" }])).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.objectContaining({ file: "notes.json" })]),
    });
    expect(openFiles([]).ok).toBe(false);
  });
});

describe("versionOf", () => {
  it("is the content hash the server names, so the banner and citations agree", async () => {
    const { data } = importFiles(set.map(template));
    expect(await versionOf(data)).toBe(datasetVersion(data));
  });
});
