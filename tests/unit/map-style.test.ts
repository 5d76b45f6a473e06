import type { LayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/contrast";
import {
  BASEMAP_THEMES,
  COUNTRY_LABEL_LAYER,
  embeddedStyle,
  LABEL_FONTS,
  NEIGHBOUR_LABEL_LAYER,
  PLACE_LABEL_LAYER,
  UKRAINE_BORDER_LAYER,
} from "@/lib/map-style";

describe("the basemap's colours", () => {
  for (const [theme, c] of Object.entries(BASEMAP_THEMES)) {
    it(`keep every label readable on land, Belarus and water (${theme})`, () => {
      for (const text of [c.label, c.belarusLabel, c.place]) {
        for (const ground of [c.land, c.belarus, c.water, c.halo]) expect(contrastRatio(text, ground), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`set the Ukraine–Belarus border off from the ground and the other borders (${theme})`, () => {
      for (const ground of [c.land, c.belarus]) expect(contrastRatio(c.ukraineBorder, ground)).toBeGreaterThanOrEqual(3);
      expect(c.ukraineBorder).not.toBe(c.belarusBorder);
    });
  }
});

describe("embeddedStyle", () => {
  const layer = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id);

  it("serves every source from the app's own origin", () => {
    const style = embeddedStyle("http://127.0.0.1:3000", "dark");
    for (const source of Object.values(style.sources)) expect((source as { data: string }).data).toMatch(/^http:\/\/127\.0\.0\.1:3000\/basemap\//);
    expect(style.glyphs).toBeUndefined();
  });

  it("writes place and country names in the local fonts, country names over place names", () => {
    const { layers } = embeddedStyle("");
    for (const id of [PLACE_LABEL_LAYER, COUNTRY_LABEL_LAYER, NEIGHBOUR_LABEL_LAYER])
      expect((layer(layers, id) as { layout: { "text-font": string[] } }).layout["text-font"]).toEqual(LABEL_FONTS);
    // MapLibre places the upper layer's labels first, so a country name wins a collision with a town's.
    expect(layers.findIndex((l) => l.id === COUNTRY_LABEL_LAYER)).toBeGreaterThan(layers.findIndex((l) => l.id === PLACE_LABEL_LAYER));
    expect(layers.findIndex((l) => l.id === NEIGHBOUR_LABEL_LAYER)).toBeGreaterThan(layers.findIndex((l) => l.id === PLACE_LABEL_LAYER));
  });

  it("draws the dark variant in the dark colours", () => {
    const dark = embeddedStyle("", "dark").layers;
    expect((layer(dark, "water") as { paint: Record<string, unknown> }).paint["background-color"]).toBe(BASEMAP_THEMES.dark.water);
    expect((layer(dark, UKRAINE_BORDER_LAYER) as { paint: Record<string, unknown> }).paint["line-color"]).toBe(BASEMAP_THEMES.dark.ukraineBorder);
  });

  it("credits GeoNames for the places", () => {
    expect(JSON.stringify(embeddedStyle("").sources.places)).toContain("GeoNames");
  });
});
