/**
 * The basemap's context in real Chromium: the neighbours' names and the capitals and regional centres are
 * drawn, the Ukraine–Belarus border stands out, the slides' dark theme darkens the map, GeoNames is credited,
 * and nothing is fetched from beyond the app's origin. The map is read from its pixels, at points worked out
 * from the same files the map draws (public/basemap/).
 */
import type { FeatureCollection, MultiLineString, Point } from "geojson";
import { PNG } from "pngjs";
import type { Page } from "@playwright/test";
import { allDecks } from "../../lib/briefing";
import { BASEMAP_THEMES } from "../../lib/map-style";
import { dataset } from "./support/dataset";
import { expect, test } from "./support/fixtures";
import { mapSettled, screenPosition } from "./support/map";

test.use({ reducedMotion: "reduce" });

const deck = allDecks(dataset)[0]!;
const VIEW = "#map=5.2/53.4/27.6";

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Pixels of a page area within `tolerance` of a colour, leaving out a square of side `hole` in the middle. */
async function pixelsNear(page: Page, at: { x: number; y: number }, size: { width: number; height: number }, hex: string, tolerance = 36, hole = 0) {
  const clip = { x: Math.round(at.x - size.width / 2), y: Math.round(at.y - size.height / 2), ...size };
  const png = PNG.sync.read(await page.screenshot({ clip }));
  const [r, g, b] = rgb(hex);
  let count = 0;
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      if (Math.abs(x - png.width / 2) < hole / 2 && Math.abs(y - png.height / 2) < hole / 2) continue;
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - r) + Math.abs(png.data[i + 1]! - g) + Math.abs(png.data[i + 2]! - b) <= tolerance) count += 1;
    }
  }
  return count;
}

/** The share of the map canvas painted within a small distance of a colour. */
async function shareOfMap(page: Page, hex: string) {
  const box = (await page.locator("canvas.maplibregl-canvas").boundingBox())!;
  const count = await pixelsNear(
    page,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    { width: Math.floor(box.width), height: Math.floor(box.height) },
    hex,
    12,
  );
  return count / (Math.floor(box.width) * Math.floor(box.height));
}

async function basemapFile<T>(page: Page, name: string): Promise<T> {
  return (await (await page.request.get(`/basemap/${name}.json`)).json()) as T;
}

/** Pixels of a colour around those of `points` that are well inside the map canvas. */
async function writtenAround(page: Page, points: [number, number][], hex: string, size = { width: 110, height: 24 }, hole = 0) {
  const box = (await page.locator("canvas.maplibregl-canvas").boundingBox())!;
  let count = 0;
  for (const [lon, lat] of points) {
    const at = await screenPosition(page, lon, lat);
    if (
      at.x < box.x + size.width / 2 ||
      at.x > box.x + box.width - size.width / 2 ||
      at.y < box.y + size.height / 2 ||
      at.y > box.y + box.height - size.height / 2
    )
      continue;
    // Text is thin and anti-aliased, so its pixels are matched loosely; the ground and the borders stay far off.
    count += await pixelsNear(page, at, size, hex, 90, hole);
  }
  return count;
}

type Labels = FeatureCollection<Point, { name: string; placement: string; neighbour: boolean }>;
const pointsOf = (labels: Labels, name: string, placement: string) =>
  labels.features.filter((f) => f.properties.name === name && f.properties.placement === placement).map((f) => f.geometry.coordinates as [number, number]);

test.describe("on a projector-sized screen", () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test("every neighbour is named beside Belarus with the region in view, and the capitals and regional centres are written", async ({ page }) => {
    await page.goto("/#map=4.5/53.7/27.6");
    await mapSettled(page);
    const labels = await basemapFile<Labels>(page, "labels");
    for (const name of ["Ukraine", "Poland", "Lithuania", "Latvia", "Russia"]) {
      // Zoomed out, the names are small: a country without its name here counts 0.
      expect(await writtenAround(page, pointsOf(labels, name, "far"), BASEMAP_THEMES.light.label), `${name} is written`).toBeGreaterThan(20);
    }
    const places = await basemapFile<FeatureCollection<Point, { name: string }>>(page, "places");
    for (const name of ["Vilnius", "Warsaw", "Smolensk", "Kyiv"]) {
      const place = places.features.filter((f) => f.properties.name === name).map((f) => f.geometry.coordinates as [number, number]);
      // The name sits beside its dot, left, right, above or below: the dot itself is left out of the count.
      expect(await writtenAround(page, place, BASEMAP_THEMES.light.place, { width: 200, height: 60 }, 14), `${name} is written`).toBeGreaterThan(40);
    }
    await expect(page.locator(".maplibregl-ctrl-attrib-inner")).toContainText("GeoNames");
  });

  test("closer in, the neighbours are named along the border they share with Belarus", async ({ page }) => {
    await page.goto("/#map=5.3/53.4/27.6");
    await mapSettled(page);
    const labels = await basemapFile<Labels>(page, "labels");
    for (const name of ["Ukraine", "Poland", "Lithuania"]) {
      expect(await writtenAround(page, pointsOf(labels, name, "border"), BASEMAP_THEMES.light.label), `${name} is written`).toBeGreaterThan(40);
    }
  });
});

