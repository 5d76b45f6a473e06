import { preload } from "react-dom";
import { href } from "@/lib/links";
import type { StaticMap } from "@/lib/static-map";
import { OpenDataProvider } from "../open-data/open-data-provider";
import { DataProvider } from "../shared/data-provider";
import { StaticMapFigure } from "../shared/static-map-figure";
import { Dashboard } from "./dashboard";
import { DashboardLoading } from "./dashboard-loading";

/**
 * The dashboard with its data and its no-WebGL map, as the home page and its embed both serve it. The data is
 * not in the HTML: it is the static file `href.datasetAsset(version)`, preloaded from the page's head so it
 * downloads beside the scripts.
 */
export function DashboardRoot({ version, map, siteCount, embed = false }: { version: string; map: StaticMap; siteCount: number; embed?: boolean }) {
  const src = href.datasetAsset(version);
  // The same mode as the provider's fetch() (CORS, same-origin credentials), so the browser reuses the download.
  preload(src, { as: "fetch", crossOrigin: "anonymous" });
  const figure = <StaticMapFigure map={map} label={`Static map of the ${siteCount} sites`} className="static-map fallback-map" />;
  return (
    <DataProvider src={src} loading={<DashboardLoading map={figure} embed={embed} />}>
      <OpenDataProvider shippedVersion={version}>
        <Dashboard embed={embed} fallbackMap={figure} />
      </OpenDataProvider>
    </DataProvider>
  );
}
