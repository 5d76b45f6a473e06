import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { item, locatedProblemsOf, minimalTexts, problemsOf, withChange } from "./support/fixture";

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
    expect(problemsOf(texts)).toEqual(['data/sites.json: /sites/0: unknown field "precisonKm" (check the spelling against data/schema/)']);
  });

  it("reports a value outside an enum, listing the allowed values", () => {
    const texts = withChange("events", (j) => (item(j, "events", 1).confidence = "likely"));
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/1/confidence: "likely" is not one of "confirmed" | "reported" | "claimed" | "disputed"']);
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
    expect(problemsOf(texts)).toEqual(['data/events.json: /events/1/date: dates are written YYYY, YYYY-MM or YYYY-MM-DD (got "24/02/2022")']);
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

  it("reports coordinates written as [lat, lon] for a site in Ukraine", () => {
    const texts = withChange("sites", (j) => (item(j, "sites", 2).coordinates = [50.45, 30.52]));
    expect(problemsOf(texts)).toEqual([
      "data/sites.json: /sites/2/coordinates: [50.45,30.52] is outside Ukraine; it looks like [lat, lon]: coordinates are [lon, lat]",
    ]);
  });

  it("reports a chapter event outside the chapter's period", () => {
    const texts = withChange("chapters", (j) => ((item(j, "chapters", 0).period as Record<string, string>).from = "2022-03"));
    expect(problemsOf(texts)).toEqual([
      'data/chapters.json: /chapters/0/eventIds/0: event "fixture-day" (2022-02-24) falls outside the chapter\'s period 2022-03 to 2022-12',
    ]);
  });

  it("reports a range whose upper bound is below its lower bound", () => {
    const texts = withChange("figures", (j) => (item(j, "figures", 1).valueHigh = 120000));
    expect(problemsOf(texts)).toEqual(["data/figures.json: /figures/1/valueHigh: 120000 is below value 130000"]);
  });

  it("keeps a range's hedge but refuses one that cannot hedge a range", () => {
    const hedged = withChange("figures", (j) => (item(j, "figures", 1).valueHigh = 140000));
    expect(problemsOf(hedged)).toEqual([]);
    const texts = withChange("figures", (j) => Object.assign(item(j, "figures", 0), { valueHigh: 80000 }));
    expect(problemsOf(texts)).toEqual([
      'data/figures.json: /figures/0/qualifier: "more-than" cannot hedge a range; a range is "exactly" or "about" as the source words it',
    ]);
  });

  it("reports malformed JSON with its line and column", () => {
    const texts = minimalTexts();
    texts.sites = texts.sites!.replace('"kind": "airfield",', '"kind": "airfield"');
    expect(locatedProblemsOf(texts)).toEqual([
      "data/sites.json:5:95: malformed JSON: expected ',' between items (or a closing bracket or brace); fix it and run data:check again to check the rest of this file",
    ]);
  });

  it("gives every problem the line and column of the value it points at", () => {
    const texts = withChange("events", (j) => ((item(j, "events", 2).siteIds as string[])[0] = "mzk"));
    const line = texts.events!.split("\n").findIndex((l) => l.includes('"mzk"')) + 1;
    expect(locatedProblemsOf(texts)).toEqual([`data/events.json:${line}:9: /events/2/siteIds/0: unknown site "mzk" (did you mean "mzkt"?)`]);
  });

  it("locates a schema problem about a missing field at the object that lacks it", () => {
    const texts = withChange("events", (j) => delete item(j, "events", 1).title);
    const line = texts.events!.split("\n").findIndex((l) => l.includes('"fixture-day"'));
    expect(locatedProblemsOf(texts)).toEqual([`data/events.json:${line}:5: /events/1/title: missing required field "title" (expected string)`]);
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
    slides: [
      {
        title: "Slide",
        eventIds: ["fixture-day"],
        siteIds: ["mzkt"],
        camera: { center: [28, 53.5], zoom: 5 },
        period: { from: "2022", to: "2022" },
        notes: "",
      },
    ],
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

describe("checkDataset on dating, attribution and citation (issue 11)", () => {
  it("accepts a known-by event dated by the document that reports it", () => {
    const texts = withChange("events", (j) =>
      Object.assign(item(j, "events", 3), { datePrecision: "year", dateBasis: "known-by", notBefore: "2022-02", dateSource: { sourceId: "doc-a" } }),
    );
    expect(problemsOf(texts)).toEqual([]);
  });

  it("reports a known-by date with no source for the report's date", () => {
    const texts = withChange("events", (j) => Object.assign(item(j, "events", 3), { datePrecision: "year", dateBasis: "known-by" }));
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/3/dateSource: a "known-by" date needs "dateSource": the document whose own date it rests on',
    ]);
  });

  it("reports an inferred date whose source has no publication date to infer from", () => {
    const texts = withChange("events", (j) =>
      Object.assign(item(j, "events", 3), { datePrecision: "year", dateBasis: "inferred", dateSource: { sourceId: "ref-b" } }),
    );
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/3/dateSource/sourceId: source "ref-b" has no publication date, so it cannot date a "inferred" event',
    ]);
  });

  it("reports a known-by date later than the report it rests on", () => {
    const texts = withChange("events", (j) =>
      Object.assign(item(j, "events", 3), { date: "2024", datePrecision: "year", dateBasis: "known-by", dateSource: { sourceId: "doc-a" } }),
    );
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/3/date: a "known-by" date cannot be later than its report: "2024" is after "doc-a", published "2023-01-12"',
    ]);
  });

  it("reports a notBefore after the event's date", () => {
    const texts = withChange("events", (j) => (item(j, "events", 2).notBefore = "2022-05"));
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/2/notBefore: notBefore "2022-05" is after date "2022-03"; it is the earliest the thing can have happened',
    ]);
  });

  it("keeps approximate for vague dates a source states, not for inferred ones", () => {
    const texts = withChange("events", (j) => Object.assign(item(j, "events", 3), { dateBasis: "inferred", dateSource: { sourceId: "doc-a" } }));
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/3/datePrecision: "approximate" is only for a vague date a source states; a inferred date takes the precision it is written to ("year")',
    ]);
  });

  it("requires an attribution on every event", () => {
    const texts = withChange("events", (j) => delete item(j, "events", 1).attribution);
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/1/attribution: missing required field "attribution" (one of "record" | "official" | "intelligence" | "observers" | "opposition" | "party" | "author")',
    ]);
  });

  it("reports a confidence the attribution does not allow, by the README's table", () => {
    const texts = withChange("events", (j) => (item(j, "events", 2).attribution = "author"));
    expect(problemsOf(texts)).toEqual([
      'data/events.json: /events/2/attribution: "author" does not go with confidence "reported", which needs official, intelligence, observers (the README\'s confidence × attribution table); change one of them',
    ]);
  });

  it("reports a derivedFrom that names an unknown source", () => {
    const texts = withChange("sources", (j) => (item(j, "sources", 0).derivedFrom = ["ref-c"]));
    expect(problemsOf(texts)).toEqual(['data/sources.json: /sources/0/derivedFrom/0: unknown source "ref-c" (did you mean "ref-b"?)']);
  });

  it("reports sources that restate each other in a circle, once", () => {
    const texts = withChange("sources", (j) => {
      item(j, "sources", 0).derivedFrom = ["ref-b"];
      item(j, "sources", 1).derivedFrom = ["doc-a"];
    });
    expect(problemsOf(texts)).toEqual([
      'data/sources.json: /sources/0/derivedFrom: "doc-a" restates "ref-b" restates "doc-a": sources cannot restate each other in a circle',
    ]);
  });

  it("reports a source that restates itself", () => {
    const texts = withChange("sources", (j) => (item(j, "sources", 1).derivedFrom = ["ref-b"]));
    expect(problemsOf(texts)).toEqual(["data/sources.json: /sources/1/derivedFrom/0: a source cannot restate itself"]);
  });

  it("reports a site that does not cite the reference its point was read from", () => {
    const texts = withChange("sites", (j) => (item(j, "sites", 1).sources = [{ sourceId: "doc-a" }]));
    expect(problemsOf(texts)).toEqual([
      'data/sites.json: /sites/1/sources: does not cite the site\'s own location source "ref-b"; add { "sourceId": "ref-b" }',
    ]);
  });

  it("reports a reference that nothing cites", () => {
    const texts = withChange("sources", (j) =>
      j.sources!.push({ id: "ref-unused", kind: "reference", title: "Unused", publisher: null, published: null, url: "https://example.org/u" }),
    );
    expect(problemsOf(texts)).toEqual([
      'data/sources.json: /sources/2: reference "ref-unused" is cited by nothing: cite it from the site, event or figure it supports, or remove it',
    ]);
  });

  it("counts a reference cited only as an event's date source as cited", () => {
    const texts = withChange("sources", (j) =>
      j.sources!.push({ id: "ref-date", kind: "reference", title: "Dates", publisher: null, published: null, url: "https://example.org/d" }),
    );
    const events = JSON.parse(texts.events!) as Record<string, unknown[]>;
    item(events, "events", 1).dateSource = { sourceId: "ref-date" };
    expect(problemsOf({ ...texts, events: JSON.stringify(events) })).toEqual([]);
  });

  it("refuses a number made from a vague quantity word", () => {
    const texts = withChange("figures", (j) => Object.assign(item(j, "figures", 1), { value: 200, valueText: "hundreds" }));
    expect(problemsOf(texts)).toEqual([
      'data/figures.json: /figures/1/value: a number must not be made from the vague word "hundreds": set "value": null and keep "valueText"',
    ]);
  });

  it("accepts a vague quantity kept as the source's word", () => {
    const texts = withChange("figures", (j) => Object.assign(item(j, "figures", 1), { value: null, valueText: "hundreds" }));
    expect(problemsOf(texts)).toEqual([]);
  });

  it("reports a figure with neither a number nor the source's word", () => {
    const texts = withChange("figures", (j) => (item(j, "figures", 1).value = null));
    expect(problemsOf(texts)).toEqual([
      'data/figures.json: /figures/1/valueText: a figure without a number needs "valueText", the source\'s own word for the quantity',
    ]);
  });

  it("reports figures that share a quantity key but measure in different units", () => {
    const texts = withChange("figures", (j) => (item(j, "figures", 1).unit = "tons"));
    expect(problemsOf(texts)).toEqual([
      'data/figures.json: /figures/1/unit: unit "tons" differs from "tonnes" of figure "fixture-tonnes-a" with the same quantity "fixture-tonnage"; one key is one measured thing',
    ]);
  });

  for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd"]) {
    it(`refuses a source URL that is not http or https (${url.split(":")[0]}:)`, () => {
      const texts = withChange("sources", (j) => (item(j, "sources", 1).url = url));
      expect(problemsOf(texts)).toEqual([`data/sources.json: /sources/1/url: a source URL must be an http: or https: address (got ${JSON.stringify(url)})`]);
    });
  }

  it("lets a chapter hold a known-by event whose possible span overlaps its period", () => {
    const texts = withChange("events", (j) =>
      Object.assign(item(j, "events", 3), { datePrecision: "year", dateBasis: "known-by", notBefore: "2022-06", dateSource: { sourceId: "doc-a" } }),
    );
    const chapters = JSON.parse(texts.chapters!) as Record<string, unknown[]>;
    (item(chapters, "chapters", 0).eventIds as string[]).push("fixture-approximate");
    expect(problemsOf({ ...texts, chapters: JSON.stringify(chapters) })).toEqual([]);
  });
});

