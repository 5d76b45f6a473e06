import { describe, expect, it } from "vitest";
import { formatElapsed, formatEventDate } from "../../lib/format";

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
    expect([formatElapsed(0), formatElapsed(5_999), formatElapsed(725_000), formatElapsed(4_530_000), formatElapsed(-1_000)]).toEqual(["0:00", "0:05", "12:05", "75:30", "0:00"]);
  });
});
