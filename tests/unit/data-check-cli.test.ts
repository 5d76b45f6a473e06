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
    expect(out.trim()).toBe("data:check ok: 4 events, 3 sites, 2 sources, 2 figures, 1 chapters, 0 briefing decks");
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
  ];
  for (const [name, expected] of broken) {
    it(`exits 1 on the hand-made broken dataset "${name}", naming the file and the place`, () => {
      const { status, err } = dataCheck(`tests/fixtures/broken/${name}`);
      expect(status).toBe(1);
      expect(err).toContain(expected);
    });
  }
});
