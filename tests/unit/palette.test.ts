import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../lib/contrast";
import { CATEGORY_COLOURS } from "../../lib/palette";
import { SITE_SYMBOLS } from "../../lib/site-symbols";
import { THEMES } from "../../lib/theme";

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
  });
});

describe("the projector palette", () => {
  it("draws every category in a colour with at least 3:1 contrast against the white timeline (WCAG 1.4.11)", () => {
    const weak = Object.entries(CATEGORY_COLOURS).filter(([, c]) => contrastRatio(c, "#ffffff") < 3);
    expect(weak).toEqual([]);
  });

  it("draws every site symbol in a colour with at least 3:1 contrast against white", () => {
    const weak = Object.entries(SITE_SYMBOLS).filter(([, s]) => contrastRatio(s.colour, "#ffffff") < 3);
    expect(weak).toEqual([]);
  });

  it("keeps slide text at 7:1 or better in both themes, for the back of a room", () => {
    for (const theme of Object.values(THEMES)) {
      expect(contrastRatio(theme.text, theme.background)).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(theme.muted, theme.background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
