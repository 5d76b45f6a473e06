import { DashboardRoot } from "@/components/dashboard/dashboard-root";
import { getDataset, getDatasetVersion, homeMap } from "@/lib/server/data";

export default function HomePage() {
  return <DashboardRoot version={getDatasetVersion()} map={homeMap()} siteCount={getDataset().sites.length} />;
}
