import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, formatViewState, parseViewState } from "../../lib/links";

const known = { events: new Set(["zapad-2025"]), sites: new Set(["mzkt"]) };

describe("parseViewState", () => {
  it("reads every field of a full link", () => {
    expect(parseViewState("?event=zapad-2025&from=2021-01-01&to=2023-12-31&cat=military,exercises&actor=iran&kind=plant&conf=reported&q=Peleng", known)).toEqual({
      event: "zapad-2025",
      site: null,
      chapter: null,
      from: "2021-01-01",
      to: "2023-12-31",
      cat: ["military", "exercises"],
      actor: ["iran"],
      kind: ["plant"],
      conf: ["reported"],
      q: "Peleng",
    });
  });

  it("gives the defaults for an empty query", () => {
    expect(parseViewState("", known)).toEqual(DEFAULT_STATE);
  });

  it("drops an id that is not in the data", () => {
    expect(parseViewState("?event=zapad-2099", known).event).toBeNull();
  });

  it("drops malformed dates and keeps the default window", () => {
    const state = parseViewState("?from=2024-13-45&to=yesterday", known);
    expect([state.from, state.to]).toEqual([DEFAULT_STATE.from, DEFAULT_STATE.to]);
  });

  it("falls back to the default window when from is after to", () => {
    const state = parseViewState("?from=2024-01-01&to=2023-01-01", known);
    expect([state.from, state.to]).toEqual([DEFAULT_STATE.from, DEFAULT_STATE.to]);
  });

  it("keeps only known filter values, in canonical order", () => {
    expect(parseViewState("?cat=rockets,sanctions,military", known).cat).toEqual(["military", "sanctions"]);
  });

  it("reads a chapter from a story link, and ignores one not in the data", () => {
    const chapters = { ...known, chapters: new Set(["launchpad-2022"]) };
    expect(parseViewState("?chapter=launchpad-2022", chapters).chapter).toBe("launchpad-2022");
    expect(parseViewState("?chapter=missing", chapters).chapter).toBeNull();
  });

  it("prefers the event when a link names both an event and a site", () => {
    const state = parseViewState("?event=zapad-2025&site=mzkt", known);
    expect([state.event, state.site]).toEqual(["zapad-2025", null]);
  });
});

describe("formatViewState", () => {
  it("writes nothing for the default state", () => {
    expect(formatViewState(DEFAULT_STATE)).toBe("");
  });

  it("writes only what differs from the defaults, with readable commas", () => {
    expect(formatViewState({ ...DEFAULT_STATE, site: "mzkt", cat: ["military", "industry"] })).toBe("?site=mzkt&cat=military,industry");
  });

  it("round-trips through parseViewState", () => {
    const state = { ...DEFAULT_STATE, event: "zapad-2025", from: "2022-02-01", to: "2022-03-31", conf: ["disputed" as const], q: "Iran drones" };
    expect(parseViewState(formatViewState(state), known)).toEqual(state);
  });
});
