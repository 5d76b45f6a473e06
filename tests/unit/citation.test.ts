import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ACCESS_DATE_BLANK,
  apaCitation,
  bibtex,
  bibtexEscape,
  chicagoCitation,
  citationKey,
  cslJson,
  dataUrl,
  dayOf,
  formatDay,
  parseDayKey,
  todayKey,
  type CitableItem,
} from "../../lib/citation";

const fixture = (name: string) => readFileSync(`tests/fixtures/citations/${name}`, "utf8");

const event: CitableItem = {
  kind: "event",
  id: "zapad-2025",
  title: "Zapad 2025 joint strategic exercise",
  url: "https://tyl.example.org/events/zapad-2025",
  version: "0123456789ab",
};
const awkward: CitableItem = {
  kind: "source",
  id: "odd-title",
  title: "Tanks & rockets: 50% more_ {really} #1?",
  url: "https://tyl.example.org/sources/odd-title",
  version: "fedcba987654",
};
const accessed = { year: 2026, month: 12, day: 2 };

describe("citation styles", () => {
  it("writes an event in the Chicago-like style as the fixture gives it", () => {
    expect(chicagoCitation(event, accessed)).toBe(fixture("event.chicago.txt").trimEnd());
  });

  it("writes an event in the APA-like style as the fixture gives it", () => {
    expect(apaCitation(event, accessed)).toBe(fixture("event.apa.txt").trimEnd());
  });

  it("keeps a title's own question mark instead of adding a full stop after it", () => {
    expect(chicagoCitation(awkward, accessed)).toContain("“Tanks & rockets: 50% more_ {really} #1?” Source entry in");
  });

  it("asks the reader for the access date when the browser has given none", () => {
    expect(chicagoCitation(event, null)).toContain(`Accessed ${ACCESS_DATE_BLANK}.`);
    expect(apaCitation(event, null)).toContain(`Retrieved ${ACCESS_DATE_BLANK}, from`);
  });
});

describe("citation exports", () => {
  it("writes CSL-JSON as the fixture gives it", () => {
    expect(cslJson(event, accessed)).toBe(fixture("event.csl.json"));
  });

  it("leaves the accessed date out of CSL-JSON when there is none", () => {
    expect(JSON.parse(cslJson(event, null))[0]).not.toHaveProperty("accessed");
  });

  it("writes BibTeX as the fixture gives it", () => {
    expect(bibtex(event, accessed)).toBe(fixture("event.bib"));
  });

  it("escapes BibTeX's special characters so a title cannot break the entry", () => {
    expect(bibtex(awkward, accessed)).toBe(fixture("awkward-source.bib"));
    expect(bibtexEscape("a\\b~c^d")).toBe("a\\textbackslash{}b\\textasciitilde{}c\\textasciicircum{}d");
  });

  it("names the figures ledger with one key and every other item by kind and id", () => {
    expect(citationKey({ kind: "figures", id: "figures" })).toBe("tyl-figures");
    expect(citationKey(event)).toBe("tyl-event-zapad-2025");
  });

  it("puts a download's text in a data: URL that decodes back to it", () => {
    const text = bibtex(awkward, accessed);
    const url = dataUrl("application/x-bibtex", text);
    expect(url.startsWith("data:application/x-bibtex;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(",") + 1))).toBe(text);
  });
});

describe("access dates", () => {
  it("takes the UTC day, so a reader just after midnight UTC gets the UTC date", () => {
    expect(dayOf(new Date(Date.UTC(2026, 11, 2, 0, 30)))).toEqual({ year: 2026, month: 12, day: 2 });
  });

  it("writes a day as the pages do", () => {
    expect(formatDay(accessed)).toBe("2 December 2026");
  });
});

describe("day keys", () => {
  it("reads back today's key as today's UTC day", () => {
    expect(parseDayKey(todayKey())).toEqual(dayOf(new Date()));
  });

  it("refuses anything but YYYY-MM-DD", () => {
    expect(parseDayKey("2026-12-2")).toBeNull();
    expect(parseDayKey("")).toBeNull();
  });
});
