/** Site symbols rasterised for MapLibre, which draws images rather than SVG paths. Browser only (it uses a canvas). */
import type { Map as MapLibreMap } from "maplibre-gl";
import { SITE_KINDS } from "./vocabulary";
import { SITE_SYMBOLS, symbolImage } from "./site-symbols";

const SIZE = 24;
const RATIO = 2;

/** Rasterises each kind's symbol (the legend's SVG path) into the map's image set, with a white outline. */
export function addSiteImages(map: MapLibreMap): void {
  for (const kind of SITE_KINDS) {
    const name = symbolImage(kind);
    if (map.hasImage(name)) continue;
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = (SIZE + 4) * RATIO;
    const context = canvas.getContext("2d");
    if (!context) continue;
    context.scale(RATIO, RATIO);
    context.translate(2, 2);
    const path = new Path2D(SITE_SYMBOLS[kind].path);
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = "#ffffff";
    context.stroke(path);
    context.fillStyle = SITE_SYMBOLS[kind].colour;
    context.fill(path, "evenodd");
    map.addImage(name, context.getImageData(0, 0, canvas.width, canvas.height), { pixelRatio: RATIO });
  }
}
