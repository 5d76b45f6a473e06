import { describe, expect, it } from "vitest";
import { compileQuery, searchable, skeleton } from "../../lib/search";

const finds = (query: string, ...texts: string[]) => compileQuery(query)!(searchable(...texts));

describe("skeleton", () => {
  it("gives Baranovichi and Baranavichy the same consonants", () => {
    expect(skeleton("Baranavichy")).toBe(skeleton("Baranovichi"));
  });

  it("reads h as g, so Homiel matches Gomel", () => {
    expect(skeleton("Homiel")).toBe(skeleton("Gomel"));
  });

  it("reads w as v, so Barysaw matches Borisov", () => {
    expect(skeleton("Barysaw")).toBe(skeleton("Borisov"));
  });

  it("transliterates Cyrillic, so Барановичи matches Baranovichi", () => {
    expect(skeleton("Барановичи")).toBe(skeleton("Baranovichi"));
  });
});

describe("compileQuery", () => {
  it("finds a site by a spelling that is not among its names", () => {
    expect(finds("Baranavichi", "558th Aircraft Repair Plant", "Baranovichi")).toBe(true);
  });

  it("finds Mahilyow under Mogilev", () => {
    expect(finds("Mahilyow", "Mogilev")).toBe(true);
  });

  it("ignores case and diacritics in plain matches", () => {
    // Four letters, too short for a skeleton: only the plain match can find these.
    expect(finds("ORSA", "Orša")).toBe(true);
    expect(finds("orša", "ORSA rail hub")).toBe(true);
  });

  it("requires every word of the query", () => {
    expect(finds("Iran drones", "Iranian drones for Russia")).toBe(true);
    expect(finds("Iran tanks", "Iranian drones for Russia")).toBe(false);
  });

  it("does not use skeletons for short words, which would match almost anything", () => {
    expect(finds("Iran", "Ukraine")).toBe(false);
  });

  it("returns null for an empty query so nothing is filtered", () => {
    expect(compileQuery("  ")).toBeNull();
  });
});
