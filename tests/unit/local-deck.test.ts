import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_STATE } from "../../lib/links";
import { loadRawDataset } from "../../lib/load";
import { Briefing } from "../../lib/schema";
import {
  briefingsFileText,
  captureSlide,
  deckIdOf,
  duplicateSlide,
  importDecks,
  liveViewHref,
  moveSlide,
  newDeck,
  type CapturedView,
  type LocalDeck,
} from "../../lib/local-deck";

const raw = loadRawDataset("data");
const camera = { center: [27.56789123, 53.9] as [number, number], zoom: 6.123456 };
const view = (patch: Partial<CapturedView> = {}): CapturedView => ({
  state: { ...DEFAULT_STATE, from: "2022-01-01", to: "2022-12-31" },
  camera,
  litEvents: ["invasion-launched-from-belarus-2022", "belarus-rail-sabotage-2022", "constitutional-referendum-2022", "missile-strikes-from-belarus-2022"],
  litSites: ["luninets-airfield", "no-such-site"],
  ...patch,
});

describe("captureSlide", () => {
  it("keeps the camera, the window, the lit events and sites, and takes three points from the lit events", () => {
    const { slide } = captureSlide(raw, view());
    expect(slide.camera).toEqual({ center: [27.5679, 53.9], zoom: 6.12 });
    expect(slide.period).toEqual({ from: "2022-01-01", to: "2022-12-31" });
    expect(slide.eventIds).toHaveLength(4);
    expect(slide.siteIds).toEqual(["luninets-airfield"]);
    expect(slide.points).toHaveLength(3);
    expect(slide.points?.[0]).toBe(raw.events.find((e) => e.id === "invasion-launched-from-belarus-2022")?.title);
    expect(Briefing.shape.slides.element.safeParse(slide).success).toBe(true);
  });

  it("drops a lit event that does not fit the window, as data:check would refuse it", () => {
    const { slide } = captureSlide(raw, view({ state: { ...DEFAULT_STATE, from: "2022-02-20", to: "2022-02-28" } }));
    expect(slide.eventIds).toEqual(["invasion-launched-from-belarus-2022", "constitutional-referendum-2022"]);
  });

  it("titles the slide after the selection, else the chapter, else the search, else the window", () => {
    const base = view().state;
    expect(captureSlide(raw, view({ state: { ...base, site: "luninets-airfield" } })).slide.title).toBe(
      raw.sites.find((s) => s.id === "luninets-airfield")?.name,
    );
    const chapter = raw.chapters[1]!;
    const fromChapter = captureSlide(raw, view({ chapterId: chapter.id })).slide;
    expect([fromChapter.title, fromChapter.chapterId]).toEqual([chapter.title, chapter.id]);
    expect(captureSlide(raw, view({ state: { ...base, q: "rail" } })).slide.title).toBe("Search: rail");
    expect(captureSlide(raw, view()).slide.title).toBe("2022-01-01 to 2022-12-31");
  });

  it("keeps the filters and search in the slide's live view link", () => {
    const local = captureSlide(raw, view({ state: { ...view().state, cat: ["military"], q: "rail" } }));
    expect(liveViewHref(local)).toBe("/?from=2022-01-01&to=2022-12-31&cat=military&q=rail#map=6.12/53.9/27.5679");
  });
});

describe("deck ids and edits", () => {
  it("makes a unique kebab-case id, never the story deck's", () => {
    expect(deckIdOf("Rail & Air, 2022!", [])).toBe("rail-air-2022");
    expect(deckIdOf("Story", [])).toBe("story-2");
    expect(deckIdOf("A", ["a", "a-2"])).toBe("a-3");
    expect(deckIdOf("***", [])).toBe("deck");
  });

  it("moves and duplicates slides without touching the original deck", () => {
    const deck: LocalDeck = {
      ...newDeck("Test", []),
      slides: ["a", "b", "c"].map((t) => ({ ...captureSlide(raw, view()), slide: { ...captureSlide(raw, view()).slide, title: t } })),
    };
    expect(moveSlide(deck, 0, 2).slides.map((s) => s.slide.title)).toEqual(["b", "c", "a"]);
    expect(duplicateSlide(deck, 1).slides.map((s) => s.slide.title)).toEqual(["a", "b", "b (copy)", "c"]);
    expect(deck.slides.map((s) => s.slide.title)).toEqual(["a", "b", "c"]);
  });
});

const deckOf = (title: string): LocalDeck => ({
  ...newDeck(title, []),
  slides: [captureSlide(raw, view()), captureSlide(raw, view({ state: { ...DEFAULT_STATE, site: "luninets-airfield" } }))],
});

describe("export and import", () => {
  it("exports a briefings.json that npm run data:check accepts in a copy of the data", () => {
    const dir = mkdtempSync(join(tmpdir(), "tyl-local-deck-"));
    try {
      cpSync("data", dir, { recursive: true });
      writeFileSync(join(dir, "briefings.json"), briefingsFileText([deckOf("Exported deck")]));
      const tsx = createRequire(import.meta.url).resolve("tsx/cli");
      const result = spawnSync(process.execPath, [tsx, "scripts/data-check.ts", dir], { encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/1 briefing decks/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("imports an exported file under a new id when the id is taken", () => {
    const result = importDecks(briefingsFileText([deckOf("Round trip")]), "round-trip.json", raw, ["round-trip"]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.decks.map((d) => [d.id, d.title, d.slides.length])).toEqual([["round-trip-2", "Round trip", 2]]);
    expect(result.decks[0]!.slides[0]!.view).toBe("?from=2022-01-01&to=2022-12-31");
  });

  it("names every problem of a bad file by JSON pointer and line", () => {
    const text = briefingsFileText([deckOf("Bad")])
      .replace('"luninets-airfield"', '"luninets-airfeld"')
      .replace('"title": "Bad"', '"title": ""');
    const result = importDecks(text, "bad.json", raw, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map((p) => `${p.where}: ${p.message}`);
    expect(lines).toContain("/briefings/0/title: must not be empty");
  });

  it("reports an unknown site with the place to fix it", () => {
    const text = briefingsFileText([deckOf("Bad")]).replace('"luninets-airfield"', '"luninets-airfeld"');
    const result = importDecks(text, "bad.json", raw, []);
    expect(result.ok ? [] : result.problems.map((p) => [p.where, p.message, typeof p.line])).toEqual([
      ["/briefings/0/slides/0/siteIds/0", 'unknown site "luninets-airfeld" (did you mean "luninets-airfield"?)', "number"],
    ]);
  });

  it("reports malformed JSON with its line and column, and a file with no deck", () => {
    const broken = importDecks('{"briefings": [', "broken.json", raw, []);
    expect(broken.ok ? null : broken.problems[0]?.message).toMatch(/^malformed JSON/);
    const empty = importDecks('{"briefings": []}', "empty.json", raw, []);
    expect(empty.ok ? null : empty.problems[0]?.where).toBe("/briefings");
  });
});
