import { Dashboard } from "@/components/dashboard/dashboard";
import { loadRawDataset } from "@/lib/load";

export default function HomePage() {
  return <Dashboard raw={loadRawDataset()} />;
}
