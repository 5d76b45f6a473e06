import { describe, expect, it } from "vitest";
import { toDataset } from "../../lib/dataset";
import type { Event, RawDataset } from "../../lib/schema";

const base: Pick<Event, "title" | "summary" | "category" | "actors" | "siteIds" | "sources" | "confidence" | "attribution"> = {
  title: "t",
  summary: "s",
  category: "military",
  actors: ["russia"],
  siteIds: [],
  sources: [{ sourceId: "doc" }],
  confidence: "confirmed",
  attribution: "record",
};
const raw = (events: Event[]): RawDataset => ({ sources: [], sites: [], events, chapters: [], figures: [], briefings: [], flows: [] });
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe("toDataset intervals", () => {
  const stated: Event = { ...base, id: "stated", date: "2004", datePrecision: "year", dateBasis: "stated", context: true };

  it("gives a stated event the span of its written dates", () => {
    const event = toDataset(raw([stated])).eventById.get("stated")!;
    expect(event.interval).toEqual({ start: utc(2004), end: utc(2005) });
    expect(event.written).toEqual(event.interval);
  });

  it("lets a known-by event overlap any time from notBefore to the end of its date (issue 11)", () => {
    const knownBy: Event = {
      ...base,
      id: "known",
      date: "2025-09",
      datePrecision: "month",
      dateBasis: "known-by",
      notBefore: "2023-03",
      dateSource: { sourceId: "doc" },
    };
    const event = toDataset(raw([stated, knownBy])).eventById.get("known")!;
    expect(event.interval).toEqual({ start: utc(2023, 3), end: utc(2025, 10) });
    expect(event.written).toEqual({ start: utc(2025, 9), end: utc(2025, 10) });
  });

  it("starts a known-by event with no notBefore at the start of the data", () => {
    const knownBy: Event = { ...base, id: "known", date: "2025-09", datePrecision: "month", dateBasis: "known-by", dateSource: { sourceId: "doc" } };
    expect(toDataset(raw([stated, knownBy])).eventById.get("known")!.interval.start).toEqual(utc(2004));
  });
});
