import { PNG } from "pngjs";
import { expect, type Page } from "@playwright/test";

/** The map view recorded in the URL hash, `#map=ZOOM/LAT/LON`. */
export async function mapView(page: Page): Promise<{ zoom: number; lat: number; lon: number }> {
  const hash = new URL(page.url()).hash;
  const match = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash);
  if (!match) throw new Error(`no #map= view in ${page.url()}`);
  return { zoom: Number(match[1]), lat: Number(match[2]), lon: Number(match[3]) };
}

/** Waits until the map has loaded and stopped moving. */
export async function mapSettled(page: Page): Promise<void> {
  const map = page.locator("[data-map-state]");
  await expect(map).toHaveAttribute("data-map-state", "ready", { timeout: 30_000 });
  await expect(map).toHaveAttribute("data-map-moving", "false", { timeout: 30_000 });
}

/**
 * Where a [lon, lat] point is drawn on the page, from the view in the URL and Web Mercator with 512-pixel
 * tiles (MapLibre's projection): the same arithmetic the map does, so the test needs no hook into it.
 */
export async function screenPosition(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const view = await mapView(page);
  const box = await page.locator("canvas.maplibregl-canvas").boundingBox();
  if (!box) throw new Error("map canvas not visible");
  const world = 512 * 2 ** view.zoom;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (p: number) => {
    const s = Math.sin((p * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  };
  return { x: box.x + box.width / 2 + mx(lon) - mx(view.lon), y: box.y + box.height / 2 + my(lat) - my(view.lat) };
}

/** A screenshot of the square of side `size` around a page position. */
export async function areaShot(page: Page, at: { x: number; y: number }, size = 60): Promise<Buffer> {
  return page.screenshot({ clip: { x: at.x - size / 2, y: at.y - size / 2, width: size, height: size } });
}

/** How many pixels differ noticeably between two screenshots of the same size. */
export function differingPixels(a: Buffer, b: Buffer): number {
  const pa = PNG.sync.read(a);
  const pb = PNG.sync.read(b);
  if (pa.width !== pb.width || pa.height !== pb.height) throw new Error("screenshots differ in size");
  let count = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const d = Math.abs(pa.data[i]! - pb.data[i]!) + Math.abs(pa.data[i + 1]! - pb.data[i + 1]!) + Math.abs(pa.data[i + 2]! - pb.data[i + 2]!);
    if (d > 60) count += 1;
  }
  return count;
}
