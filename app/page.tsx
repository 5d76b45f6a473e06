import { Dashboard } from "@/components/dashboard/dashboard";
import { DataProvider } from "@/components/shared/data-provider";
import { StaticMapFigure } from "@/components/shared/static-map-figure";
import { HOME_CAMERA } from "@/lib/defaults";
import { getDataset, getRawDataset, staticMap } from "@/lib/server/data";

export default function HomePage() {
  const sites = getDataset().sites;
  const map = staticMap(HOME_CAMERA, sites.map((s) => s.id), 900, 640);
  return (
    <DataProvider raw={getRawDataset()}>
      <Dashboard fallbackMap={<StaticMapFigure map={map} label={`Static map of the ${sites.length} sites`} className="static-map fallback-map" />} />
    </DataProvider>
  );
}
