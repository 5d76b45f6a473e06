import type { Metadata } from "next";
import { DashboardRoot } from "@/components/dashboard/dashboard-root";
import { href } from "@/lib/links";
import { pageMetadata } from "@/lib/metadata";
import { getDataset, getDatasetVersion, homeMap } from "@/lib/server/data";

// The embed shows the dashboard's content, so search engines are pointed at the dashboard itself.
export const metadata: Metadata = { ...pageMetadata({ title: "Dashboard (embed)", path: href.dashboard() }), robots: { index: false } };

export default function EmbedDashboard() {
  return <DashboardRoot version={getDatasetVersion()} map={homeMap()} siteCount={getDataset().sites.length} embed />;
}
