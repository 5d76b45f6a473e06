import { describe, expect, it } from "vitest";
import { allDecks, slideOfChapter, STORY_DECK } from "../../lib/briefing";
import { toDataset } from "../../lib/dataset";
import { loadRawDataset } from "../../lib/load";

const dataset = toDataset(loadRawDataset("tests/fixtures/minimal"));

describe("allDecks", () => {
  it("offers a deck made from the chapters first, one slide per chapter", () => {
    const [first] = allDecks(dataset);
    expect(first?.id).toBe(STORY_DECK);
    expect(first?.slides.map((s) => s.chapterId)).toEqual(dataset.chapters.map((c) => c.id));
  });
});

describe("slideOfChapter", () => {
  it("keeps the chapter's view and notes and takes at most three points from its events", () => {
    const chapter = dataset.chapters[0]!;
    const slide = slideOfChapter(chapter, dataset);
    expect([slide.camera, slide.period, slide.notes]).toEqual([chapter.camera, chapter.period, chapter.notes]);
    expect(slide.points).toEqual(["Fixture day event", "Fixture span event"]);
  });
});
