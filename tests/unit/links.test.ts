import { describe, expect, it } from "vitest";
import {
  formatLocalSlide,
  parseLocalPlace,
  DEFAULT_STATE,
  formatMapHash,
  formatStoryHash,
  formatTheme,
  formatViewState,
  href,
  parseMapHash,
  parseSlideNumber,
  parseSlidePath,
  parseStoryHash,
  parseTheme,
  parseViewState,
  permalinkOf,
  slidePath,
} from "../../lib/links";

const known = { events: new Set(["zapad-2025"]), sites: new Set(["mzkt"]) };

describe("parseViewState", () => {
  it("reads every field of a full link", () => {
    expect(
      parseViewState(
        "?event=zapad-2025&from=2021-01-01&to=2023-12-31&cat=military,exercises&actor=iran&kind=plant&conf=reported&q=Peleng&v=0123456789ab",
        known,
      ),
    ).toEqual({
      event: "zapad-2025",
      flow: null,
      site: null,
      chapter: null,
      from: "2021-01-01",
      to: "2023-12-31",
      cat: ["military", "exercises"],
      actor: ["iran"],
      kind: ["plant"],
      conf: ["reported"],
      sources: 1,
      q: "Peleng",
      network: true,
      v: "0123456789ab",
    });
  });

  it("reads and writes a selected flow and the Network toggle, dropping an unknown flow", () => {
    const withFlows = { ...known, flows: new Set(["shenzhen-5g-parts-to-peleng"]) };
    const state = parseViewState("?flow=shenzhen-5g-parts-to-peleng&network=off", withFlows);
    expect(state).toMatchObject({ flow: "shenzhen-5g-parts-to-peleng", network: false });
    expect(formatViewState(state)).toBe("?flow=shenzhen-5g-parts-to-peleng&network=off");
    expect(parseViewState("?flow=no-such-flow&network=maybe", withFlows)).toMatchObject({ flow: null, network: true });
    expect(parseViewState("?event=zapad-2025&flow=shenzhen-5g-parts-to-peleng", withFlows)).toMatchObject({ event: "zapad-2025", flow: null });
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
    const state = {
      ...DEFAULT_STATE,
      event: "zapad-2025",
      from: "2022-02-01",
      to: "2022-03-31",
      conf: ["disputed" as const],
      sources: 2 as const,
      q: "Iran drones",
      v: "0123456789ab",
    };
    expect(parseViewState(formatViewState(state), known)).toEqual(state);
  });
});

describe("the dataset version in a link", () => {
  it("is written last as v=", () => {
    expect(formatViewState({ ...DEFAULT_STATE, cat: ["military"], v: "0123456789ab" })).toBe("?cat=military&v=0123456789ab");
    expect(href.dashboard({ v: "0123456789ab" })).toBe("/?v=0123456789ab");
  });

  it("falls back to none when it is not 12 hex digits, and the rest of the link still opens", () => {
    for (const bad of ["0123456789AB", "0123", "0123456789abc", "<script>", ""])
      expect(parseViewState(`?event=zapad-2025&v=${encodeURIComponent(bad)}`, known)).toEqual({ ...DEFAULT_STATE, event: "zapad-2025" });
  });

  it("is set by permalinkOf, replacing the one the page was opened with and keeping the map hash", () => {
    const at = { origin: "http://127.0.0.1:3000", pathname: "/", search: "?site=mzkt&v=aaaaaaaaaaaa", hash: "#map=7/53.9/27.5" };
    expect(permalinkOf(at, "0123456789ab")).toBe("http://127.0.0.1:3000/?site=mzkt&v=0123456789ab#map=7/53.9/27.5");
    expect(permalinkOf({ ...at, search: "" }, null)).toBe("http://127.0.0.1:3000/#map=7/53.9/27.5");
  });
});

describe("parseViewState with malformed input", () => {
  it("ignores ids that are not kebab-case, and searches longer than 200 characters are cut", () => {
    const state = parseViewState(`?event=Zapad%202025&site=<script>&q=${"x".repeat(500)}`, known);
    expect([state.event, state.site, state.q.length]).toEqual([null, null, 200]);
  });

  it("opens on the defaults for a query that is not a query at all", () => {
    expect(parseViewState("?%%%&&==&from", known)).toEqual(DEFAULT_STATE);
  });
});

describe("the map hash", () => {
  it("round-trips a camera through formatMapHash and parseMapHash", () => {
    const camera = { center: [27.56, 53.9] as [number, number], zoom: 7.25 };
    expect(parseMapHash(`#${formatMapHash(camera)}`)).toEqual(camera);
  });

  it("is found after a story chapter and with MapLibre's bearing and pitch", () => {
    expect(parseMapHash("#launchpad-2022&map=6/52.1/27.3/15/30")).toEqual({ center: [27.3, 52.1], zoom: 6 });
  });

  it("is null when missing, malformed or out of range", () => {
    for (const hash of ["", "#", "#map=", "#map=7/abc/27", "#map=7/53.9", "#map=30/53.9/27.5", "#map=7/95/27.5", "#map=7/53.9/200", "#map=/53.9/27.5"]) {
      expect(parseMapHash(hash), hash).toBeNull();
    }
  });
});