describe("checkDataset on flows", () => {
  const flowsOf = (dir: string) => readFileSync(`tests/fixtures/broken/${dir}/flows.json`, "utf8");
  const withFlows = (flows: unknown[]) => ({ ...minimalTexts(), flows: JSON.stringify({ flows }) });
  // The second flow of "flow-repeated" is the valid one every broken fixture starts from.
  const valid = () => (JSON.parse(flowsOf("flow-repeated")) as { flows: Record<string, unknown>[] }).flows[1]!;

  it("accepts a valid flow and a dataset without flows.json", () => {
    expect(problemsOf(withFlows([valid()]))).toEqual([]);
    expect(minimalTexts().flows).toBeUndefined();
  });

  it("reports each broken flow fixture with exactly one problem, at the flow", () => {
    for (const dir of [
      "flow-dangling-site",
      "flow-same-ends",
      "flow-via-is-end",
      "flow-period-reversed",
      "flow-date-precision",
      "flow-unknown-volume",
      "flow-repeated",
    ]) {
      const problems = problemsOf({ ...minimalTexts(), flows: flowsOf(dir) });
      expect(problems, dir).toHaveLength(1);
      expect(problems[0], dir).toMatch(/^data\/flows\.json: \/flows\/\d+\//);
    }
  });

  it("keeps 'approximate' for a vague start a source states, as for events", () => {
    const flow = { ...valid(), datePrecision: "approximate" };
    expect(problemsOf(withFlows([flow]))).toEqual([]);
    expect(problemsOf(withFlows([{ ...flow, dateBasis: "inferred", dateSource: { sourceId: "doc-a" } }]))).toEqual([
      'data/flows.json: /flows/0/datePrecision: "approximate" is only for a vague date a source states; a inferred date takes the precision it is written to ("month")',
    ]);
  });

  it("cites a flow's sources so a reference it alone cites is not reported unused", () => {
    const flow = { ...valid(), sources: [{ sourceId: "doc-a" }, { sourceId: "ref-b" }], volume: "fixture-tonnes-b" };
    expect(problemsOf(withFlows([flow]))).toEqual([]);
  });
});
