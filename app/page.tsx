import { DashboardRoot } from "@/components/dashboard/dashboard-root";
import { getDataset, getRawDataset, homeMap } from "@/lib/server/data";

export default function HomePage() {
  return <DashboardRoot raw={getRawDataset()} map={homeMap()} siteCount={getDataset().sites.length} />;
}
