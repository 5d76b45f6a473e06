import type { SiteKind } from "./schema";

/**
 * One symbol per site kind, told apart by shape first and colour second (Okabe–Ito colours, safe for the
 * common forms of colour blindness). Paths are in a 24×24 box; the legend draws them as SVG and the map
 * rasterises the same paths, so the two always agree.
 */
export interface SiteSymbol {
  label: string;
  path: string;
  colour: string;
}

const INDUSTRY = "#D55E00";
const AIR = "#0072B2";
const GROUND = "#009E73";
const SIGNALS = "#CC79A7";
const TRANSPORT = "#8C6D00";
const PLACE = "#3D4752";

export const SITE_SYMBOLS: Record<SiteKind, SiteSymbol> = {
  plant: { label: "Plant", colour: INDUSTRY, path: "M4 4h16v16H4z" },
  "repair-works": { label: "Repair works", colour: INDUSTRY, path: "M12 2l10 10-10 10L2 12z" },
  "design-bureau": { label: "Design bureau", colour: INDUSTRY, path: "M12 2l10 7.3-3.8 11.7H5.8L2 9.3z" },
  airfield: { label: "Airfield", colour: AIR, path: "M12 2l10 19H2z" },
  "training-ground": { label: "Training ground", colour: GROUND, path: "M7 3h10l5 9-5 9H7l-5-9z" },
  "military-object": { label: "Military object", colour: GROUND, path: "M12 2l2.9 6.6 7.1.7-5.4 4.8 1.6 7L12 17.4 5.8 21.1l1.6-7L2 9.3l7.1-.7z" },
  "radar-station": { label: "Radar station", colour: SIGNALS, path: "M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18zm0 5a4 4 0 1 0 0 8a4 4 0 1 0 0-8z" },
  "communications-station": { label: "Communications station", colour: SIGNALS, path: "M9 2h6v7h7v6h-7v7H9v-7H2V9h7z" },
  "rail-hub": { label: "Rail hub", colour: TRANSPORT, path: "M2 7h20v10H2z" },
  "border-crossing": { label: "Border crossing", colour: TRANSPORT, path: "M2 3h20L12 22z" },
  city: { label: "City", colour: PLACE, path: "M12 5a7 7 0 1 1 0 14a7 7 0 1 1 0-14z" },
};

/** The MapLibre image name for a kind's symbol. */
export const symbolImage = (kind: SiteKind): string => `site-${kind}`;
