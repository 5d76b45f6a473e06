/**
 * Properties of the shipped dataset (data/) that a machine can check beyond data:check. The originality
 * check needs the source documents in ../shared/seeds (or TYL_SEEDS_DIR); where they are absent it says so
 * and is skipped, rather than passing silently.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatEventDate } from "../../lib/format";
import { loadRawDataset } from "../../lib/load";
import { firstSharedRun, ownTexts, shingles, words } from "../../lib/originality";
import { FILES } from "../../lib/schema";
import { readSeeds, seedsDir } from "../../lib/seeds";
import { LOCATION_BASES } from "../../lib/vocabulary";

const data = loadRawDataset("data");
const documents = data.sources.filter((s) => s.kind === "document");

describe("the shipped dataset", () => {
  it("passes every data:check rule", () => {
    expect(() => loadRawDataset("data")).not.toThrow();
  });

  it("cites every source document at least once in an event", () => {
    const cited = new Set(data.events.flatMap((e) => e.sources.map((c) => c.sourceId)));
    expect(documents.filter((d) => !cited.has(d.id)).map((d) => d.id)).toEqual([]);
  });

  it("cites a source document in every event", () => {
    const documentIds = new Set(documents.map((d) => d.id));
    const unsourced = data.events.filter((e) => !e.sources.some((c) => documentIds.has(c.sourceId)));
    expect(unsourced.map((e) => e.id)).toEqual([]);
  });

  it("reads every site's coordinates from a public reference with an address", () => {
    const references = new Map(data.sources.map((s) => [s.id, s]));
    const unaddressed = data.sites.filter((s) => !references.get(s.locationSourceId)?.url);
    expect(unaddressed.map((s) => s.id)).toEqual([]);
  });

  it("states in the README how many sites stand on each location basis, and their precision range", () => {
    // The README's data notes say, for example, "(`town-centre`, 19 sites, 6–25 km, median 10 km)"; a site moved
    // from a town centre to its own coordinates must move that count too, or the README misleads.
    const readme = readFileSync("README.md", "utf8");
    const stated = new Map(
      [...readme.matchAll(/\(`([a-z-]+)`, (\d+) sites?[,:][^)]*?(\d+(?:\.\d+)?)(?:–(\d+(?:\.\d+)?))? km/g)].map((m) => [
        m[1],
        m.slice(2, 5).filter(Boolean).map(Number),
      ]),
    );
    const actual = new Map(
      LOCATION_BASES.map((basis) => {
        const km = data.sites.filter((s) => s.locationBasis === basis).map((s) => s.precisionKm);
        return [basis, km.length === 0 ? [] : [km.length, Math.min(...km), ...(Math.max(...km) > Math.min(...km) ? [Math.max(...km)] : [])]];
      }),
    );
    for (const basis of LOCATION_BASES) expect(stated.get(basis) ?? [], basis).toEqual(actual.get(basis));
  });

  it("keeps together figures that measure the same quantity from different sources", () => {
    const bySource = new Map<string, Set<string>>();
    for (const f of data.figures) if (f.quantity) bySource.set(f.quantity, (bySource.get(f.quantity) ?? new Set()).add(f.sourceId));
    expect([...bySource.values()].some((sources) => sources.size > 1)).toBe(true);
  });

  it("gives each analysed document its own seed file, so no two entries claim one text", () => {
    expect(new Set(documents.map((d) => d.seed)).size).toBe(documents.length);
  });

  it("tells the story in six to nine chapters of 80 to 200 words each", () => {
    expect(data.chapters.length).toBeGreaterThanOrEqual(6);
    expect(data.chapters.length).toBeLessThanOrEqual(9);
    const outside = data.chapters.filter((c) => words(c.body).length < 80 || words(c.body).length > 200);
    expect(outside.map((c) => `${c.id}: ${words(c.body).length} words`)).toEqual([]);
  });

  it("gives every chapter speaker notes", () => {
    expect(data.chapters.filter((c) => c.notes.trim().length === 0).map((c) => c.id)).toEqual([]);
  });

  it("summarises every event in one to three sentences", () => {
    const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z“"])/).length;
    expect(data.events.filter((e) => sentences(e.summary) > 3).map((e) => e.id)).toEqual([]);
  });
});

/** Numbers as written in prose: "130,582", "60–70%", "US$250"; not the digits of a name such as "Su-25" or "558th". */
const numbersIn = (text: string): string[] =>
  (text.match(/(?<![\p{L}\d-])\d[\d,]*(?:\.\d+)?(?![\p{L}\d])/gu) ?? []).map((n) => n.replace(/,(?=\d{3})/g, "").replace(/[,.]$/, ""));

describe("every chapter sentence is backed by what the chapter lists (issue 11)", () => {
  const eventById = new Map(data.events.map((e) => [e.id, e]));
  const figureById = new Map(data.figures.map((f) => [f.id, f]));
  // Longest names first, so "Baranavichy air base" is read as the airfield before "Baranavichy" as the plant.
  const names = data.sites.flatMap((site) => [site.name, ...site.aliases].map((name) => ({ name, id: site.id }))).sort((a, b) => b.name.length - a.name.length);
  const sitesOfName = new Map<string, Set<string>>();
  for (const { name, id } of names) sitesOfName.set(name, (sitesOfName.get(name) ?? new Set()).add(id));

  for (const chapter of data.chapters) {
    it(`${chapter.id}: names no number that none of its events or figures gives`, () => {
      const backing = [
        ...chapter.eventIds.flatMap((id) => {
          const e = eventById.get(id);
          return e ? [e.title, e.summary, e.date, e.end ?? "", e.notBefore ?? "", formatEventDate(e.date, e.end, e.datePrecision)] : [];
        }),
        ...(chapter.figureIds ?? []).flatMap((id) => {
          const f = figureById.get(id);
          return f ? [String(f.value ?? ""), String(f.valueHigh ?? ""), f.what, f.note ?? "", f.period.from, f.period.to] : [];
        }),
      ];
      const known = new Set(backing.flatMap(numbersIn));
      expect(numbersIn(chapter.body).filter((n) => !known.has(n))).toEqual([]);
    });

    it(`${chapter.id}: lists every site its text names`, () => {
      let text = chapter.body;
      const unlisted: string[] = [];
      for (const { name } of names) {
        const pattern = new RegExp(`(?<![\\p{L}\\d])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "gu");
        if (!pattern.test(text)) continue;
        if (![...sitesOfName.get(name)!].some((id) => chapter.siteIds.includes(id))) unlisted.push(name);
        text = text.replace(pattern, " ");
      }
      expect(unlisted).toEqual([]);
    });
  }
});

const seeds = readSeeds();
if (!seeds) console.warn(`The originality check did not run: no source documents at ${seedsDir()}.`);

describe.skipIf(!seeds)("originality against the source documents", () => {
  it("names each seed document in sources.json", () => {
    const named = new Set(documents.map((d) => d.seed));
    expect([...seeds!.keys()].filter((f) => !named.has(f))).toEqual([]);
  });

  it("shares no run of ten words with any document in any text we wrote", () => {
    const index = shingles(seeds!.values(), 10);
    const copied: string[] = [];
    for (const { file } of Object.values(FILES)) {
      const json: unknown = JSON.parse(readFileSync(`data/${file}`, "utf8"));
      for (const { where, text } of ownTexts(json)) {
        const run = firstSharedRun(text, index, 10);
        if (run) copied.push(`data/${file}: ${where}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
