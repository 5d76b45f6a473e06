import type { RawDataset } from "@/lib/schema";
import type { StaticMap } from "@/lib/static-map";
import { OpenDataProvider } from "../open-data/open-data-provider";
import { DataProvider } from "../shared/data-provider";
import { StaticMapFigure } from "../shared/static-map-figure";
import { Dashboard } from "./dashboard";

/** The dashboard with its data and its no-WebGL map, as the home page and its embed both serve it. */
export function DashboardRoot({ raw, map, siteCount, embed = false }: { raw: RawDataset; map: StaticMap; siteCount: number; embed?: boolean }) {
  return (
    <DataProvider raw={raw}>
      <OpenDataProvider shipped={raw}>
        <Dashboard
          embed={embed}
          fallbackMap={<StaticMapFigure map={map} label={`Static map of the ${siteCount} sites`} className="static-map fallback-map" />}
        />
      </OpenDataProvider>
    </DataProvider>
  );
}
