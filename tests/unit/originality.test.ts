import { describe, expect, it } from "vitest";
import { firstSharedRun, ownTexts, shingles, words } from "../../lib/originality";

describe("words", () => {
  it("ignores case, punctuation and typographic apostrophes", () => {
    expect(words("Russia’s war — “rear base”!")).toEqual(["russia's", "war", "rear", "base"]);
  });
});

describe("firstSharedRun", () => {
  const index = shingles(["one two three four five six seven eight nine ten eleven"], 10);

  it("finds a run of ten words copied from a document", () => {
    expect(firstSharedRun("Zero, One two three four five six seven eight nine TEN.", index, 10)).toBe("one two three four five six seven eight nine ten");
  });

  it("passes a text that shares only nine words in a row", () => {
    expect(firstSharedRun("one two three four five six seven eight nine eleven", index, 10)).toBeNull();
  });
});

describe("ownTexts", () => {
  it("collects our prose with pointers but skips ids, sections and source titles", () => {
    const json = {
      sources: [{ id: "a", kind: "document", publisher: "P", title: "Their title", notes: "Our note" }],
      events: [{ id: "e", title: "Our title", sources: [{ sourceId: "a", section: "Their heading" }] }],
    };
    expect(ownTexts(json)).toEqual([
      { where: "/sources/0/kind", text: "document" },
      { where: "/sources/0/publisher", text: "P" },
      { where: "/sources/0/notes", text: "Our note" },
      { where: "/events/0/title", text: "Our title" },
    ]);
  });
});
