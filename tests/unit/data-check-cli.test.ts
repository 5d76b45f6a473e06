import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const dataCheck = (dir: string) => {
  const result = spawnSync(process.execPath, [tsx, "scripts/data-check.ts", dir], { encoding: "utf8" });
  return { status: result.status, out: result.stdout, err: result.stderr };
};

describe("npm run data:check", () => {
  it("exits 0 with one line of counts on a valid dataset", () => {
    const { status, out } = dataCheck("tests/fixtures/minimal");
    expect(status).toBe(0);
    expect(out.trim()).toBe("data:check ok: 4 events, 3 sites, 2 sources, 2 figures, 1 chapters, 0 briefing decks, 0 flows");
  });

  const broken: [string, string][] = [
    ["missing-field", 'tests/fixtures/broken/missing-field/events.json:26:5: /events/1/title: missing required field "title"'],
    [
      "dangling-site",
      'tests/fixtures/broken/dangling-site/events.json:38:9: /events/1/siteIds/0: unknown site "fixture-airfeld" (did you mean "fixture-airfield"?)',
    ],
    ["end-before-start", 'tests/fixtures/broken/end-before-start/events.json:53:7: /events/2/end: end "2022-01" is before date "2022-03"'],
    ["duplicate-id", 'tests/fixtures/broken/duplicate-id/sites.json:54:7: /sites/2/id: duplicate id "mzkt" (first used at /sites/0)'],
    ["malformed-json", "tests/fixtures/broken/malformed-json/sites.json:5:95: malformed JSON"],
    ["javascript-url", "tests/fixtures/broken/javascript-url/sources.json:5:113: /sources/1/url: a source URL must be an http: or https: address"],
    [
      "known-by-without-date-source",
      'tests/fixtures/broken/known-by-without-date-source/events.json:7:5: /events/3/dateSource: a "known-by" date needs "dateSource"',
    ],
    [
      "not-before-after-date",
      'tests/fixtures/broken/not-before-after-date/events.json:6:115: /events/2/notBefore: notBefore "2022-05" is after date "2022-03"',
    ],
    [
      "attribution-mismatch",
      'tests/fixtures/broken/attribution-mismatch/events.json:6:307: /events/2/attribution: "author" does not go with confidence "reported"',
    ],
    ["derived-from-cycle", 'tests/fixtures/broken/derived-from-cycle/sources.json:4:151: /sources/0/derivedFrom: "doc-a" restates "ref-b" restates "doc-a"'],
    [
      "site-without-location-source",
      'tests/fixtures/broken/site-without-location-source/sites.json:5:254: /sites/1/sources: does not cite the site\'s own location source "ref-b"',
    ],
    ["uncited-reference", 'tests/fixtures/broken/uncited-reference/sources.json:6:5: /sources/2: reference "ref-unused" is cited by nothing'],
    [
      "vague-figure-number",
      'tests/fixtures/broken/vague-figure-number/figures.json:5:106: /figures/1/value: a number must not be made from the vague word "hundreds"',
    ],
    // Flows (issue 15): one broken dataset for each rule lib/check.ts applies to flows.json.
    ["flow-dangling-site", 'tests/fixtures/broken/flow-dangling-site/flows.json:5:28: /flows/1/from: unknown site "mzk"'],
    ["flow-same-ends", 'tests/fixtures/broken/flow-same-ends/flows.json:5:44: /flows/1/to: a flow from "mzkt" back to itself draws no arrow'],
    ["flow-via-is-end", 'tests/fixtures/broken/flow-via-is-end/flows.json:5:363: /flows/1/via: via "fixture-city" is already an end of the flow'],
    ["flow-period-reversed", 'tests/fixtures/broken/flow-period-reversed/flows.json:5:123: /flows/1/period/to: "2022-01" is before "2022-03"'],
    [
      "flow-date-precision",
      'tests/fixtures/broken/flow-date-precision/flows.json:5:141: /flows/1/datePrecision: is "day" but period.from "2022-03" is given to the month',
    ],
    [
      "flow-known-by-without-date-source",
      'tests/fixtures/broken/flow-known-by-without-date-source/flows.json:5:5: /flows/1/dateSource: a "known-by" date needs "dateSource": the document whose own date it rests on',
    ],
    [
      "flow-known-by-after-report",
      'tests/fixtures/broken/flow-known-by-after-report/flows.json:5:123: /flows/1/period/to: a "known-by" date cannot be later than its report: "2023-06" is after "doc-a", published "2023-01-12"',
    ],
    [
      "flow-attribution-mismatch",
      'tests/fixtures/broken/flow-attribution-mismatch/flows.json:5:247: /flows/1/attribution: "observers" does not go with confidence "confirmed"',
    ],
    ["flow-unknown-volume", 'tests/fixtures/broken/flow-unknown-volume/flows.json:5:190: /flows/1/volume: unknown figure "fixture-tonnes-c"'],
    ["flow-volume-uncited", 'tests/fixtures/broken/flow-volume-uncited/flows.json:5:190: /flows/1/volume: figure "fixture-tonnes-b" comes from "ref-b"'],
    ["flow-unknown-event", 'tests/fixtures/broken/flow-unknown-event/flows.json:5:346: /flows/1/eventIds/0: unknown event "fixture-spam"'],
    ["flow-repeated", "tests/fixtures/broken/flow-repeated/flows.json:6:72: /flows/2/what: repeats flow /flows/1"],
    ["chapter-unknown-flow", 'tests/fixtures/broken/chapter-unknown-flow/chapters.json:4:268: /chapters/0/flowIds/0: unknown flow "fixture-flw"'],
  ];
  for (const [name, expected] of broken) {
    it(`exits 1 on the hand-made broken dataset "${name}", naming the file and the place`, () => {
      const { status, err } = dataCheck(`tests/fixtures/broken/${name}`);
      expect(status).toBe(1);
      expect(err).toContain(expected);
    });
  }
});
