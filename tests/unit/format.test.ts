import { describe, expect, it } from "vitest";
import { assertionLine, describeDateBasis, formatElapsed, formatEventDate, formatFigure, formatFlowPeriod, formatWhen } from "../../lib/format";

describe("formatEventDate", () => {
  it("writes a day as people do, in UTC whatever the local time zone", () => {
    expect(formatEventDate("2022-02-24", undefined, "day")).toBe("24 February 2022");
  });

  it("writes a month without inventing a day", () => {
    expect(formatEventDate("2023-03", undefined, "month")).toBe("March 2023");
  });

  it("writes a year", () => {
    expect(formatEventDate("2004", undefined, "year")).toBe("2004");
  });

  it("marks an approximate date with c.", () => {
    expect(formatEventDate("2022-10", undefined, "approximate")).toBe("c. October 2022");
  });

  it("writes a span of days within one month compactly", () => {
    expect(formatEventDate("2025-09-12", "2025-09-16", "day")).toBe("12–16 September 2025");
  });

  it("writes a span of days across months", () => {
    expect(formatEventDate("2022-02-10", "2022-03-20", "day")).toBe("10 February – 20 March 2022");
  });

  it("writes a span of months within one year", () => {
    expect(formatEventDate("2022-03", "2022-09", "month")).toBe("March to September 2022");
  });

  it("writes a span across years in full", () => {
    expect(formatEventDate("2021-12", "2022-02", "month")).toBe("December 2021 to February 2022");
  });

  it("writes the first day of a month correctly west of Greenwich", () => {
    // The test script pins TZ to America/Los_Angeles, where midnight UTC on 1 March is still 28 February.
    expect(formatEventDate("2023-03-01", undefined, "day")).toBe("1 March 2023");
  });
});

describe("formatElapsed", () => {
  it("shows minutes and two-digit seconds, past an hour in minutes, and never a negative time", () => {
    expect([formatElapsed(0), formatElapsed(5_999), formatElapsed(725_000), formatElapsed(4_530_000), formatElapsed(-1_000)]).toEqual([
      "0:00",
      "0:05",
      "12:05",
      "75:30",
      "0:00",
    ]);
  });
});

describe("formatFigure", () => {
  const figure = { id: "f", what: "w", unit: "tonnes", period: { from: "2022", to: "2022" }, sourceId: "s" } as const;

  it("writes a hedged number", () => {
    expect(formatFigure({ ...figure, value: 70000, qualifier: "more-than" })).toBe("more than 70,000 tonnes");
  });

  it("keeps the hedge on a range (issue 11: 'approximately $250–300 million')", () => {
    expect(formatFigure({ ...figure, value: 250, valueHigh: 300, qualifier: "about", unit: "USD million" })).toBe("about 250–300 USD million");
  });

  it("writes an unhedged range without a qualifier", () => {
    expect(formatFigure({ ...figure, value: 40, valueHigh: 50, qualifier: "exactly", unit: "percent" })).toBe("40–50 percent");
  });

  it("writes a vague quantity as the source's word, never as a number", () => {
    expect(formatFigure({ ...figure, value: null, valueText: "hundreds", qualifier: "about", unit: "tanks" })).toBe("hundreds of tanks");
  });
});

describe("describeDateBasis", () => {
  const report = { id: "doc", title: "The report", published: "2025-09" };
  const reference = { id: "ref", title: "An encyclopedia article", published: null };
  const sourceById = new Map([report, reference].map((s) => [s.id, s]));
  const event = { date: "2025-09", datePrecision: "month" as const, sources: [{ sourceId: "doc" }] };

  it("says a known-by event is known only by the report's date", () => {
    expect(describeDateBasis({ ...event, dateBasis: "known-by", dateSource: { sourceId: "doc" } }, sourceById)).toBe(
      "known by September 2025, the date of the report; when it happened is not stated",
    );
  });

  it("names the earliest possible date of a known-by event", () => {
    expect(
      describeDateBasis(
        { ...event, date: "2023", datePrecision: "year", dateBasis: "known-by", notBefore: "2022-02", dateSource: { sourceId: "doc" } },
        sourceById,
      ),
    ).toBe("known by 2023 (the report is dated September 2025); not before February 2022; when it happened is not stated");
  });

  it("says an inferred date was worked out from the report's date", () => {
    expect(describeDateBasis({ ...event, dateBasis: "inferred", dateSource: { sourceId: "doc" } }, sourceById)).toBe(
      "worked out from the date of the report (September 2025), to the month",
    );
  });

  it("names the reference that gives a date the first source does not", () => {
    expect(describeDateBasis({ ...event, dateBasis: "stated", dateSource: { sourceId: "ref" } }, sourceById)).toBe('date from "An encyclopedia article"');
  });

  it("says nothing for a date the first source states", () => {
    expect(describeDateBasis({ ...event, dateBasis: "stated" }, sourceById)).toBeNull();
  });
});

describe("formatWhen", () => {
  it("writes a known-by date as 'by' that date and every other date as formatEventDate does", () => {
    expect(formatWhen({ date: "2025-09", datePrecision: "month", dateBasis: "known-by" })).toBe("by September 2025");
    expect(formatWhen({ date: "2022-02-24", datePrecision: "day", dateBasis: "stated" })).toBe("24 February 2022");
  });
});

describe("assertionLine", () => {
  it("says who asserts a claim and how many independent sources it rests on", () => {
    expect(assertionLine("observers", 1)).toBe("Who says so: according to observers, monitors or the media · 1 independent source");
    expect(assertionLine("record", 3)).toBe("Who says so: on the public record · 3 independent sources");
  });
});

describe("formatFlowPeriod", () => {
  it("writes a stated period as an event's span, and a known-by one as known by its report", () => {
    expect(formatFlowPeriod({ period: { from: "2022-03", to: "2022-09" }, datePrecision: "month", dateBasis: "stated" })).toBe("March to September 2022");
    expect(formatFlowPeriod({ period: { from: "2023", to: "2023" }, datePrecision: "year", dateBasis: "known-by" })).toBe("by 2023");
    expect(formatFlowPeriod({ period: { from: "2022", to: "2025-09" }, datePrecision: "year", dateBasis: "known-by" })).toBe(
      "from 2022 or earlier, reported September 2025",
    );
  });
});
