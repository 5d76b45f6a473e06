import { describe, expect, it } from "vitest";
import { item, minimalTexts, problemsOf, withChange } from "./support/fixture";

describe("checkDataset", () => {
  it("accepts the minimal valid dataset with no problems", () => {
    expect(problemsOf(minimalTexts())).toEqual([]);
  });

  it("reports a missing required field with its pointer", () => {
    const texts = withChange("events", (j) => delete item(j, "events", 1).title);
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/1/title: missing required field "title" (expected string)']);
  });

  it("reports an unknown field so typos in field names do not pass silently", () => {
    const texts = withChange("sites", (j) => (item(j, "sites", 0).precisonKm = 3));
    expect(problemsOf(texts)).toEqual([
      'data/sites.json: /sites/0: unknown field "precisonKm" (check the spelling against data/schema/)',
    ]);
  });

  it("reports a value outside an enum, listing the allowed values", () => {
    const texts = withChange("events", (j) => (item(j, "events", 1).confidence = "likely"));
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/1/confidence: "likely" is not one of "confirmed" | "reported" | "claimed" | "disputed"',
    ]);
  });

  it("reports an id that is not kebab-case", () => {
    const texts = withChange("sources", (j) => (item(j, "sources", 1).id = "Ref B"));
    expect(problemsOf(texts)[0]).toMatch(/^data\/sources\.json: \/sources\/1\/id: ids are lower-case kebab-case/);
  });

  it("reports a duplicate id at the second use, naming the first", () => {
    const texts = withChange("figures", (j) => (item(j, "figures", 1).id = "fixture-tonnes-a"));
    expect(problemsOf(texts)).toEqual(['data/figures.json: /figures/1/id: duplicate id "fixture-tonnes-a" (first used at /figures/0)']);
  });

  it("reports a dangling site id and suggests the closest known one", () => {
    const texts = withChange("events", (j) => ((item(j, "events", 2).siteIds as string[])[0] = "mzk"));
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/2/siteIds/0: unknown site "mzk" (did you mean "mzkt"?)']);
  });

  it("reports a citation of an unknown source", () => {
    const texts = withChange("events", (j) => (item(j, "events", 0).sources = [{ sourceId: "doc-z" }]));
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/0/sources/0/sourceId: unknown source "doc-z" (did you mean "doc-a"?)']);
  });

  it("reports a chapter that features an unknown event", () => {
    const texts = withChange("chapters", (j) => ((item(j, "chapters", 0).eventIds as string[])[1] = "no-such-event"));
    expect(problemsOf(texts)).toEqual(['data/chapters.json: /chapters/0/eventIds/1: unknown event "no-such-event"']);
  });

  it("reports a figure linked to an unknown event", () => {
    const texts = withChange("figures", (j) => (item(j, "figures", 0).eventId = "fixture-spam"));
    expect(problemsOf(texts)).toEqual(['data/figures.json: /figures/0/eventId: unknown event "fixture-spam" (did you mean "fixture-span"?)']);
  });

  it("reports a date that is not a real calendar day", () => {
    const texts = withChange("events", (j) => (item(j, "events", 1).date = "2022-02-30"));
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/1/date: "2022-02-30" is not a real calendar date']);
  });

  it("reports a date in the wrong format", () => {
    const texts = withChange("events", (j) => (item(j, "events", 1).date = "24/02/2022"));
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/1/date: dates are written YYYY, YYYY-MM or YYYY-MM-DD (got "24/02/2022")',
    ]);
  });

  it("reports an end before its start", () => {
    const texts = withChange("events", (j) => (item(j, "events", 2).end = "2022-01"));
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/2/end: end "2022-01" is before date "2022-03"']);
  });

  it("reports a precision that does not match how the date is written", () => {
    const texts = withChange("events", (j) => (item(j, "events", 2).datePrecision = "day"));
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/2/datePrecision: is "day" but date "2022-03" is given to the month']);
  });

  it("reports an event before 1990", () => {
    const texts = withChange("events", (j) => (item(j, "events", 0).date = "1989"));
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/0/date: "1989" falls before 1990']);
  });

  it("reports an event after 2030", () => {
    const texts = withChange("events", (j) => (item(j, "events", 3).date = "2031"));
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/3/date: "2031" falls after 2030']);
  });

  it("reports background before 2020 that is not flagged as context", () => {
    const texts = withChange("events", (j) => delete item(j, "events", 0).context);
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/0/context: events before 2020 are background: set "context": true']);
  });

  it("reports a longitude out of range", () => {
    const texts = withChange("sites", (j) => (item(j, "sites", 2).coordinates = [190, 50.45]));
    expect(problemsOf(texts)).toEqual(["data/sites.json: /sites/2/coordinates/0: longitude 190 is outside -180..180"]);
  });

  it("reports a latitude out of range", () => {
    const texts = withChange("sites", (j) => (item(j, "sites", 2).coordinates = [30.52, 95]));
    expect(problemsOf(texts)).toEqual(["data/sites.json: /sites/2/coordinates/1: latitude 95 is outside -90..90"]);
  });

  it("reports coordinates written as [lat, lon] for a site in Belarus", () => {
    const texts = withChange("sites", (j) => (item(j, "sites", 0).coordinates = [53.88, 27.64]));
    expect(problemsOf(texts)).toEqual([
      "data/sites.json: /sites/0/coordinates: [53.88,27.64] is outside Belarus; it looks like [lat, lon]: coordinates are [lon, lat]",
    ]);
  });

  it("reports a chapter event outside the chapter's period", () => {
    const texts = withChange("chapters", (j) => ((item(j, "chapters", 0).period as Record<string, string>).from = "2022-03"));
    expect(problemsOf(texts)).toEqual([
      'data/chapters.json: /chapters/0/eventIds/0: event "fixture-day" (2022-02-24) falls outside the chapter\'s period 2022-03 to 2022-12',
    ]);
  });

  it("reports a figure range with no upper bound", () => {
    const texts = withChange("figures", (j) => (item(j, "figures", 1).qualifier = "range"));
    expect(problemsOf(texts)).toEqual(['data/figures.json: /figures/1/valueHigh: a range needs "valueHigh"']);
  });

  it("reports malformed JSON with its line and column", () => {
    const texts = minimalTexts();
    texts.sites = texts.sites!.replace('"kind": "airfield",', '"kind": "airfield"');
    expect(problemsOf(texts)).toEqual([
      "data/sites.json: line 5, column 95: malformed JSON: Expected ',' or '}' after property value; fix it and run data:check again to check the rest of this file",
    ]);
  });

  it("reports a missing file", () => {
    expect(problemsOf({ ...minimalTexts(), figures: undefined })).toContain(
      "data/figures.json: /: file is missing; every dataset needs sources, sites, events, chapters and figures",
    );
  });

  it("lists every problem, not just the first", () => {
    const texts = withChange("events", (j) => {
      delete item(j, "events", 1).title;
      item(j, "events", 2).end = "2022-01";
      (item(j, "events", 2).siteIds as string[])[0] = "mzk";
    });
    expect(problemsOf(texts)).toHaveLength(3);
  });

  it("does not repeat a broken item's mistake as dangling references to it", () => {
    const texts = withChange("events", (j) => (item(j, "events", 1).confidence = "likely"));
    expect(problemsOf(texts).filter((p) => p.includes("chapters.json"))).toEqual([]);
  });
});

