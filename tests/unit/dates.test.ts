import { describe, expect, it } from "vitest";
import { contains, parsePartialDate, spanOf } from "../../lib/dates";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("parsePartialDate", () => {
  it("reads a year as the whole UTC year", () => {
    expect(parsePartialDate("2022")).toEqual({ start: utc(2022, 1, 1), end: utc(2023, 1, 1), granularity: "year" });
  });

  it("reads a month as the whole UTC month, including February of a leap year", () => {
    expect(parsePartialDate("2024-02")).toEqual({ start: utc(2024, 2, 1), end: utc(2024, 3, 1), granularity: "month" });
  });

  it("reads a day as one UTC day, even across a local daylight-saving change", () => {
    // 2022-03-27 is the night clocks change in most of Europe; 2022-03-13 in the United States (TZ is pinned there).
    expect(parsePartialDate("2022-03-13")).toEqual({ start: utc(2022, 3, 13), end: utc(2022, 3, 14), granularity: "day" });
    const night = parsePartialDate("2022-03-27");
    expect(night && night.end.getTime() - night.start.getTime()).toBe(86_400_000);
  });

  it("rejects days and months that do not exist", () => {
    expect(parsePartialDate("2023-02-29")).toBeNull();
    expect(parsePartialDate("2023-13")).toBeNull();
    expect(parsePartialDate("2023-00")).toBeNull();
  });

  it("rejects other formats", () => {
    expect(parsePartialDate("24.02.2022")).toBeNull();
    expect(parsePartialDate("2022-2-24")).toBeNull();
    expect(parsePartialDate("")).toBeNull();
  });
});

describe("spanOf", () => {
  it("runs from the start of the first date to the end of the second", () => {
    expect(spanOf("2022-03", "2022-09")).toEqual({ start: utc(2022, 3, 1), end: utc(2022, 10, 1) });
  });

  it("covers the single date when there is no end", () => {
    expect(spanOf("2025-09-12")).toEqual({ start: utc(2025, 9, 12), end: utc(2025, 9, 13) });
  });
});

describe("contains", () => {
  it("is true for a span inside, including one that touches both edges", () => {
    expect(contains(spanOf("2022")!, spanOf("2022-01", "2022-12")!)).toBe(true);
  });

  it("is false for a span that overhangs either edge", () => {
    expect(contains(spanOf("2022")!, spanOf("2021-12-31", "2022-02")!)).toBe(false);
    expect(contains(spanOf("2022")!, spanOf("2022-12", "2023-01")!)).toBe(false);
  });
});
