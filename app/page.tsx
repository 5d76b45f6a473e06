import { Dashboard } from "@/components/dashboard/dashboard";
import { StaticMapFigure } from "@/components/shared/static-map-figure";
import { loadRawDataset } from "@/lib/load";
import { readPublishedBasemap } from "@/lib/published-basemap";
import { renderStaticMap } from "@/lib/static-map";

/** The view the static fallback map frames: the same as the live map's first view. */
const HOME_CAMERA = { center: [28.0, 53.6] as [number, number], zoom: 5.4 };

export default function HomePage() {
  const raw = loadRawDataset();
  const { countries, borders } = readPublishedBasemap();
  const map = renderStaticMap(countries, borders, HOME_CAMERA, raw.sites, new Set(raw.sites.map((s) => s.id)), 900, 640);
  return <Dashboard raw={raw} fallbackMap={<StaticMapFigure map={map} label={`Static map of the ${raw.sites.length} sites`} className="static-map fallback-map" />} />;
}
