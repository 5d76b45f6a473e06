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
    ["missing-field", 'tests/fixtures/broken/missing-field/events.json: /events/1/title: missing required field "title"'],
    ["dangling-site", 'tests/fixtures/broken/dangling-site/events.json: /events/1/siteIds/0: unknown site "fixture-airfeld" (did you mean "fixture-airfield"?)'],
    ["end-before-start", 'tests/fixtures/broken/end-before-start/events.json: /events/2/end: end "2022-01" is before date "2022-03"'],
    ["duplicate-id", 'tests/fixtures/broken/duplicate-id/sites.json: /sites/2/id: duplicate id "mzkt" (first used at /sites/0)'],
    ["malformed-json", "tests/fixtures/broken/malformed-json/sites.json: line 5, column 95: malformed JSON"],
  ];
  for (const [name, expected] of broken) {
    it(`exits 1 on the hand-made broken dataset "${name}", naming the file and the place`, () => {
      const { status, err } = dataCheck(`tests/fixtures/broken/${name}`);
      expect(status).toBe(1);
      expect(err).toContain(expected);
    });
  }
});