describe("checkDataset on briefing decks", () => {
  const deck = {
    id: "fixture-deck",
    title: "Fixture deck",
    slides: [{ title: "Slide", eventIds: ["fixture-day"], siteIds: ["mzkt"], camera: { center: [28, 53.5], zoom: 5 }, period: { from: "2022", to: "2022" }, notes: "" }],
  };
  const withDeck = (change: (d: typeof deck) => void) => {
    const copy = structuredClone(deck);
    change(copy);
    return { ...minimalTexts(), briefings: JSON.stringify({ briefings: [copy] }) };
  };

  it("accepts a dataset without a briefings file, since decks are optional", () => {
    expect(problemsOf({ ...minimalTexts(), briefings: undefined })).toEqual([]);
  });

  it("reports a slide that lights up an unknown event", () => {
    expect(problemsOf(withDeck((d) => (d.slides[0]!.eventIds = ["fixture-dai"])))).toEqual([
      'data/briefings.json: /briefings/0/slides/0/eventIds/0: unknown event "fixture-dai" (did you mean "fixture-day"?)',
    ]);
  });

  it("reports a slide event outside the slide's period", () => {
    expect(problemsOf(withDeck((d) => (d.slides[0]!.period = { from: "2023", to: "2023" })))).toEqual([
      'data/briefings.json: /briefings/0/slides/0/eventIds/0: event "fixture-day" falls outside the slide\'s period 2023 to 2023',
    ]);
  });

  it("reserves the id of the deck generated from the chapters", () => {
    expect(problemsOf(withDeck((d) => (d.id = "story")))).toEqual([
      'data/briefings.json: /briefings/0/id: "story" is the deck generated from the chapters; choose another id',
    ]);
  });
});