describe("the story hash", () => {
  const chapters = ["disputed-vote-2020", "launchpad-2022"];

  it("round-trips a chapter and keeps MapLibre's map parameter", () => {
    const hash = formatStoryHash("#disputed-vote-2020&map=6/52/27", "launchpad-2022");
    expect(hash).toBe("#launchpad-2022&map=6/52/27");
    expect(parseStoryHash(hash, chapters)).toBe("launchpad-2022");
  });

  it("writes a bare chapter hash when there is nothing to keep", () => {
    expect(formatStoryHash("", "launchpad-2022")).toBe("#launchpad-2022");
  });

  it("names no chapter for an unknown id, a map-only hash or an empty one", () => {
    for (const hash of ["#no-such-chapter", "#map=6/52/27", "", "#launchpad-2022=1"]) expect(parseStoryHash(hash, chapters), hash).toBeNull();
  });
});

describe("local deck places", () => {
  it("round-trip a local deck and slide through the query, keeping the theme", () => {
    expect(parseLocalPlace(href.localSlide("my-deck", 2).split("?")[1]!, 5)).toEqual({ deck: "my-deck", index: 2 });
    expect(formatLocalSlide("?deck=my-deck&n=1&theme=dark", 3)).toBe("?deck=my-deck&n=4&theme=dark");
    expect(parseLocalPlace("?deck=my-deck")).toEqual({ deck: "my-deck", index: 0 });
  });

  it("reject a missing or malformed deck id and a slide past the end", () => {
    for (const search of ["", "?deck=", "?deck=My%20Deck", "?deck=a&n=0", "?deck=a&n=9", "?deck=a&n=x"]) expect(parseLocalPlace(search, 3), search).toBeNull();
  });
});

describe("slide paths", () => {
  it("round-trip a deck and a slide", () => {
    const place = { deck: "arms-industry", index: 2 };
    expect(slidePath(place)).toBe("/brief/arms-industry/3");
    expect(parseSlidePath(slidePath(place), 5)).toEqual(place);
  });

  it("read /brief/<deck> as the first slide", () => {
    expect(parseSlidePath("/brief/story")).toEqual({ deck: "story", index: 0 });
  });

  it("reject slide 0, a slide past the end, a non-number and other paths", () => {
    for (const path of ["/brief/story/0", "/brief/story/9", "/brief/story/two", "/brief/Story/1", "/story", "/brief/story/presenter"]) {
      expect(parseSlidePath(path, 7), path).toBeNull();
    }
  });
});

describe("the slide theme", () => {
  it("round-trips dark and leaves the light default out of the URL", () => {
    expect(parseTheme(formatTheme("?x=1", "dark"))).toBe("dark");
    expect(formatTheme("?theme=dark&x=1", "light")).toBe("?x=1");
    expect(formatTheme("", "light")).toBe("");
  });

  it("is light for anything but theme=dark", () => {
    for (const search of ["", "?theme=DARK", "?theme=", "?theme=dark2", "?%"]) expect(parseTheme(search), search).toBe("light");
  });
});

describe("links between pages", () => {
  it("link a dashboard view that parses back to the same state and camera", () => {
    const link = href.dashboard({ chapter: "launchpad-2022", from: "2022-01-01", to: "2022-12-31" }, { center: [27.3, 52.1], zoom: 6 });
    expect(link).toBe("/?chapter=launchpad-2022&from=2022-01-01&to=2022-12-31#map=6/52.1/27.3");
    const url = new URL(link, "http://tyl.test");
    expect(parseViewState(url.search, { ...known, chapters: new Set(["launchpad-2022"]) })).toMatchObject({ chapter: "launchpad-2022", from: "2022-01-01" });
    expect(parseMapHash(url.hash)).toEqual({ center: [27.3, 52.1], zoom: 6 });
  });

  it("link the story, the decks and the sources", () => {
    expect([href.story("launchpad-2022"), href.slide("story", 1), href.presenter("story"), href.handout("story"), href.sources("rusi-2023-reliance")]).toEqual([
      "/story#launchpad-2022",
      "/brief/story/2",
      "/brief/story/presenter",
      "/brief/story/print",
      "/sources#rusi-2023-reliance",
    ]);
    expect(parseStoryHash(new URL(href.story("launchpad-2022"), "http://tyl.test").hash, ["launchpad-2022"])).toBe("launchpad-2022");
  });
});

describe("parseSlideNumber", () => {
  it("reads a route's slide number as a zero-based index inside the deck", () => {
    expect([parseSlideNumber("1", 3), parseSlideNumber("3", 3)]).toEqual([0, 2]);
  });

  it("is null for 0, a number past the deck, a negative, a decimal or words", () => {
    for (const text of ["0", "4", "-1", "1.5", "one", "", "1e2"]) expect(parseSlideNumber(text, 3), text).toBeNull();
  });
});