test("the Ukraine–Belarus border is drawn in its own colour, the key names it, and Belarus's other borders are not", async ({ page }) => {
  await page.goto(`/${VIEW}`);
  await mapSettled(page);
  const borders = await basemapFile<FeatureCollection<MultiLineString, { kind: string }>>(page, "borders");
  const line = (kind: string) => borders.features.find((f) => f.properties.kind === kind)!.geometry.coordinates.flat();
  const ukraine = line("ukraine");
  const colour = BASEMAP_THEMES.light.ukraineBorder;
  for (const share of [0.3, 0.5, 0.7]) {
    const [lon, lat] = ukraine[Math.floor(ukraine.length * share)]! as [number, number];
    expect(await pixelsNear(page, await screenPosition(page, lon, lat), { width: 16, height: 16 }, colour), `Ukraine border at ${lon}, ${lat}`).toBeGreaterThan(
      8,
    );
  }
  // A point on the border with Lithuania, north of every Ukrainian vertex.
  const [lon, lat] = line("belarus").find(([, y]) => y! > 54.5 && y! < 55)! as [number, number];
  expect(await pixelsNear(page, await screenPosition(page, lon, lat), { width: 16, height: 16 }, colour)).toBe(0);
  await expect(page.locator(".map-legend")).toContainText("Ukraine–Belarus border");
});

test("the slides' dark theme draws the dark basemap, and D switches it back", async ({ page }) => {
  await page.goto(`/brief/${deck.id}/1?theme=dark`);
  await mapSettled(page);
  const map = page.locator("[data-map-state]");
  await expect(map).toHaveAttribute("data-map-theme", "dark");
  await expect.poll(() => shareOfMap(page, BASEMAP_THEMES.dark.land)).toBeGreaterThan(0.2);
  // Nothing of the light basemap is left (the controls drawn over the canvas are white, so not quite zero).
  expect(await shareOfMap(page, BASEMAP_THEMES.light.land)).toBeLessThan(0.01);
  await page.keyboard.press("d");
  await expect(map).toHaveAttribute("data-map-theme", "light");
  await expect.poll(() => shareOfMap(page, BASEMAP_THEMES.light.land)).toBeGreaterThan(0.2);
  expect(await shareOfMap(page, BASEMAP_THEMES.dark.land)).toBeLessThan(0.01);
});

test("the dark basemap keeps the neighbours' names and the places readable", async ({ page }) => {
  await page.goto(`/brief/${deck.id}/1?theme=dark`);
  await mapSettled(page);
  const labels = await basemapFile<Labels>(page, "labels");
  const places = await basemapFile<FeatureCollection<Point, { name: string }>>(page, "places");
  const neighbours = labels.features.filter((f) => f.properties.neighbour).map((f) => f.geometry.coordinates as [number, number]);
  expect(await writtenAround(page, neighbours, BASEMAP_THEMES.dark.label)).toBeGreaterThan(80);
  const placePoints = places.features.map((f) => f.geometry.coordinates as [number, number]);
  expect(await writtenAround(page, placePoints, BASEMAP_THEMES.dark.place, { width: 200, height: 60 }, 14)).toBeGreaterThan(80);
});

test("the basemap, its places included, comes from the app's own origin only", async ({ page, requests, baseURL }) => {
  await page.goto(`/brief/${deck.id}/1?theme=dark`);
  await mapSettled(page);
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin)).toEqual([]);
  expect(requests.map((u) => new URL(u, origin).pathname)).toEqual(
    expect.arrayContaining(["/basemap/places.json", "/basemap/labels.json", "/basemap/borders.json"]),
  );
});

test("the server-drawn maps of the handout name the neighbours and the places that fit, and draw the Ukraine border apart", async ({ page }) => {
  await page.goto(`/brief/${deck.id}/print`);
  const maps = page.getByRole("img", { name: /^Map of slide/ });
  await expect(maps.first()).toBeVisible();
  // Across the deck's maps: Belarus and its neighbours by name, capitals with their dots, the border in its colour.
  const countries = await page.locator("svg [data-country]").evaluateAll((els) => [...new Set(els.map((e) => e.textContent))]);
  expect(countries).toEqual(expect.arrayContaining(["BELARUS", "UKRAINE", "POLAND", "RUSSIA"]));
  const places = await page.locator("svg [data-place]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-place")))]);
  expect(places).toEqual(expect.arrayContaining(["Minsk", "Kyiv"]));
  await expect(page.locator('svg path[data-border="ukraine"]').first()).toHaveAttribute("stroke", BASEMAP_THEMES.light.ukraineBorder);
  // A name is never printed over a lit site's label: the first map's texts do not overlap.
  const boxes = await maps
    .first()
    .locator("text")
    .evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBBox()).map((b) => [b.x, b.y, b.x + b.width, b.y + b.height]));
  const overlapping = boxes.filter((a, i) => boxes.some((b, j) => j > i && a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!));
  expect(overlapping).toEqual([]);
});
